// A TCP relay on loopback that holds every chunk for half a round trip in each direction, so a
// connection, a TLS handshake and a request cost round trips as between a runner and Globus Auth.

import type { AddressInfo } from 'node:net'
import { connect, createServer, type Server, type Socket } from 'node:net'

export interface Relay {
  port: number
  close(): Promise<void>
}

/** Forwards to 127.0.0.1:`target`, delaying each chunk by `rttMs / 2`, order kept. */
export async function startRelay(target: number, rttMs: number): Promise<Relay> {
  const oneWay = rttMs / 2
  const sockets = new Set<Socket>()
  const later = (fn: () => void) => (oneWay > 0 ? setTimeout(fn, oneWay) : setImmediate(fn))
  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => later(() => to.destroyed || to.write(chunk)))
    from.on('end', () => later(() => to.end()))
    from.on('error', () => to.destroy())
    from.on('close', () => later(() => to.destroy()))
  }
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    for (const socket of [client, upstream]) sockets.add(socket)
    forward(client, upstream)
    forward(upstream, client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
