// For any string Globus Auth returns in any field, and any secret: (a) no stdout line begins a
// workflow command the action did not mean, (b) every output is one line, (c) the summary and
// the comment hold no live Markdown or HTML from it, (d) nothing holds a piece of a credential.
// The real run() and @actions/core, in process, against the fakes of Globus Auth and GitHub.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import type { Fetch } from '../../../src/globus/client.ts'
import { forgedCommands, leaks, liveMarkdown, parseOutputFile, windows } from '../../../test-support/boundary/checks.ts'
import { anySecret, hostileText } from '../../../test-support/boundary/hostile.ts'
import { leaves, type Rewrite, setAt, tamperingHandlers } from '../../../test-support/boundary/tampering.ts'
import { FakeGitHub } from '../../../test-support/fake-github.ts'
import { FakeGlobusAuth } from '../../../test-support/fake-globus-auth/store.ts'
import { replayWith } from '../../../test-support/fast-check-seed.ts'
import { EXAMPLE_SCOPE_FILE } from '../../../test-support/paths.ts'
import { withoutMasks } from '../../../test-support/run-action.ts'

// @actions/github reads the event and GITHUB_API_URL once, when it is first imported; its own fetch
// (undici's, proxy-aware) is not the global one msw intercepts, so the fake GitHub API is served
// on loopback, one for the file, emptied before each run.
const TOKEN = 'ghs_boundaryTokenForTheComment0123456789'
const github = new FakeGitHub()
github.tokens.set(TOKEN, 'write')
const githubServer = await github.serve()
const dir = mkdtempSync(join(tmpdir(), 'boundary-'))
const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') }
writeFileSync(
  files.event,
  JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'ap', owner: { login: 'o' } } }),
)
Object.assign(process.env, {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: files.event,
  GITHUB_REPOSITORY: 'o/ap',
  GITHUB_API_URL: githubServer.url,
  GITHUB_WORKSPACE: dir,
  GITHUB_OUTPUT: files.output,
  GITHUB_STEP_SUMMARY: files.summary,
  RUNNER_DEBUG: '1',
})
const { run } = await import('../../../src/github/run.ts')
const example = EXAMPLE_SCOPE_FILE

const state = {
  fake: new FakeGlobusAuth(),
  tamper: undefined as { answer: number; leaf: number; value: string } | undefined,
}

/** Puts the hostile value at one leaf of one answer. */
const rewrite = (): Rewrite | undefined => {
  const tamper = state.tamper
  if (!tamper) return undefined
  return (json, index) => {
    if (index !== tamper.answer) return undefined
    const paths = leaves(json).filter((p) => p.length > 0)
    if (paths.length === 0) return undefined
    setAt(json, paths[tamper.leaf % paths.length] as (string | number)[], tamper.value)
    tampered++
    return json
  }
}
/** Answers rewritten over all runs: the property must have reached the boundary it guards. */
let tampered = 0
/** Runs whose answer to tamper with came at all (the run got that far). */
let eligible = 0
/** Runs that wrote or updated a plan comment: the comment is a place text leaves the action too. */
let commented = 0
let handlers = tamperingHandlers(() => state.fake, rewrite)
const server = setupServer(...handlers)

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(async () => {
  server.close()
  await githubServer.close()
})

const headerSafe = (text: string) => text.replace(/[^\u0020-\u007e]/g, '?')

const scenario = fc.record({
  mode: fc.constantFrom('ensure', 'verify', 'plan'),
  // Basic, or (as Globus' current guide does) a manage_projects token the action must hide too.
  credentials: fc.constantFrom('basic-or-token' as const, 'token-only' as const),
  existing: fc.constantFrom('none', 'same', 'drifted'),
  attack: fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('answer' as const), answer: fc.nat(2), leaf: fc.nat(60) }), weight: 3 },
    fc.record({
      kind: fc.constant('error' as const),
      status: fc.constantFrom(400, 401, 403, 404, 409, 422),
      html: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('redirect' as const), status: fc.constantFrom(301, 302, 307, 308) }),
    fc.record({ kind: fc.constant('file' as const), field: fc.constantFrom('name', 'description') }),
  ),
})

const cases = anySecret.chain((secret) => {
  const clientId = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'
  const basic = Buffer.from(`${clientId}:${secret.trim()}`).toString('base64')
  return fc.record({
    secret: fc.constant(secret),
    clientId: fc.constant(clientId),
    basic: fc.constant(basic),
    hostile: hostileText({ secret, basic, token: TOKEN }),
    scenario,
  })
})

