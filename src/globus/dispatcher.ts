// The undici dispatcher for requests to Globus Auth. Every request carries the client's
// credentials, so where it may go depends on the protocol:
// - https: through the proxy the runner's variables name (proxy.ts), unless NO_PROXY says
//   otherwise, as self-hosted runners need. The proxy only sees a CONNECT; TLS runs end to end.
// - http (loopback only: tests and the demo): never through a proxy. An HTTP proxy is handed
//   the whole request in clear, Authorization header included, and would forward it off the machine.
import { Agent, type Dispatcher, EnvHttpProxyAgent } from 'undici'
import { unsafeBaseUrlReason } from './environments.ts'
import { proxySettings } from './proxy.ts'

/**
 * `connectTimeoutMs`: how long a connection (TCP and TLS) may take to open. A request given up on
 * does not end a connection still opening, and the process would wait for it: the caller passes
 * what is left of its time limit.
 */
export function dispatcherFor(
  authUrl: URL | string,
  connectTimeoutMs?: number,
  env: NodeJS.ProcessEnv = process.env,
): Dispatcher {
  const url = new URL(authUrl)
  const unsafe = unsafeBaseUrlReason(url)
  if (unsafe) throw new Error(`No dispatcher for the Globus Auth URL ${url.origin}: ${unsafe}`)
  const connect = connectTimeoutMs === undefined ? {} : { connect: { timeout: Math.max(1, connectTimeoutMs) } }
  return url.protocol === 'https:' ? new EnvHttpProxyAgent({ ...proxySettings(env), ...connect }) : new Agent(connect)
}
