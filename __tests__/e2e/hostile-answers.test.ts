// The bundle's own escapes against a Globus Auth answering with hostile text: a forged workflow
// command through a scope string or id stays text, and an id never becomes a path. Any hostile
// string in any field, any secret echoed in any error page, and live Markdown in the summary are
// the in-process properties' (unit/github/boundary.test.ts, unit/globus/transport-properties.test.ts,
// unit/text/redact.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { forgedCommands, leaks, liveMarkdown, windows } from '../../test-support/boundary/checks.ts'
import { leaves, type Rewrite, setAt, tamperingHandlers } from '../../test-support/boundary/tampering.ts'
import { type FakeClient, FakeGlobusAuth } from '../../test-support/fake-globus-auth/store.ts'
import { type LoopbackServer, serveOnLoopback } from '../../test-support/loopback-server.ts'
import { EXAMPLE_SCOPE_FILE } from '../../test-support/paths.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'

const example = EXAMPLE_SCOPE_FILE
const INJECTION = 'x\n::error::FORGED\r::add-mask::FORGED\n::stop-commands::FORGED'

let fake: FakeGlobusAuth
let client: FakeClient
let server: LoopbackServer
let rewrite: Rewrite | undefined

beforeEach(async () => {
  fake = new FakeGlobusAuth()
  client = fake.addClient({})
  rewrite = undefined
  server = await serveOnLoopback(
    tamperingHandlers(
      () => fake,
      () => rewrite,
    ),
  )
})
afterEach(() => server.close())

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': example },
  })
}

/** Replace, in answer `index`, every field named `field` (at any depth) with `value`. */
function replaceField(index: number, field: string, value: unknown): Rewrite {
  return (json, at) => {
    if (at !== index) return undefined
    for (const path of leaves(json)) if (path.at(-1) === field) setAt(json, path, value)
    return json
  }
}

function expectShut(r: ActionRun) {
  expect(forgedCommands(r.stdout)).toEqual([])
  expect(forgedCommands(r.stderr)).toEqual([])
  for (const value of Object.values(r.outputs)) expect(value).not.toMatch(/[\r\n]/)
  expect(liveMarkdown(r.summary)).toEqual([])
  const basic = Buffer.from(`${client.id}:${client.secret}`).toString('base64')
  expect(leaks(r.everything, [...windows(client.secret), ...windows(basic, 48)])).toEqual([])
}

// Writes to the scopes API (a token request changes nothing).
const writes = () => fake.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/v2/api/'))

describe('a Globus Auth answering with hostile text', () => {
  it('cannot forge workflow commands or outputs through a scope string', async () => {
    await run()
    rewrite = replaceField(0, 'scope_string', `https://auth.globus.org/scopes/${client.id}/action_all${INJECTION}`)
    const r = await run({ mode: 'verify' })
    expectShut(r)
    expect(r.commands.map((c) => c.command)).not.toContain('stop-commands')
  })

  it('cannot forge workflow commands through a scope id, nor put it in a request path', async () => {
    const scope = fake.addScope(client.id, { scope_suffix: 'action_all', description: 'drifted' })
    rewrite = replaceField(0, 'id', `../${scope.id}${INJECTION}`)
    const r = await run()
    expect(r.exitCode).toBe(1)
    expectShut(r)
    expect(writes()).toEqual([])
    expect(fake.requests.every((req) => !req.path.includes('..'))).toBe(true)
  })
})
