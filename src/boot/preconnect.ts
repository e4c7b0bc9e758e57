// The first moment of a run: as soon as the inputs say where Globus Auth is, open the connection
// the first lookup will go over, so that connecting and the TLS handshake happen while the rest
// of the action loads. It holds no credentials and writes nothing: check-and-send.ts decides,
// with every input and the scope file checked, whether a request goes over it. Small on purpose
// (no zod, no toolkit): all it imports loads in a few milliseconds.
import { isIP, connect as netConnect, type Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import { mayUseProxy } from '../globus/proxy.ts'
import { isUuid } from '../globus/scope-string.ts'
import { authUrlFrom } from '../settings/auth-url.ts'
import { DEFAULT_AUTH_METHOD, DEFAULT_MODE } from '../settings/defaults.ts'
import { inputsFrom } from '../settings/input.ts'

/** A connection to Globus Auth that nothing has been written to yet. */
export interface Preconnection {
  /** Where it goes, e.g. `https://auth.globus.org`. */
  origin: string
  socket: Socket
  /** Settles once connected, with the TLS client hello written (or once the connection failed). */
  connected: Promise<void>
  /** Why the connection failed, if it did before a request was made on it (an untrusted certificate, say). */
  readonly failure: Error | undefined
}

export function preconnect(env: NodeJS.ProcessEnv): Preconnection | undefined {
  try {
    const input = inputsFrom(env)
    // Only where the first request is the lookup by scope string with Basic credentials: a token
    // (auth_method: token) comes first from another endpoint, and export asks other things.
    if (!['ensure', 'verify', 'plan'].includes(input('mode') || DEFAULT_MODE)) return undefined
    if (!['auto', 'basic'].includes(input('auth_method') || DEFAULT_AUTH_METHOD)) return undefined
    if (!isUuid(input('client_id')) || !input('client_secret')) return undefined
    const url = new URL(authUrlFrom(input, env).authUrl)
    // Through a proxy, the runner's own requests connect (undici); the boot stays out.
    if (url.protocol === 'https:' && mayUseProxy(env)) return undefined
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
    const socket =
      url.protocol === 'https:'
        ? // The certificate is checked as any HTTPS request checks it (NODE_EXTRA_CA_CERTS included).
          tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }) })
        : netConnect({ host, port })
    // Kept for the request made on it; until then a failure must not end the process.
    let failure: Error | undefined
    socket.on('error', (error) => {
      failure ??= error
    })
    const connected = new Promise<void>((resolve) => {
      // One more turn after the TCP connection, for the TLS client hello to be written.
      const settle = () => setImmediate(resolve)
      socket.once('connect', settle)
      socket.once('error', settle)
    })
    return {
      origin: url.origin,
      socket,
      connected,
      get failure() {
        return failure
      },
    }
  } catch {
    return undefined
  }
}
