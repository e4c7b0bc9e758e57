// The fake Globus Auth on a real loopback HTTP server: the msw handlers answer through
// getResponse behind node:http, so the action's real network path (undici, proxies,
// timeouts, resets) is exercised end to end.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import { globusAuthHandlers } from './handlers.ts'
import { FakeGlobusAuth } from './store.ts'

export interface RunningFake {
  fake: FakeGlobusAuth
  url: string
  close(): Promise<void>
}

export async function startFakeGlobusAuth(fake = new FakeGlobusAuth(), port = 0): Promise<RunningFake> {
  const handlers = globusAuthHandlers(fake)
  const server: Server = createServer(async (req, res) => {
    try {
      const request = await toFetchRequest(req)
      const response = await getResponse(handlers, request)
      if (!response || response.type === 'error') {
        req.socket.destroy()
        return
      }
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch {
      req.socket.destroy()
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.address() as AddressInfo
  return {
    fake,
    url: `http://127.0.0.1:${bound}`,
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
