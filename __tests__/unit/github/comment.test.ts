// The pull-request comment: its failures as advice, and commentPlan's own decisions, each a
// warning at worst (a missing permission or a broken setup is never a failed step). The real
// toolkit and octokit, in process, against the fake GitHub API (msw).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Outcome } from '../../../src/flow/outcome.ts'
import { commentFailureAdvice, commentPlan } from '../../../src/github/comment.ts'
import type { Settings } from '../../../src/settings/settings.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { FakeGitHub } from '../../../test-support/fake-github.ts'

describe('commentFailureAdvice', () => {
  it('names the permission to grant on 403', () => {
    expect(commentFailureAdvice(403, 'Resource not accessible by integration')).toContain(
      '`permissions: pull-requests: write`',
    )
  })
  it('says a redirect made no comment, and that it was not followed', () => {
    for (const status of [301, 302, 307, 308]) {
      const advice = commentFailureAdvice(status, 'GitHub answered a redirect')
      expect(advice).toMatch(
        new RegExp(`^Could not comment the plan on the pull request: GitHub answered ${status}, a redirect`),
      )
      expect(advice).toContain('Check GITHUB_API_URL')
    }
  })
  it('falls back to the summary for anything else', () => {
    expect(commentFailureAdvice(undefined, 'socket hang up')).toContain('The plan is in the job summary')
  })
})

// The toolkit reads the event and GITHUB_API_URL once, when it is first imported (by commentPlan);
// its own fetch (proxy-aware undici) goes to the fake GitHub API on loopback.
const github = new FakeGitHub()
const served = await github.serve()
const folder = mkdtempSync(join(tmpdir(), 'comment-'))
const eventPath = join(folder, 'event.json')
writeFileSync(
  eventPath,
  JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'ap', owner: { login: 'o' } } }),
)
Object.assign(process.env, {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: 'o/ap',
  GITHUB_API_URL: served.url,
})
const TOKEN = 'ghs_commentTokenForTheUnitTest0123456789'

describe('commentPlan', () => {
  afterAll(() => served.close())
  beforeEach(() => {
    github.tokens.set(TOKEN, 'write')
    github.comments.length = 0
    github.requests.length = 0
    github.graphqlBroken = false
    github.silent = false
  })
  afterEach(() => vi.unstubAllEnvs())

  const outcome = (): Outcome =>
    ({
      log: [],
      annotations: [],
      outputs: {},
      comment: undefined,
      summary: '',
      failure: undefined,
    }) as unknown as Outcome
  const request = (body = 'the plan') => ({
    scope: { authUrl: 'https://auth.globus.org', clientId: '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f', scopeSuffix: 'all' },
    body,
    hasChanges: true,
  })
  /** commentPlan as run() calls it; the warnings it leaves, and what it logged. */
  async function comment(token = TOKEN, deadline = Date.now() + 60_000, body?: string) {
    const o = outcome()
    await commentPlan(o, request(body), { githubToken: token } as Settings, new Redactor(), deadline)
    return { warnings: o.annotations.map((a) => `${a.level}: ${a.message}`), log: o.log }
  }

  it('comments once, and updates that comment', async () => {
    expect(await comment()).toEqual({ warnings: [], log: ['Commented the plan on the pull request.'] })
    expect(await comment(TOKEN, undefined, 'another plan')).toEqual({
      warnings: [],
      log: ['Updated the plan comment on the pull request.'],
    })
    expect(github.comments).toHaveLength(1)
  })

  it('with an empty github_token (as e2e.yml gives its plan step) leaves GitHub alone: no request, no warning', async () => {
    expect(await comment('')).toEqual({ warnings: [], log: [] })
    expect(github.requests).toEqual([])
  })

  it.each([
    ['not a URL', 'not a url', 'GITHUB_API_URL is not a URL'],
    [
      'plain HTTP to a host that is not loopback',
      'http://github-api.invalid:9',
      /^GITHUB_API_URL \(http:\/\/github-api\.invalid:9\) is refused: /,
    ],
    [
      'a password in the URL',
      'https://user:hunter2password@github-api.invalid/api/v3',
      /^GITHUB_API_URL \(https:\/\/github-api\.invalid\) is refused: /,
    ],
  ])('sends the token nowhere when GITHUB_API_URL is %s, saying so', async (_, url, why) => {
    vi.stubEnv('GITHUB_API_URL', url)
    const { warnings } = await comment()
    expect(warnings).toEqual([
      expect.stringMatching(
        /^warning: Did not comment the plan: GITHUB_API_URL .*, so the github_token is not sent\. The plan is in the job summary\.$/,
      ),
    ])
    expect(warnings[0]?.slice('warning: Did not comment the plan: '.length)).toMatch(why)
    expect(warnings.join()).not.toMatch(/hunter2password|user:/)
    expect(github.requests).toEqual([])
  })

  it('comments nothing, at once, when GITHUB_EVENT_PATH is a FIFO (the toolkit would block reading it)', async () => {
    const fifo = join(folder, 'fifo.json')
    execFileSync('mkfifo', [fifo])
    vi.stubEnv('GITHUB_EVENT_PATH', fifo)
    expect((await comment()).warnings).toEqual([
      'warning: Did not comment the plan: GITHUB_EVENT_PATH is not a regular file. The plan is in the job summary.',
    ])
    expect(github.requests).toEqual([])
  })

  it('tries no comment when the run’s time limit is all but spent', async () => {
    expect((await comment(TOKEN, Date.now() + 500)).warnings).toEqual([
      expect.stringMatching(
        /^warning: Could not comment the plan on the pull request: the time limit \(timeout_seconds\) ran out/,
      ),
    ])
    expect(github.requests).toEqual([])
  })

  it('gives up on a silent GitHub API at the run’s time limit, with a warning', async () => {
    github.silent = true
    // 1.5 s left: enough to try (a second at least), and the toolkit's fetch is cut then.
    const { warnings } = await comment(TOKEN, Date.now() + 1500)
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: Could not comment the plan on the pull request: .*(abort|timeout)/i),
    ])
    expect(warnings[0]).not.toContain('timeout_seconds) ran out')
    expect(github.requests).not.toEqual([])
  })

  it('edits nothing, and says why, when GitHub will not say who the token is', async () => {
    await comment()
    const before = github.comments.map((c) => c.body)
    github.graphqlBroken = true
    expect((await comment(TOKEN, undefined, 'another plan')).warnings).toEqual([
      expect.stringMatching(
        /^warning: Did not comment the plan: GitHub would not say which identity the github_token is/,
      ),
    ])
    expect(github.comments.map((c) => c.body)).toEqual(before)
  })
})
