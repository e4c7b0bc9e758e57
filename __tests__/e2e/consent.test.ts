// The bundle says, in the log, the job summary and the pull-request comment, when a change is not
// covered by existing consents: users and flows must consent again.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { FakeGitHub } from '../../test-support/fake-github.ts'
import { type RunningFake, startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import { type FakeClient, TRANSFER_SCOPE_STRING } from '../../test-support/fake-globus-auth/store.ts'
import type { LoopbackServer } from '../../test-support/loopback-server.ts'
import { EXAMPLE_SCOPE_FILE } from '../../test-support/paths.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'

const example = EXAMPLE_SCOPE_FILE
const TOKEN = 'ghs_writeTokenForPullRequests0123456789'
const NOTICE =
  'consents do not cover `urn:globus:auth:scope:transfer.api.globus.org:all` (added): users and flows must ' +
  'consent again (Globus Flows runs that use this Action Provider wait until they do).'

let globus: RunningFake
let client: FakeClient
let github: FakeGitHub
let githubServer: LoopbackServer

beforeEach(async () => {
  globus = await startFakeGlobusAuth()
  client = globus.fake.addClient({})
  // The scope as it was before Transfer was added to the file.
  globus.fake.addScope(client.id, {
    scope_suffix: 'action_all',
    name: 'Example Action Provider',
    description: "Run and monitor the Example Action Provider's actions on your behalf.",
    dependent_scopes: [{ scope: globus.fake.groupsScopeId, optional: false, requires_refresh_token: false }],
  })
  github = new FakeGitHub()
  github.tokens.set(TOKEN, 'write')
  githubServer = await github.serve()
})
afterEach(async () => {
  await globus.close()
  await githubServer.close()
})

async function run(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: globus.url, ...inputs },
    files: { 'globus-scope.json': example },
    env,
  })
}

async function pullRequestEvent(): Promise<Record<string, string>> {
  const eventPath = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
  const event = { pull_request: { number: 7 }, repository: { name: 'ap', owner: { login: 'octo' } } }
  await writeFile(eventPath, JSON.stringify(event))
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/ap',
    GITHUB_API_URL: githubServer.url,
  }
}

it('warns in the plan comment that a new dependent scope needs consent again', async () => {
  const r = await run({ mode: 'plan', github_token: TOKEN }, await pullRequestEvent())
  expect([r.exitCode, r.outputs.status]).toEqual([0, 'would-update'])
  expect(github.comments).toHaveLength(1)
  expect(github.comments[0]?.body).toContain(`> [!IMPORTANT]\n> Once this is applied, existing ${NOTICE}`)
  expect(r.summary).toContain(`> [!IMPORTANT]\n> Once this is applied, existing ${NOTICE}`)
})

it('says so in the log and the summary when it adds the scope, and no more once done', async () => {
  const r = await run()
  expect([r.exitCode, r.outputs.status]).toEqual([0, 'updated'])
  expect(r.stdout).toContain(
    `Existing consents do not cover ${TRANSFER_SCOPE_STRING} (added): users and flows must consent again`,
  )
  expect(r.summary).toContain(`> [!IMPORTANT]\n> Existing ${NOTICE}`)
  const before = globus.fake.requests.length
  const steady = await run()
  expect(steady.outputs.status).toBe('unchanged')
  expect(globus.fake.requests.length - before).toBe(1)
  expect(steady.stdout).not.toContain('consent again')
  expect(steady.summary).not.toContain('[!IMPORTANT]')
})
