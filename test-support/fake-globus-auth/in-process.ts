// The fake Globus Auth inside the test process (msw), plus an AuthClient wired to it with
// a recorded, instant sleep: retries and backoff are tested without waiting.
import type { RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { AuthClient, type AuthClientOptions } from '../../src/globus/client.ts'
import { globusAuthHandlers } from './handlers.ts'
import { type FakeClient, FakeGlobusAuth, type FakeGlobusAuthOptions } from './store.ts'

export const AUTH_URL = 'https://auth.globus.org'

export interface InProcessFake {
  fake: FakeGlobusAuth
  client: FakeClient
  /** Waits the client asked for, in ms. */
  sleeps: number[]
  /** Log lines the client wrote. */
  logs: string[]
  auth(overrides?: Partial<AuthClientOptions>): AuthClient
  /** More handlers (another host, a rewritten answer) before the fake's, for the current test. */
  use(...handlers: RequestHandler[]): void
}

export function useFakeGlobusAuth(options: FakeGlobusAuthOptions = {}): InProcessFake {
  const state = { fake: new FakeGlobusAuth(options) }
  const server = setupServer()
  const context: InProcessFake = {
    get fake() {
      return state.fake
    },
    client: undefined as unknown as FakeClient,
    sleeps: [],
    logs: [],
    auth(overrides = {}) {
      return new AuthClient({
        baseUrl: AUTH_URL,
        clientId: context.client.id,
        clientSecret: context.client.secret,
        sleep: async (ms) => {
          context.sleeps.push(ms)
        },
        random: () => 0.5,
        log: { debug: (m) => context.logs.push(m), info: (m) => context.logs.push(m) },
        ...overrides,
      })
    },
    use(...handlers) {
      server.use(...handlers)
    },
  }
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  beforeEach(() => {
    state.fake = new FakeGlobusAuth(options)
    context.client = state.fake.addClient({})
    context.sleeps.length = 0
    context.logs.length = 0
    server.resetHandlers(...globusAuthHandlers(state.fake))
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return context
}
