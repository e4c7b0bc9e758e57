// Plan mode on pull requests: one comment, updated in place, against a fake GitHub API.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { forgedCommands } from '../../test-support/boundary/checks.ts'
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

it('comments the plan once and updates that comment on later pushes', async () => {
  github.addComment(7, 'LGTM')
  const first = await plan(WRITE_TOKEN)
  expect(first.exitCode).toBe(0)
  expect(first.stdout).toContain('Commented the plan on the pull request.')
  expect(planComments()).toHaveLength(1)
  const comment = planComments()[0]!
  expect(comment.body).toContain('### Globus Auth scope plan: will be created')
  expect(comment.body).toContain('+   "urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"')

  const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
  const second = await plan(WRITE_TOKEN, renamed)
  expect(second.stdout).toContain('Updated the plan comment on the pull request.')
  expect(planComments()).toHaveLength(1)
  expect(planComments()[0]?.id).toBe(comment.id)
  expect(planComments()[0]?.body).toContain('+ name: "Renamed Action Provider"')

  const third = await plan(WRITE_TOKEN, renamed)
  expect(third.stdout).toContain('The plan comment on the pull request already shows this plan.')
  expect(github.requests.filter((r) => !r.startsWith('GET'))).toEqual([
    'POST /repos/octo/ap/issues/7/comments',
    'POST /graphql',
    `PATCH /repos/octo/ap/issues/comments/${comment.id}`,
    'POST /graphql',
  ])
  for (const run of [first, second, third]) expect(run.everything).not.toContain(WRITE_TOKEN)
})

it('names the push it shows: the pull request’s head commit and this run', async () => {
  const head = '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345'
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: { number: 7, head: { sha: head } },
      repository: { name: 'ap', owner: { login: 'octo' } },
    }),
  )
  const run = await plan(
    WRITE_TOKEN,
    example,
    'pull_request',
    {},
    {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '987654321',
      GITHUB_SHA: 'b'.repeat(40),
    },
  )
  expect(run.exitCode).toBe(0)
  expect(planComments()[0]?.body).toContain(
    'Planned at commit `3f9c2a1` by [this workflow run](https://github.com/octo/ap/actions/runs/987654321).',
  )
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

it('with an empty github_token (as e2e.yml gives its plan step) leaves GitHub alone: no request, no warning', async () => {
  const run = await plan('')
  expect(run.exitCode).toBe(0)
  expect(run.outputs.status).toBe('would-create')
  expect(github.requests).toEqual([])
  expect(run.commands.filter((c) => c.command === 'warning')).toEqual([])
})

it('gives up on a silent GitHub API within the time limit, with a warning', async () => {
  github.silent = true
  const run = await plan(WRITE_TOKEN, example, 'pull_request', { timeout_seconds: '2' })
  expect(run.exitCode).toBe(0)
  expect(run.durationMs).toBeLessThan(15_000) // a bound on hanging, not a speed claim
  expect(run.commands.find((c) => c.command === 'warning')?.message).toMatch(
    /Could not comment the plan on the pull request: .*(abort|timeout)/i,
  )
})

it('prints nothing of GitHub’s Deprecation, Sunset and Link headers, whatever they hold', async () => {
  const forged = ['##[error]Deploy gate bypassed', '##[add-mask]Globus', '::error::FORGED']
  github.headers = {
    deprecation: `true ${forged[0]}`,
    sunset: `Mon ${forged.join(' ')}`,
    link: `<https://example.org/${forged.join('/')}>; rel="deprecation"`,
  }
  const first = await plan(WRITE_TOKEN)
  const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
  const second = await plan(WRITE_TOKEN, renamed)
  expect(first.stdout).toContain('Commented the plan on the pull request.')
  expect(second.stdout).toContain('Updated the plan comment on the pull request.')
  for (const run of [first, second]) {
    for (const stream of [run.stdout, run.stderr]) {
      expect(forgedCommands(stream)).toEqual([])
      for (const text of ['Deploy gate bypassed', 'FORGED', 'is deprecated']) expect(stream).not.toContain(text)
    }
  }
})

it('warns that no comment was made when GitHub answers a redirect, and follows none', async () => {
  const elsewhere = new FakeGitHub()
  const collecting = await elsewhere.serve()
  try {
    github.redirect = { status: 302, to: `${collecting.url}/repos/octo/ap/issues/7/comments` }
    const run = await plan(WRITE_TOKEN)
    expect([run.exitCode, run.outputs.status]).toEqual([0, 'would-create'])
    expect(run.stdout).not.toContain('Commented the plan')
    expect(run.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Could not comment the plan on the pull request: GitHub answered 302, a redirect/),
    ])
    expect(github.requests).toEqual(['GET /repos/octo/ap/issues/7/comments?per_page=100&page=1'])
    expect(elsewhere.requests).toEqual([])
  } finally {
    await collecting.close()
  }
})

it('adds no comment when nothing changes and none was made before', async () => {
  await runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: globus.url },
    files: { 'globus-scope.json': example },
  })
  const run = await plan(WRITE_TOKEN)
  expect(run.outputs.status).toBe('unchanged')
  expect(run.stdout).toContain('Did not comment on the pull request: it changes nothing in the scope')
  expect(github.comments).toEqual([])
})

it('does not comment outside pull requests', async () => {
  const run = await plan(WRITE_TOKEN, example, 'push')
  expect(run.exitCode).toBe(0)
  expect(github.requests).toEqual([])
})

