// Whatever a deployed provider answers (scope string, body, content type), nothing of it becomes a
// workflow command, a second output line or live Markdown, and no credential shows: the provider
// gate's Outcome through the action's own escapes (src/text/).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { execute } from '../../../src/flow/execute.ts'
import { AuthClient } from '../../../src/globus/client.ts'
import type { Fetch } from '../../../src/globus/request.ts'
import type { Settings } from '../../../src/settings/settings.ts'
import { commandMessage, logLines } from '../../../src/text/log.ts'
import { outputValue } from '../../../src/text/output.ts'
import { credentialRedactor } from '../../../src/text/redact.ts'
import { forgedCommands, liveMarkdown } from '../../../test-support/boundary/checks.ts'
import { hostileText } from '../../../test-support/boundary/hostile.ts'
import { globusAuthHandlers } from '../../../test-support/fake-globus-auth/handlers.ts'
import { FakeGlobusAuth } from '../../../test-support/fake-globus-auth/store.ts'
import { replayWith } from '../../../test-support/fast-check-seed.ts'
import { EXAMPLE_SCOPE_FILE } from '../../../test-support/paths.ts'

const PROVIDER = 'https://actions.example.org/hello/'
const state = { answer: (): Response => HttpResponse.json({}), reads: 0 }
const fake = new FakeGlobusAuth()
const client = fake.addClient({})
const server = setupServer(
  ...globusAuthHandlers(fake),
  http.get(PROVIDER, () => {
    state.reads++
    return state.answer()
  }),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

const workspace = await mkdtemp(join(tmpdir(), 'provider-gate-'))
await writeFile(join(workspace, 'globus-scope.json'), EXAMPLE_SCOPE_FILE)
const settings = (mode: Settings['mode']): Settings => ({
  clientId: client.id,
  clientSecret: client.secret,
  scopeFile: { path: join(workspace, 'globus-scope.json'), display: 'globus-scope.json', workspace },
  mode,
  authMethod: 'basic',
  authUrl: 'https://auth.globus.org',
  authUrlSource: 'the production environment',
  timeoutSeconds: 30,
  githubToken: '',
  providerUrl: new URL(PROVIDER),
  caller: undefined,
})

function collaborators() {
  const redactor = credentialRedactor(client.id, client.secret)
  const lines: string[] = []
  const log = { info: (m: string) => lines.push(m), debug() {}, notice() {} }
  const auth = new AuthClient({
    baseUrl: 'https://auth.globus.org',
    clientId: client.id,
    clientSecret: client.secret,
    redactor,
    log,
    sleep: async () => {},
  })
  let now = 0
  const provider = {
    fetch: globalThis.fetch as Fetch,
    deadline: 5_000,
    now: () => now,
    sleep: async (ms: number) => {
      now += ms
    },
    random: () => 0.5,
  }
  return { auth, redactor, log, provider, lines }
}

const basic = Buffer.from(`${client.id}:${client.secret}`).toString('base64')
const hostile = hostileText({ secret: client.secret, basic, token: 'no-token-in-this-run' })
const answers = fc.oneof(
  hostile.map((scope) => () => HttpResponse.json({ globus_auth_scope: scope })),
  hostile.map((body) => () => new HttpResponse(body, { headers: { 'content-type': 'text/html' } })),
  hostile.map(
    (type) => () =>
      new HttpResponse('<p>x</p>', { headers: { 'content-type': type.replace(/[^\u0020-\u007e]/g, '?') } }),
  ),
  fc.tuple(fc.constantFrom(400, 401, 418, 503), hostile).map(
    ([status, body]) =>
      () =>
        new HttpResponse(body, { status }),
  ),
)

it('lets nothing from the provider’s answer reach a workflow command, an output or live Markdown', async () => {
  // The scope exists and matches the file: verify goes on to the provider.
  expect((await execute(settings('ensure'), collaborators())).outputs.status).toBe('created')
  await fc.assert(
    fc.asyncProperty(answers, async (answer) => {
      state.answer = answer
      const io = collaborators()
      const outcome = await execute(settings('verify'), io)
      const printed = [
        ...[...io.lines, ...outcome.log].flatMap((line) => logLines(line, io.redactor)),
        ...outcome.annotations.map((a) => `::warning::${commandMessage(a.message, io.redactor)}`),
        ...(outcome.failure ? [`::error::${commandMessage(outcome.failure, io.redactor)}`] : []),
      ].join('\n')
      expect(forgedCommands(printed)).toEqual([])
      for (const value of Object.values(outcome.outputs))
        expect(outputValue(value ?? '', io.redactor)).not.toMatch(/[\r\n]/)
      expect(liveMarkdown(outcome.summary)).toEqual([])
      for (const text of [printed, outcome.summary, JSON.stringify(outcome.outputs)]) {
        expect(text).not.toContain(client.secret.slice(8, 20))
        expect(text).not.toContain(basic.slice(-16))
      }
    }),
    { numRuns: 60 },
  )
  // The property reached what it guards: the provider was read in every run.
  expect(state.reads, replayWith).toBeGreaterThanOrEqual(60)
})
