// What most end-to-end files share: a fresh fake Globus Auth on
// loopback with one client of its own for every test.
import { afterEach, beforeEach } from 'vitest'
import { type RunningFake, startFakeGlobusAuth } from './fake-globus-auth/server.ts'
import type { FakeClient } from './fake-globus-auth/store.ts'

export { EXAMPLE_SCOPE_FILE } from './paths.ts'

/** Before each test: a new fake and client, handed to `use`; after it, the fake is closed. */
export function useLoopbackGlobus(use: (server: RunningFake, client: FakeClient) => void): void {
  let current: RunningFake | undefined
  beforeEach(async () => {
    current = await startFakeGlobusAuth()
    use(current, current.fake.addClient({}))
  })
  afterEach(() => current?.close())
}
