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
  const read = (name: string) => (env[name] || env[name.toUpperCase()] || '').trim()
  return {
    httpsProxy: proxyUrl(read('https_proxy'), 'HTTPS_PROXY'),
    httpProxy: proxyUrl(read('http_proxy'), 'HTTP_PROXY'),
    noProxy: read('no_proxy'),
  }
}

/**
 * A proxy as a URL: `proxy.corp:3128` means http://proxy.corp:3128, as the toolkit reads it. The
 * value is not repeated in the error: it may hold a user name and password.
 */
function proxyUrl(value: string, name: string): string {
  if (!value) return ''
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`
  if (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)) return url
  throw new Error(`${name} (or its lower-case twin) is not a proxy URL; give one like http://proxy.example.org:3128`)
}

/** Whether an HTTPS request may go through a proxy at all (NO_PROXY aside: the boot stays out then). */
export function mayUseProxy(env: NodeJS.ProcessEnv): boolean {
  const { httpsProxy, httpProxy } = proxySettings(env)
  return Boolean(httpsProxy || httpProxy)
}
