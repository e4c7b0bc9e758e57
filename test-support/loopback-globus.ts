// What most end-to-end files share: a fake Globus Auth on loopback with one client of its own,
// fresh for every test, or (`per: 'file'`) one for the whole file when its tests only read it.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { type RunningFake, startFakeGlobusAuth } from './fake-globus-auth/server.ts'
import type { FakeClient } from './fake-globus-auth/store.ts'

export { EXAMPLE_SCOPE_FILE } from './paths.ts'

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
