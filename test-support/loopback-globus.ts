// What most end-to-end files share: a fake Globus Auth on loopback with one client of its own,
// fresh for every test, or (`per: 'file'`) one for the whole file when its tests only read it.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { type RunningFake, startFakeGlobusAuth } from './fake-globus-auth/server.ts'
import type { FakeClient } from './fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE } from './paths.ts'
import { type ActionRun, type RunOptions, runAction } from './run-action.ts'

export { EXAMPLE_SCOPE_FILE }

/** A new fake and client before each test (or once, before the file's first), handed to `use`; closed after. */
export function useLoopbackGlobus(
  use: (server: RunningFake, client: FakeClient) => void | Promise<void>,
  { per = 'test' }: { per?: 'test' | 'file' } = {},
): void {
  let current: RunningFake | undefined
  const [before, after] = per === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach]
  before(async () => {
    current = await startFakeGlobusAuth()
    await use(current, current.fake.addClient({}))
  })
  after(() => current?.close())
}

/** The bundled action against the loopback fake, as most end-to-end files run it. */
export interface BundledAction {
  /** The fake of the current test (or file). */
  readonly server: RunningFake
  /** Its client, whose id, secret and the fake's URL every run is given. */
  readonly client: FakeClient
  /** A run with the client's credentials and the fake's URL, and the example scope file unless `files` says otherwise. */
  run(inputs?: Record<string, string>, options?: Omit<RunOptions, 'inputs'>): Promise<ActionRun>
}

export function useBundledAction(options: { per?: 'test' | 'file' } = {}): BundledAction {
  let server: RunningFake | undefined
  let client: FakeClient | undefined
  useLoopbackGlobus((fake, own) => {
    server = fake
    client = own
  }, options)
  const bundle: BundledAction = {
    get server() {
      if (!server) throw new Error('useBundledAction: no fake before the first test')
      return server
    },
    get client() {
      if (!client) throw new Error('useBundledAction: no client before the first test')
      return client
    },
    run: (inputs = {}, more = {}) =>
      runAction({
        files: { 'globus-scope.json': EXAMPLE_SCOPE_FILE },
        ...more,
        inputs: {
          client_id: bundle.client.id,
          client_secret: bundle.client.secret,
          auth_url: bundle.server.url,
          ...inputs,
        },
      }),
  }
  return bundle
}
