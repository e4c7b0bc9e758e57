// On a Node.js older than the action's, the bundle says so in one sentence and stops before
// anything else of it has run: no other chunk loaded, no connection, nothing on stdout.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { RunningFake } from '../../test-support/fake-globus-auth/server.ts'
import type { FakeClient } from '../../test-support/fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import { CHUNK_TRACKER, OLD_NODE } from '../../test-support/paths.ts'
import { runAction } from '../../test-support/run-action.ts'

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})

// A version that is no number (a runtime that fakes one) is no Node.js 24 either.
it.each(['20.20.2', '22.12.0', 'unknown'])(
  'stops on Node.js %s with one sentence that says Node.js 24 is needed',
  async (version) => {
    const log = join(await mkdtemp(join(tmpdir(), 'old-node-')), 'loaded.txt')
    await writeFile(log, '')
    const r = await runAction({
      inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url },
      files: { 'globus-scope.json': EXAMPLE_SCOPE_FILE },
      env: {
        NODE_OPTIONS: `--import=${OLD_NODE} --import=${CHUNK_TRACKER}`,
        OLD_NODE_VERSION: version,
        CHUNK_LOG: log,
      },
    })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toBe(
      `ensure-globus-scope needs Node.js 24 and this is Node.js ${version}: on GitHub Actions it runs on node24 ` +
        '(Actions runner 2.327.1 or newer); for a local run, install Node.js 24 or start the command with ' +
        'bash scripts/with-node24.sh (in a clone of the action).\n',
    )
    expect(r.stdout).toBe('')
    expect(server.fake.requests).toEqual([])
    const loaded = (await readFile(log, 'utf8')).split('\n').filter(Boolean)
    expect(loaded.map((url) => url.split('/').at(-1))).toEqual(['index.js'])
  },
)
