// The fake Globus Auth on a loopback HTTP server, for the end-to-end tests and the demo.
import { type ServeOptions, serveOnLoopback } from '../loopback-server.ts'
import { globusAuthHandlers } from './handlers.ts'
import { FakeGlobusAuth } from './store.ts'

export interface RunningFake {
  fake: FakeGlobusAuth
  url: string
  close(): Promise<void>
}

export async function startFakeGlobusAuth(
  fake = new FakeGlobusAuth(),
  options: ServeOptions = {},
): Promise<RunningFake> {
  const server = await serveOnLoopback(globusAuthHandlers(fake), options)
  return { fake, ...server }
}
