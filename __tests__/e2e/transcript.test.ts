// The transcript through the bundle: one line per exchange, and no piece of the secret, the Basic
// value or a granted token in it. How a record is scrubbed (echoes, tokens, any depth) is proved in
// unit/globus/exchange.test.ts; how the file is refused (a FIFO, /proc) in unit/github/transcript-file.test.ts.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Exchange, REDACTED_TOKEN } from '../../src/globus/exchange.ts'
import { leaks, windows } from '../../test-support/boundary/checks.ts'
import { useBundledAction } from '../../test-support/loopback-globus.ts'
import type { ActionRun } from '../../test-support/run-action.ts'

const bundle = useBundledAction()

interface Recorded {
  r: ActionRun
  text: string
  records: Exchange[]
  /** Requests the fake received during this run. */
  received: number
}

async function recorded(inputs: Record<string, string> = {}): Promise<Recorded> {
  const before = bundle.server.fake.requests.length
  const r = await bundle.run(inputs, { env: { ENSURE_GLOBUS_SCOPE_TRANSCRIPT: 'transcripts/run.jsonl' } })
  const text = await readFile(join(r.workspace, 'transcripts/run.jsonl'), 'utf8').catch(() => '')
  const records = text
    ? text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Exchange)
    : []
  return { r, text, records, received: bundle.server.fake.requests.length - before }
}

/**
 * No window of the secret, of the Basic value past the client id (its start is the client id's
 * base64, public), or of any token granted so far; and, unless Globus echoed one, no header.
 */
function expectNoCredential(text: string, echoed = false) {
  const basic = Buffer.from(`${bundle.client.id}:${bundle.client.secret}`).toString('base64')
  const tokens = [...bundle.server.fake.tokens.keys()].flatMap((token) => windows(token))
  expect(leaks(text, [...windows(bundle.client.secret), ...windows(basic, 48), ...tokens])).toEqual([])
  if (!echoed) expect(text).not.toMatch(/authorization|Basic |Bearer /i)
}

const lines = (records: Exchange[]) => records.map((e) => `${e.method} ${e.path.split('?')[0]} ${e.status}`)

describe('the transcript of the bundled action', () => {
  it('has one line per request: create, then the steady state in one', async () => {
    const created = await recorded()
    expect(created.r.outputs.status).toBe('created')
    const id = created.r.outputs.scope_id
    expect(lines(created.records)).toEqual([
      'GET /v2/api/scopes 200',
      `GET /v2/api/clients/${bundle.client.id} 200`,
      `POST /v2/api/clients/${bundle.client.id}/scopes 201`,
      `GET /v2/api/scopes/${id} 200`,
    ])
    expect(created.records[2]?.request).toMatchObject({ scope: { scope_suffix: 'action_all' } })
    expect(created.records[3]?.answer).toMatchObject({ scope: { id, scope_string: created.r.outputs.scope_string } })
    const again = await recorded()
    expect([again.r.outputs.status, again.records.length, again.received]).toEqual(['unchanged', 1, 1])
    expectNoCredential(created.text + again.text)
  })

  // auth_method: token's records are the same but for the refused Basic lookup: unit/globus/exchange.test.ts.
  it('holds no credential or token with auth_method auto against an API that refuses Basic', async () => {
    bundle.server.fake.apiCredentials = 'token-only'
    const first = await recorded({ auth_method: 'auto' })
    const second = await recorded({ auth_method: 'auto' })
    expect([first.r.outputs.status, second.r.outputs.status]).toEqual(['created', 'unchanged'])
    for (const run of [first, second]) {
      expect(run.records).toHaveLength(run.received)
      const token = run.records.find((e) => e.path === '/v2/oauth2/token')
      expect(token?.answer).toMatchObject({ access_token: REDACTED_TOKEN })
    }
    expect(lines(second.records).slice(0, 2)).toEqual(['GET /v2/api/scopes 401', 'POST /v2/oauth2/token 200'])
    expect(bundle.server.fake.tokens.size).toBe(2)
    expectNoCredential(first.text + second.text)
  })

  it('warns once and still does its work when the transcript cannot be written', async () => {
    // The workspace is a folder, not a file.
    const r = await bundle.run({}, { env: { ENSURE_GLOBUS_SCOPE_TRANSCRIPT: '.' } })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('created')
    const warnings = r.commands.filter((c) => c.command === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toMatch(/^Could not write the transcript \(ENSURE_GLOBUS_SCOPE_TRANSCRIPT\) to \.: /)
    expect(bundle.server.fake.requests).toHaveLength(4)
  })
})
