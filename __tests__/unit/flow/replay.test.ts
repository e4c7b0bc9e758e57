// The committed transcripts (test-support/transcripts/) as regression tests: each keeps the contract,
// and replaying its answers in order makes the action send the same requests, with the same bodies,
// and reach the recorded outputs. A real transcript from live.yml is checked the same way.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execute } from '../../../src/flow/execute.ts'
import type { Outcome } from '../../../src/flow/outcome.ts'
import { AuthClient } from '../../../src/globus/client.ts'
import { type Exchange, REDACTED_TOKEN } from '../../../src/globus/exchange.ts'
import { describeUrl } from '../../../src/globus/request.ts'
import { readSettings } from '../../../src/settings/settings.ts'
import { credentialRedactor } from '../../../src/text/redact.ts'
import { checkTranscript } from '../../../src/tooling/contract.ts'
import { TRANSCRIPTS } from '../../../test-support/paths.ts'

const folder = TRANSCRIPTS
const names = (await readdir(folder)).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, ''))

interface Case {
  inputs: Record<string, string>
  scope_file: unknown
  outputs: Record<string, string>
}

const readText = (name: string, ext: string) => readFile(join(folder, `${name}${ext}`), 'utf8')
const recordsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Exchange)

interface Sent {
  method: string
  path: string
  body: unknown
}

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

/** Answers every request with the next recorded answer, whatever was asked; keeps what was asked. */
function replaying(records: Exchange[]): Sent[] {
  const sent: Sent[] = []
  let next = 0
  server.resetHandlers(
    http.all('*', async ({ request }) => {
      const text = await request.text()
      const form = request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')
      const body = !text ? undefined : form ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text)
      sent.push({ method: request.method, path: describeUrl(new URL(request.url)), body })
      const record = records[next++]
      if (!record) return HttpResponse.json({ errors: [{ code: 'REPLAY_ENDED' }] }, { status: 400 })
      if (record.status === null) return HttpResponse.error()
      if (record.answer !== undefined) return HttpResponse.json(record.answer as never, { status: record.status })
      return new HttpResponse(record.answerText ?? '', {
        status: record.status,
        headers: { 'content-type': 'text/plain' },
      })
    }),
  )
  return sent
}

/** The action's whole run (execute, as run() calls it) against a replay of `records`. */
async function replay(records: Exchange[], recorded: Case): Promise<{ sent: Sent[]; outcome: Outcome }> {
  const workspace = await mkdtemp(join(tmpdir(), 'replay-'))
  await writeFile(join(workspace, 'globus-scope.json'), JSON.stringify(recorded.scope_file))
  // The secrets are never in a transcript; any will do, since the replay checks no credentials.
  const inputs: Record<string, string> = {
    ...recorded.inputs,
    client_secret: 'replay-secret-0123456789',
    ...(recorded.inputs.caller_client_id ? { caller_client_secret: 'replay-caller-secret-0123' } : {}),
  }
  const settings = readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: workspace })
  const redactor = credentialRedactor(settings.clientId, settings.clientSecret)
  const log = { debug() {}, info() {}, notice() {} }
  const auth = new AuthClient({
    baseUrl: settings.authUrl,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authMethod: settings.authMethod,
    redactor,
    log,
    sleep: async () => {},
  })
  const sent = replaying(records)
  const outcome = await execute(settings, { auth, redactor, log })
  return { sent, outcome }
}

const asked = (requests: { method: string; path: string }[]) => requests.map((r) => `${r.method} ${r.path}`)

it('has transcripts, each with its case', async () => {
  expect(names).toContain('synthetic-ensure')
  for (const name of names) expect(JSON.parse(await readText(name, '.case.json'))).toHaveProperty('outputs.status')
})

describe.each(names)('transcript %s', (name) => {
  it('keeps the contract, and holds no header or token', async () => {
    const text = await readText(name, '.jsonl')
    expect(checkTranscript(text).flatMap((c) => c.violations.map((v) => `${c.line}: ${v}`))).toEqual([])
    expect(text).not.toMatch(/authorization|Basic |Bearer /i)
    for (const record of recordsOf(text)) {
      const answer = record.answer as Record<string, unknown> | undefined
      if (answer && 'access_token' in answer) expect(answer.access_token).toBe(REDACTED_TOKEN)
    }
  })

  it('replayed, makes the action send the same requests and reach the recorded outputs', async () => {
    const records = recordsOf(await readText(name, '.jsonl'))
    const recorded = JSON.parse(await readText(name, '.case.json')) as Case
    const { sent, outcome } = await replay(records, recorded)
    expect(asked(sent)).toEqual(asked(records))
    sent.forEach((request, index) => {
      expect(request.body, asked([request])[0]).toEqual(records[index]?.request)
    })
    expect(outcome.outputs).toEqual(recorded.outputs)
    // A recorded failure replays as one: a failed step, or a verify that found drift.
    const { status } = recorded.outputs
    const failed = status === 'failed' || (recorded.inputs.mode === 'verify' && status !== 'unchanged')
    expect(outcome.failure !== undefined).toBe(failed)
  })
})

it('a replay notices when the action asks something else', async () => {
  const records = recordsOf(await readText('synthetic-ensure', '.jsonl'))
  const recorded = JSON.parse(await readText('synthetic-ensure', '.case.json')) as Case
  // Plan mode never creates: after the same lookup it looks through the client's scopes instead.
  const { sent, outcome } = await replay(records, { ...recorded, inputs: { ...recorded.inputs, mode: 'plan' } })
  expect(asked(sent).slice(0, 1)).toEqual(asked(records).slice(0, 1))
  expect(sent[1]?.path).toMatch(/^\/v2\/api\/clients\/[0-9a-f-]{36}$/)
  expect(outcome.outputs?.status).not.toBe(recorded.outputs.status)
})
