// The provider gate in a run (execute, as run() calls it): in verify, once the scope matches its
// file, the deployed provider's description must advertise it; one lookup per string it names,
// however often a rollout makes it read again; plan and ensure take provider_url and say it is
// for verify. And whatever the provider answers (scope string, body, content type), nothing of it
// becomes a workflow command, a second output line or live Markdown, and no credential shows.
import fc from 'fast-check'
import { HttpResponse, http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { execute } from '../../../src/flow/execute.ts'
import type { Fetch } from '../../../src/globus/request.ts'
import type { Mode } from '../../../src/settings/modes.ts'
import { commandMessage, logLines } from '../../../src/text/log.ts'
import { outputValue } from '../../../src/text/output.ts'
import { forgedCommands, liveMarkdown } from '../../../test-support/boundary/checks.ts'
import { hostileText } from '../../../test-support/boundary/hostile.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { FakeProvider } from '../../../test-support/fake-provider.ts'
import { replayWith } from '../../../test-support/fast-check-seed.ts'
import { flowCollaborators, flowSettings, infoLines, scratchWorkspace } from '../../../test-support/flow-run.ts'
import { EXAMPLE_SCOPE_FILE } from '../../../test-support/paths.ts'

const ORIGIN = 'https://actions.example.org'
const PROVIDER = `${ORIGIN}/hello/`
const t = useFakeGlobusAuth()
let workspace: string
let provider: FakeProvider
beforeEach(async () => {
  workspace = await scratchWorkspace(EXAMPLE_SCOPE_FILE)
  provider = new FakeProvider()
  t.use(...provider.handlers(ORIGIN))
})

const settings = (mode: Mode) => flowSettings(t, workspace, mode, { providerUrl: new URL(PROVIDER) })

/** Collaborators as run() wires them, the provider read on a clock that waits instantly. */
function collaborators() {
  let now = 0
  const provider = {
    fetch: globalThis.fetch as Fetch,
    deadline: 120_000,
    now: () => now,
    sleep: async (ms: number) => {
      now += ms
    },
    random: () => 0.5,
  }
  return { ...flowCollaborators(t), provider }
}

const scopeString = () => `https://auth.globus.org/scopes/${t.client.id}/action_all`
const requests = () => t.fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

/** The scope as the example file declares it, in place; requests counted from here. */
async function ensured(): Promise<void> {
  expect((await execute(settings('ensure'), collaborators())).outputs.status).toBe('created')
  t.fake.requests.length = 0
  provider.requests.length = 0
}

async function verify() {
  const io = collaborators()
  const outcome = await execute(settings('verify'), io)
  // What run() prints: the lines said as they happen, then the Outcome's own.
  return { outcome, lines: [...infoLines(io.lines), ...outcome.log] }
}

describe('verify with provider_url', () => {
  beforeEach(ensured)

  it('passes when the provider advertises the scope: an output, a log line, a row in the summary', async () => {
    provider.scope = scopeString()
    const { outcome, lines } = await verify()
    expect(outcome.failure).toBeUndefined()
    expect(outcome.outputs).toMatchObject({ status: 'unchanged', provider_scope: scopeString() })
    expect(lines).toContain(`The Action Provider at ${PROVIDER} advertises ${scopeString()} (1 read).`)
    expect(outcome.summary).toContain(`- Action Provider \`${PROVIDER}\` advertises \`${scopeString()}\` ✅`)
    expect(requests()).toEqual(['GET /v2/api/scopes'])
    expect(provider.requests.map((q) => q.path)).toEqual(['/hello/'])
  })

  it('fails after one read and one lookup on a string that is no scope of this client, pointing at the character', async () => {
    provider.scope = scopeString().slice(0, -1)
    const { outcome, lines } = await verify()
    expect(outcome.outputs.status).toBe('failed')
    expect(outcome.outputs.provider_scope).toBeUndefined()
    expect(outcome.outputs.scope_id).not.toBe('')
    expect(outcome.failure).toBe(
      `Set the provider's globus_auth_scope to ${scopeString()} and deploy it again: the Action Provider at ` +
        `${PROVIDER} advertises ${provider.scope}, which is no scope of this client: it ends after ` +
        'character 77, where the scope string goes on with "l". It takes its scope from its deployment\'s configuration ' +
        '(the globus_auth_scope of its description; in action-provider-tools, the ActionProviderDescription it is built with).',
    )
    expect(outcome.summary).toContain('does not advertise this scope ❌')
    expect(lines.join('\n')).not.toMatch(/waiting/i)
    // The scope, then one lookup of the advertised string: it is no scope of this client.
    expect(requests()).toEqual(['GET /v2/api/scopes', 'GET /v2/api/scopes'])
    expect(provider.requests).toHaveLength(1)
  })

  it('waits out a rollout from another scope of this client, saying it once, with one lookup of it', async () => {
    const old = t.fake.addScope(t.client.id, { scope_suffix: 'last_month', name: 'x', description: 'y' })
    provider.earlierScopes.push(old.scope_string, old.scope_string)
    provider.scope = scopeString()
    const { outcome, lines } = await verify()
    expect(outcome.outputs.provider_scope).toBe(scopeString())
    const waits = lines.filter((line) => /waiting/i.test(line))
    expect(waits).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Waiting for the Action Provider at ${PROVIDER} to advertise this scope: it advertises ${old.scope_string}, another scope of this client; reading again in \\d`,
        ),
      ),
      expect.stringMatching(/^Still waiting \(read 2\): no change; reading again in \d/),
    ])
    expect(requests()).toEqual(['GET /v2/api/scopes', 'GET /v2/api/scopes'])
    expect(provider.requests).toHaveLength(3)
  })

  it('accepts a domain variant of the scope, looked up once', async () => {
    const fqdn = t.fake.addScope(t.client.id, { scope_suffix: 'action_all', name: 'x', description: 'y' })
    fqdn.scope_string = 'https://auth.globus.org/scopes/actions.example.org/action_all'
    provider.scope = fqdn.scope_string
    const { outcome } = await verify()
    expect(outcome.failure).toBeUndefined()
    expect(outcome.outputs.provider_scope).toBe(fqdn.scope_string)
    expect(requests()).toEqual(['GET /v2/api/scopes', 'GET /v2/api/scopes'])
  })
})

it('takes provider_url in plan and ensure, leaving it for verify with a notice, reading nothing', async () => {
  for (const mode of ['plan', 'ensure'] as const) {
    const outcome = await execute(settings(mode), collaborators())
    expect(outcome.failure).toBeUndefined()
    expect(outcome.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      `provider_url is checked in mode: verify only: the provider is deployed after ${mode}. Run verify after the deploy.`,
    ])
  }
  expect(provider.requests).toEqual([])
})

const basic = () => Buffer.from(`${t.client.id}:${t.client.secret}`).toString('base64')

it('lets nothing from the provider’s answer reach a workflow command, an output or live Markdown', async () => {
  await ensured()
  const secret = t.client.secret
  const hostile = hostileText({ secret, basic: basic(), token: 'no-token-in-this-run' })
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
  const state = { answer: (): Response => HttpResponse.json({}), reads: 0 }
  t.use(
    http.get(PROVIDER, () => {
      state.reads++
      return state.answer()
    }),
  )
  await fc.assert(
    fc.asyncProperty(answers, async (answer) => {
      state.answer = answer
      const io = { ...collaborators(), provider: { ...collaborators().provider, deadline: 5_000 } }
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
        expect(text).not.toContain(secret.slice(8, 20))
        expect(text).not.toContain(basic().slice(-16))
      }
    }),
    { numRuns: 60 },
  )
  // The property reached what it guards: the provider was read in every run.
  expect(state.reads, replayWith).toBeGreaterThanOrEqual(60)
})