it('never edits a comment that somebody else wrote with the plan marker', async () => {
  const first = await plan(WRITE_TOKEN)
  expect(first.stdout).toContain('Commented the plan on the pull request.')
  const ours = planComments()[0]!
  // Someone copies our comment, marker and all, and posts it as their own.
  const copy = github.addComment(7, ours.body.replace('will be created', 'pwned'), 'mallory')
  const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
  const second = await plan(WRITE_TOKEN, renamed)
  expect(second.stdout).toContain('Updated the plan comment on the pull request.')
  expect(github.comments.find((c) => c.id === copy.id)?.body).toBe(copy.body)
  expect(github.comments.find((c) => c.id === ours.id)?.body).toContain('Renamed Action Provider')
})

it('finds its own comment when the token is a user’s, by the login GraphQL gives', async () => {
  github.logins.set(WRITE_TOKEN, 'release-bot-user')
  await plan(WRITE_TOKEN)
  expect(planComments().map((c) => c.user.login)).toEqual(['release-bot-user'])
  const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
  const second = await plan(WRITE_TOKEN, renamed)
  expect(second.stdout).toContain('Updated the plan comment on the pull request.')
  expect(planComments()).toHaveLength(1)
})

it('reads every page of comments without following a Link header to another host', async () => {
  const collector = new FakeGitHub()
  const collecting = await collector.serve()
  try {
    for (let i = 0; i < 150; i++) github.addComment(7, `comment ${i}`)
    github.nextPageOrigin = collecting.url
    const first = await plan(WRITE_TOKEN)
    expect(first.stdout).toContain('Commented the plan on the pull request.')
    const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
    const second = await plan(WRITE_TOKEN, renamed)
    // Our comment is on the second page: found there, and updated in place.
    expect(second.stdout).toContain('Updated the plan comment on the pull request.')
    expect(planComments()).toHaveLength(1)
    expect(collector.requests).toEqual([])
  } finally {
    await collecting.close()
  }
})

it('edits nothing, and says why, when GitHub will not say who the token is', async () => {
  await plan(WRITE_TOKEN)
  github.graphqlBroken = true
  const before = planComments()[0]?.body
  const renamed = example.replace('"Example Action Provider"', '"Renamed Action Provider"')
  const run = await plan(WRITE_TOKEN, renamed)
  expect(run.exitCode).toBe(0)
  expect(run.commands.find((c) => c.command === 'warning')?.message).toMatch(
    /^Did not comment the plan: GitHub would not say which identity the github_token is/,
  )
  expect(planComments().map((c) => c.body)).toEqual([before])
})

it('replaces an older plan even when the new one is too long for a comment', async () => {
  await plan(WRITE_TOKEN)
  // As long as a file may make it: invisible characters shown as escapes, six characters each.
  const long = example
    .replace('"Example Action Provider"', `"${'x'.repeat(1000)}"`)
    .replace(/"description": "[^"]*"/, `"description": "${'\\u200b'.repeat(10_000)}"`)
  const run = await plan(WRITE_TOKEN, long)
  expect(run.stdout).toContain('Updated the plan comment on the pull request.')
  const body = planComments()[0]?.body ?? ''
  expect(body.length).toBeLessThan(65_536)
  expect(body).toContain('The differences are too long for a comment')
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

it('keeps the comment within the run’s time limit: none is tried when Globus used it up', async () => {
  globus.fake.inject({ kind: 'delay', ms: 2500 }, { method: 'GET' })
  const run = await plan(WRITE_TOKEN, example, 'pull_request', { timeout_seconds: '3' })
  expect(run.exitCode).toBe(0)
  expect(run.commands.find((c) => c.command === 'warning')?.message).toMatch(
    /Could not comment the plan on the pull request: the time limit \(timeout_seconds\) ran out/,
  )
  expect(github.requests).toEqual([])
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
  [
    'GITHUB_API_URL not a URL',
    { GITHUB_API_URL: 'not a url' },
    /^Did not comment the plan: GITHUB_API_URL is not a URL/,
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

it('never sends the token over plain HTTP to a host that is not loopback, nor prints a password in the URL', async () => {
  for (const url of ['http://github-api.invalid:9', 'https://user:hunter2password@github-api.invalid/api/v3']) {
    const run = await plan(WRITE_TOKEN, example, 'pull_request', {}, { GITHUB_API_URL: url })
    expect(run.exitCode).toBe(0)
    const [warned] = run.commands.filter((c) => c.command === 'warning')
    expect(warned?.message).toMatch(/^Did not comment the plan: GITHUB_API_URL \(.*\) is refused: /)
    expect(run.everything).not.toContain('hunter2password')
    expect(run.everything).not.toContain('user:')
  }
})

it('comments nothing, at once and with a warning, when GITHUB_EVENT_PATH is a FIFO or holds a line break', async () => {
  const { execFileSync } = await import('node:child_process')
  const fifo = join(await mkdtemp(join(tmpdir(), 'event-fifo-')), 'event.json')
  execFileSync('mkfifo', [fifo])
  for (const [path, warning] of [
    [fifo, /^Did not comment the plan: GITHUB_EVENT_PATH is not a regular file/],
    [
      `${eventPath}\n::error title=forged::FORGED\n##[warning]FORGED`,
      /^Did not comment the plan: GITHUB_EVENT_PATH holds a control character/,
    ],
  ] as const) {
    const run = await plan(WRITE_TOKEN, example, 'pull_request', {}, { GITHUB_EVENT_PATH: path })
    expect([run.exitCode, run.outputs.status]).toEqual([0, 'would-create'])
    expect(run.durationMs).toBeLessThan(15_000) // a bound on hanging, not a speed claim
    expect(run.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(warning),
    ])
    expect(forgedCommands(run.stdout)).toEqual([])
    expect(run.stdout).not.toContain('FORGED')
  }
  expect(github.requests).toEqual([])
})
