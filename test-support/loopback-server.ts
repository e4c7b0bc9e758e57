// msw handlers served on a real loopback HTTP server (getResponse behind node:http), so code
// under test goes over its real network path: undici, proxies, timeouts, dropped connections.
import { createServer, type IncomingMessage, type RequestListener } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { getResponse, type RequestHandler } from 'msw'

export interface LoopbackServer {
  url: string
  close(): Promise<void>
}

export interface ServeOptions {
  port?: number
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string }
}

export async function serveOnLoopback(handlers: RequestHandler[], options: ServeOptions = {}): Promise<LoopbackServer> {
  const listener: RequestListener = async (req, res) => {
    try {
      const response = await getResponse(handlers, await toFetchRequest(req))
      // No handler, or HttpResponse.error(): drop the connection, as a network fault would.
      if (!response || response.type === 'error') {
        req.socket.destroy()
        return
      }
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch {
      req.socket.destroy()
    }
  }
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener)
  // A port in use (EADDRINUSE) or refused (EACCES) rejects here rather than crashing the process.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  })
}
