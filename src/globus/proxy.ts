// The runner's proxy variables, read once for every request to Globus Auth: lower case before
// upper case, and an empty value counts as unset, as the GitHub toolkit reads them for its own
// requests (`https_proxy=""` beside `HTTPS_PROXY=…` must not switch the proxy off). Zod-free: the
// boot asks it whether a proxy applies before anything else has loaded.

export interface ProxySettings {
  /** Empty when unset: undici reads `undefined` as "look at the variables yourself". */
  httpsProxy: string
  httpProxy: string
  noProxy: string
}

export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings {
  const read = (name: string) => env[name] || env[name.toUpperCase()] || ''
  return { httpsProxy: read('https_proxy'), httpProxy: read('http_proxy'), noProxy: read('no_proxy') }
}

/** Whether an HTTPS request may go through a proxy at all (NO_PROXY aside: the boot stays out then). */
export function mayUseProxy(env: NodeJS.ProcessEnv): boolean {
  const { httpsProxy, httpProxy } = proxySettings(env)
  return Boolean(httpsProxy || httpProxy)
}
