// Plan mode on pull requests through the bundle: one comment, updated in place, against a fake
// GitHub API on loopback; octokit's loading, the toolkit's context, proxy and time limit. What the
// comment decides is proved in unit/github/ (comment, plan-comment, push, event-file) and unit/report/.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { FakeGitHub } from '../../test-support/fake-github.ts'
import { type RunningFake, startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import type { FakeClient } from '../../test-support/fake-globus-auth/store.ts'
import { startForwardProxy } from '../../test-support/forward-proxy.ts'
import type { LoopbackServer } from '../../test-support/loopback-server.ts'
import { EXAMPLE_SCOPE_FILE } from '../../test-support/paths.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'

const example = EXAMPLE_SCOPE_FILE
const WRITE_TOKEN = 'ghs_writeTokenForPullRequests0123456789'
const READ_TOKEN = 'ghs_readOnlyTokenOfAFork0123456789abcd'

let globus: RunningFake
let client: FakeClient
let github: FakeGitHub
let githubServer: LoopbackServer
let eventPath: string

beforeEach(async () => {
  globus = await startFakeGlobusAuth()
  client = globus.fake.addClient({})
  github = new FakeGitHub()
  github.tokens.set(WRITE_TOKEN, 'write')
  github.tokens.set(READ_TOKEN, 'read')
  githubServer = await github.serve()
  eventPath = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
  await writeFile(
    eventPath,
    JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'ap', owner: { login: 'octo' } } }),
  )
})
afterEach(async () => {
  await globus.close()
  await githubServer.close()
})

function plan(
  token: string,
  file = example,
  eventName = 'pull_request',
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    inputs: {
      client_id: client.id,
      client_secret: client.secret,
      auth_url: globus.url,
      mode: 'plan',
      github_token: token,
      ...extra,
    },
    files: { 'globus-scope.json': file },
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo/ap',
      GITHUB_API_URL: githubServer.url,
      ...env,
    },
  })
}

const planComments = () =>
  github.comments.filter((c) => /^<!-- ensure-globus-scope plan [0-9a-f]{16} -->\n/.test(c.body))

it('comments the plan once, naming the push, and updates that comment on later pushes', async () => {
  github.addComment(7, 'LGTM')
  const head = '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345'
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: { number: 7, head: { sha: head } },
      repository: { name: 'ap', owner: { login: 'octo' } },
    }),
  )
  // The push it shows: the pull request's head commit (not the merge commit) and this run.
  const push = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '987654321', GITHUB_SHA: 'b'.repeat(40) }
  const first = await plan(WRITE_TOKEN, example, 'pull_request', {}, push)
  expect(first.exitCode).toBe(0)
  expect(first.stdout).toContain('Commented the plan on the pull request.')
  expect(planComments()).toHaveLength(1)
  const comment = planComments()[0]!
  expect(comment.body).toContain('### Globus Auth scope plan: will be created')
  expect(comment.body).toContain('+   "urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"')
  expect(comment.body).toContain(
    'Planned at commit `3f9c2a1` by [this workflow run](https://github.com/octo/ap/actions/runs/987654321).',
  )

  const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
  const second = await plan(WRITE_TOKEN, renamed, 'pull_request', {}, push)
  expect(second.stdout).toContain('Updated the plan comment on the pull request.')
  expect(planComments()).toHaveLength(1)
  expect(planComments()[0]?.id).toBe(comment.id)
  expect(planComments()[0]?.body).toContain('+ name: "Renamed Action Provider"')

  const third = await plan(WRITE_TOKEN, renamed, 'pull_request', {}, push)
  expect(third.stdout).toContain('The plan comment on the pull request already shows this plan.')
  expect(github.requests.filter((r) => !r.startsWith('GET'))).toEqual([
    'POST /repos/octo/ap/issues/7/comments',
    'POST /graphql',
    `PATCH /repos/octo/ap/issues/comments/${comment.id}`,
    'POST /graphql',
  ])
  for (const run of [first, second, third]) expect(run.everything).not.toContain(WRITE_TOKEN)
})

it('warns, without failing, when the token may not comment (a fork’s read-only token)', async () => {
  const run = await plan(READ_TOKEN)
  expect(run.exitCode).toBe(0)
  expect(run.outputs.status).toBe('would-create')
  const warning = run.commands.find((c) => c.command === 'warning')
  expect(warning?.message).toMatch(
    /Could not comment the plan on the pull request \(403: Resource not accessible by integration.*\)\. Give the job `permissions: pull-requests: write`/,
  )
  expect(github.comments).toEqual([])
  expect(run.everything).not.toContain(READ_TOKEN)
})

it('does not comment outside pull requests', async () => {
  const run = await plan(WRITE_TOKEN, example, 'push')
  expect(run.exitCode).toBe(0)
  expect(github.requests).toEqual([])
})

it('sends the GitHub API calls through the runner’s proxy, as the toolkit sets it up', async () => {
  const proxy = await startForwardProxy()
  const tls = await selfSignedCertificate()
  const secure = await github.serve({ tls })
  try {
    // HTTPS (the token goes nowhere else but loopback) to a loopback address the toolkit does not
    // bypass, so the proxy must see the calls: CONNECT tunnels, TLS end to end.
    const api = secure.url.replace('127.0.0.1', '[::ffff:7f00:1]')
    const env = { HTTPS_PROXY: proxy.url, NO_PROXY: '', GITHUB_API_URL: api, NODE_EXTRA_CA_CERTS: tls.certPath }
    const run = await plan(WRITE_TOKEN, example, 'pull_request', {}, env)
    expect(run.stdout).toContain('Commented the plan on the pull request.')
    expect(proxy.seen.some((line) => line.startsWith('CONNECT [::ffff:7f00:1]:'))).toBe(true)
    expect(github.requests.some((line) => line.includes('/repos/octo/ap/issues/7/comments'))).toBe(true)
  } finally {
    await secure.close()
    await proxy.close()
  }
})

it.each([
  [
    'GITHUB_REPOSITORY unset',
    { GITHUB_REPOSITORY: '' },
    /Could not comment the plan on the pull request: .*GITHUB_REPOSITORY/,
  ],
  [
    'an event file that is not JSON',
    { GITHUB_EVENT_PATH: 'NOT_JSON' },
    /Could not comment the plan on the pull request: /,
  ],
] as [string, Record<string, string>, RegExp][])(
  'keeps a good plan and its status when the comment cannot be set up: %s',
  async (_, env, warning) => {
    if (env.GITHUB_EVENT_PATH) {
      env.GITHUB_EVENT_PATH = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
      await writeFile(env.GITHUB_EVENT_PATH, '{"pull_request": {"number": 7}')
    }
    // Without GITHUB_REPOSITORY the toolkit reads the repository from the event: give it none there either.
    if (env.GITHUB_REPOSITORY === '') await writeFile(eventPath, JSON.stringify({ pull_request: { number: 7 } }))
    const run = await plan(WRITE_TOKEN, example, 'pull_request', {}, env)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('would-create')
    expect(run.summary).toContain('Globus Auth scope')
    expect(run.summary).not.toContain('failed')
    expect(run.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(warning),
    ])
    expect(github.comments).toEqual([])
  },
)