it('lets no untrusted string and no secret out unescaped, wherever text leaves the action', async () => {
  await fc.assert(
    fc.asyncProperty(cases, async ({ secret, clientId, basic, hostile, scenario: s }) => {
      const fake = new FakeGlobusAuth()
      const client = fake.addClient({ id: clientId, secret: secret.trim() })
      fake.apiCredentials = s.credentials
      github.comments.length = 0
      github.requests.length = 0
      Object.assign(state, { fake, tamper: undefined })
      handlers = tamperingHandlers(() => state.fake, rewrite) // answers counted from 0 again
      server.resetHandlers(...handlers)
      let file = example
      if (s.existing !== 'none') {
        const scope = fake.addScope(client.id, { scope_suffix: 'action_all', name: 'Example Action Provider' })
        if (s.existing === 'drifted') scope.description = 'edited by hand'
      }
      const { attack } = s
      if (attack.kind === 'answer') state.tamper = { answer: attack.answer, leaf: attack.leaf, value: hostile }
      if (attack.kind === 'error') {
        const body = attack.html
          ? `<html><body><h1>Error</h1>${hostile}</body></html>`
          : JSON.stringify({
              errors: [{ status: String(attack.status), id: hostile, code: hostile, detail: hostile, title: hostile }],
              error: hostile,
              error_description: hostile,
            })
        fake.inject({
          kind: 'status',
          status: attack.status,
          body,
          contentType: attack.html ? 'text/html' : headerSafe(hostile),
        })
      }
      if (attack.kind === 'redirect')
        fake.inject({ kind: 'status', status: attack.status, body: '', location: headerSafe(hostile) })
      if (attack.kind === 'file') {
        const doc = JSON.parse(example)
        doc.scope[attack.field] = hostile
        file = JSON.stringify(doc, null, 2)
      }
      writeFileSync(join(dir, 'globus-scope.json'), file)
      writeFileSync(files.output, '')
      writeFileSync(files.summary, '')
      for (const name of ['CLIENT_ID', 'CLIENT_SECRET', 'AUTH_URL', 'MODE', 'GITHUB_TOKEN', 'TIMEOUT_SECONDS'])
        delete process.env[`INPUT_${name}`]
      Object.assign(process.env, {
        INPUT_CLIENT_ID: clientId,
        INPUT_CLIENT_SECRET: secret,
        INPUT_AUTH_URL: 'https://auth.globus.org',
        INPUT_MODE: s.mode,
        INPUT_GITHUB_TOKEN: TOKEN,
        // timeout_seconds counts from the process start, here the test worker's: at the most, so
        // that no run meets it and what a run reaches never depends on how fast the machine is.
        INPUT_TIMEOUT_SECONDS: '3600',
      })

      let stdout = ''
      let stderr = ''
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        stdout += String(chunk)
        return true
      })
      // The runner reads stderr for commands too (octokit, say, warns there).
      const writeError = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
        stderr += String(chunk)
        return true
      })
      try {
        await run({ fetch: globalThis.fetch as Fetch })
      } finally {
        write.mockRestore()
        writeError.mockRestore()
        process.exitCode = 0
      }

      if (attack.kind === 'answer' && fake.requests.length > attack.answer) eligible++
      const outputFile = readFileSync(files.output, 'utf8')
      const summary = readFileSync(files.summary, 'utf8')
      const comments = github.comments.map((c) => c.body)
      if (comments.length > 0) commented++
      // (a)
      expect(forgedCommands(stdout)).toEqual([])
      expect(forgedCommands(stderr)).toEqual([])
      // (b)
      const outputs = parseOutputFile(outputFile)
      for (const value of Object.values(outputs)) expect(value).not.toMatch(/[\r\n]/)
      // (c)
      expect(liveMarkdown(summary)).toEqual([])
      for (const body of comments) {
        // Our own marker, a hash, is the one HTML comment allowed, and only on the first line.
        expect(body).toMatch(/^<!-- ensure-globus-scope plan [0-9a-f]{16} -->\n/)
        expect(liveMarkdown(body.replace(/^.*\n/, ''))).toEqual([])
      }
      // (d) the runner consumes ::add-mask:: lines; everything else is shown somewhere.
      const shown = [withoutMasks(stdout), stderr, outputFile, summary, ...comments].join('\n')
      const granted = [...fake.tokens.keys()].flatMap((token) => windows(token))
      const pieces = [...windows(secret.trim()), ...windows(basic, 48), ...windows(TOKEN), ...granted]
      expect(leaks(shown, pieces)).toEqual([])
    }),
    { numRuns: 150 },
  )
  // Most runs that got an answer to tamper with had it tampered with (an empty list has no field).
  expect(eligible, replayWith).toBeGreaterThan(10)
  expect(tampered, replayWith).toBeGreaterThan(eligible / 2)
  expect(commented, replayWith).toBeGreaterThan(10)
}, 120_000)
