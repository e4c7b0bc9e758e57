// Globus environment name -> Auth base URL, as both Globus SDKs map them.
// An unknown name is an error, never a silent fallback to production.

export const ENVIRONMENTS = ['production', 'preview', 'sandbox', 'integration', 'test', 'staging'] as const

export type EnvironmentName = (typeof ENVIRONMENTS)[number]

export function isEnvironmentName(name: string): name is EnvironmentName {
  return (ENVIRONMENTS as readonly string[]).includes(name)
}

export function authBaseUrl(environment: EnvironmentName): string {
  switch (environment) {
    case 'production':
      return 'https://auth.globus.org'
    case 'preview':
      return 'https://auth.preview.globus.org'
    default:
      return `https://auth.${environment}.globuscs.info`
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname)
}

/** Why a URL with a user name or password (or an `@` that may end one) is refused. */
export const CARRIES_USERINFO = 'it must not carry a user name or password'

/**
 * Why a base URL must not receive the credentials, or undefined when it may:
 * HTTPS anywhere, plain HTTP only on loopback (tests and the demo).
 */
export function unsafeBaseUrlReason(url: URL): string | undefined {
  if (url.username || url.password) return CARRIES_USERINFO
  if (url.search || url.hash) return 'it must not have a query or fragment'
  // Port 0 connects to the default port instead: the URL would not say where the credentials go.
  if (url.port === '0') return 'port 0 is not a port to connect to'
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:' && isLoopback(url)) return undefined
  if (url.protocol === 'http:') {
    return 'plain http is only allowed for loopback hosts (127.0.0.1, localhost, [::1]); use https'
  }
  return `the protocol ${url.protocol} is not supported; use https`
}
