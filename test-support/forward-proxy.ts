// A real forwarding HTTP proxy on loopback, as self-hosted runners put in front of the
// network: CONNECT tunnels and absolute-form requests, each one counted.
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'

export interface RunningProxy {
  url: string
  /** "CONNECT host:port" or "GET http://..." lines, in arrival order. */
  seen: string[]
  close(): Promise<void>
}

export async function startForwardProxy(): Promise<RunningProxy> {
  const seen: string[] = []
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    const target = new URL(req.url ?? '')
    const upstream = httpRequest(
      {
        // An IPv6 literal comes in brackets in a URL, without them in a socket address.
        host: target.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`)
    const target = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(req.url ?? '')
    const host = target?.[1] ?? target?.[2] ?? ''
    const port = target?.[3]
    // Loopback only: this proxy exists for tests.
    if (!['127.0.0.1', 'localhost', '::ffff:7f00:1'].includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
