// A team's way in and the runs they meet, through the bundle as the runner runs it: export of a
// hand-made scope, pull requests from forks, and what a failed step leaves for `if: always()`.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunningFake } from '../../test-support/fake-globus-auth/server.ts'
import {
  type FakeClient,
  GROUPS_SCOPE_STRING,
  TRANSFER_SCOPE_STRING,
} from '../../test-support/fake-globus-auth/store.ts'
import { swapFolderForLink } from '../../test-support/folder-swap.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'

const example = EXAMPLE_SCOPE_FILE

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})

function run(
  inputs: Record<string, string>,
  options: { files?: Record<string, string>; env?: Record<string, string>; workspace?: string } = {},
): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: options.files ?? {},
    env: options.env,
    workspace: options.workspace,
  })
}

/** A scope made by hand, with curl and jq, the way the guide does it. */
function handMade(suffix = 'action_all') {
  const groups = [...server.fake.scopes.values()].find((s) => s.scope_string === GROUPS_SCOPE_STRING)!
  const transfer = [...server.fake.scopes.values()].find((s) => s.scope_string === TRANSFER_SCOPE_STRING)!
  return server.fake.addScope(client.id, {
    scope_suffix: suffix,
    name: 'Hand-made AP',
    description: 'Made with curl, long ago.',
    advertised: true,
    dependent_scopes: [
      { scope: groups.id, optional: false, requires_refresh_token: false },
      { scope: transfer.id, optional: true, requires_refresh_token: true },
    ],
  })
}

// Writes to the scopes API (a token request changes nothing).
const writes = () => server.fake.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/v2/api/'))

describe('mode: export', () => {
  it('writes the missing scope file, which verify then accepts in one request', async () => {
    const scope = handMade()
    const exported = await run({ mode: 'export' })
    expect(exported.exitCode).toBe(0)
    expect(exported.outputs).toEqual({
      status: 'exported',
      scope_id: scope.id,
      scope_string: scope.scope_string,
      scope_file_written: 'true',
    })
    expect(server.fake.requests).toHaveLength(3)
    expect(writes()).toEqual([])
    const workspace = exported.workspace
    const file = JSON.parse(await readFile(join(workspace, 'globus-scope.json'), 'utf8'))
    expect(file.scope).toEqual({
      name: 'Hand-made AP',
      description: 'Made with curl, long ago.',
      scope_suffix: 'action_all',
      dependent_scopes: [
        { scope: GROUPS_SCOPE_STRING, optional: false, requires_refresh_token: false },
        { scope: TRANSFER_SCOPE_STRING, optional: true, requires_refresh_token: true },
      ],
      advertised: true,
      allows_refresh_token: true,
      required_domains: [],
    })
    expect(exported.stdout).toContain('Wrote globus-scope.json into the workspace on the runner (')
    expect(exported.summary).toContain('```json\n{\n  "scope": {')

    const before = server.fake.requests.length
    const verified = await run({ mode: 'verify' }, { workspace })
    expect([verified.exitCode, verified.outputs.status, server.fake.requests.length - before]).toEqual([
      0,
      'unchanged',
      1,
    ])
    const planned = await run({ mode: 'plan' }, { workspace })
    expect(planned.outputs.status).toBe('unchanged')
  })

  it('writes a scope with a suffix the older guide allowed, which every mode then keeps in one request', async () => {
    const scope = handMade('send-email')
    const exported = await run({ mode: 'export' })
    expect([exported.exitCode, exported.outputs.scope_file_written]).toEqual([0, 'true'])
    const workspace = exported.workspace
    const text = await readFile(join(workspace, 'globus-scope.json'), 'utf8')
    expect(JSON.parse(text).scope.scope_suffix).toBe('send-email')
    for (const mode of ['verify', 'plan', 'ensure']) {
      const before = server.fake.requests.length
      const r = await run({ mode }, { workspace })
      const outcome = [r.exitCode, r.outputs.status, r.outputs.scope_id, server.fake.requests.length - before]
      expect([mode, ...outcome]).toEqual([mode, 0, 'unchanged', scope.id, 1])
    }
  })

  it('never overwrites a scope file that exists, and says so', async () => {
    handMade()
    const r = await run({ mode: 'export' }, { files: { 'globus-scope.json': example } })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('exported')
    expect(await readFile(join(r.workspace, 'globus-scope.json'), 'utf8')).toBe(example)
    expect(r.stdout).toContain('Did not write globus-scope.json: it exists, and export never overwrites a file.')
    // A stale or planted file is not this run's: the example uploads only when this is true.
    expect(r.outputs.scope_file_written).toBe('false')
    expect(r.summary).toContain('"name": "Hand-made AP"')
  })

  it('shows every scope of a client with several, and writes none', async () => {
    const a = handMade('action_all')
    const b = handMade('other_thing')
    const r = await run({ mode: 'export' })
    expect(r.outputs).toEqual({ status: 'exported', scope_id: '', scope_string: '', scope_file_written: 'false' })
    expect(existsSync(join(r.workspace, 'globus-scope.json'))).toBe(false)
    expect(r.stdout).toContain('the client has 2 scopes')
    for (const scope of [a, b]) expect(r.summary).toContain(`### \`${scope.scope_string}\``)
  })
})

describe('mode: export of untrusted text', () => {
  it('writes invisible and reordering characters as \\u escapes, so the file shows what it holds and reads back the same', async () => {
    const name = 'A\u202eP\u2066x\u2069\u200b\u2028 \u{e0041}\ufe01\u3164'
    server.fake.addScope(client.id, { scope_suffix: 'action_all', name, description: 'd' })
    const r = await run({ mode: 'export' })
    expect(r.outputs.scope_file_written).toBe('true')
    const text = await readFile(join(r.workspace, 'globus-scope.json'), 'utf8')
    expect(text).toContain('"name": "A\\u202eP\\u2066x\\u2069\\u200b\\u2028 \\udb40\\udc41\\ufe01\\u3164"')
    expect(text).not.toMatch(/\u202e|\u2066|\u2069|\u200b|\u2028|\ufe01|\u3164/)
    expect(JSON.parse(text).scope.name).toBe(name)
    const verified = await run({ mode: 'verify' }, { workspace: r.workspace })
    expect(verified.outputs.status).toBe('unchanged')
  })

  it('keeps the summary and the log within GitHub’s limits for a client with many large scopes, saying what was left out', async () => {
    const many = Array.from({ length: 100 }, (_, i) => `https://auth.globus.org/scopes/${client.id}/dep${i}`)
    const dependents = many.map((_, i) =>
      server.fake.addScope(client.id, {
        scope_suffix: `dep${i}`,
        name: `Dependent ${i}`,
        description: 'x'.repeat(2000),
      }),
    )
    for (let i = 0; i < 40; i++) {
      server.fake.addScope(client.id, {
        scope_suffix: `scope_${i}`,
        name: `Scope ${i}`,
        description: 'y'.repeat(9000),
        dependent_scopes: dependents.map((d) => ({ scope: d.id, optional: false, requires_refresh_token: false })),
      })
    }
    const r = await run({ mode: 'export' })
    expect(r.exitCode).toBe(0)
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(512 * 1024)
    expect(Buffer.byteLength(r.stdout)).toBeLessThan(1024 * 1024)
    expect(r.summary).toMatch(/The scope files of the last \d+ scopes are left out here/)
    expect(r.stdout).toMatch(/The scope files of the last \d+ scopes are left out here/)
    // Every scope is still named.
    for (let i = 0; i < 40; i++) expect(r.stdout).toContain(`/scope_${i} (id `)
  })

  it('lands inside the workspace or not at all while a folder on the path is swapped for a link', async () => {
    handMade()
    const swap = await swapFolderForLink()
    const written: string[] = []
    let folder = ''
    try {
      for (let i = 0; i < 12; i++) {
        const r = await run({ mode: 'export', scope_file: `sub/x${i}.json` }, { workspace: swap.workspace })
        if (r.outputs.scope_file_written === 'true') written.push(`x${i}.json`)
        else expect(r.stdout).toMatch(/Did not write sub\/x\d+\.json: its folder (is outside|does not exist)/)
      }
    } finally {
      folder = await swap.stop()
    }
    expect(await readdir(swap.outside)).toEqual([])
    for (const name of written)
      expect(JSON.parse(await readFile(join(folder, name), 'utf8')).scope.name).toBe('Hand-made AP')
  })
})

describe('mode: export of a scope whose text echoes the credentials', () => {
  it('writes no file that would hold them, and says why', async () => {
    const scope = handMade()
    scope.description = `made with ${client.secret} by mistake`
    const r = await run({ mode: 'export' })
    expect(r.exitCode).toBe(0)
    expect(existsSync(join(r.workspace, 'globus-scope.json'))).toBe(false)
    expect(r.stdout).toContain(
      'Did not write globus-scope.json: Globus Auth answered with text that holds this client’s credentials',
    )
    expect(r.everything).not.toContain(client.secret)
  })
})

describe('a pull request from a fork (no secrets, no variables)', () => {
  const fork = { GITHUB_EVENT_NAME: 'pull_request' }
  const empty = { client_id: '', client_secret: '' }

  it('passes plan with status skipped and a notice, sending nothing', async () => {
    const r = await run({ ...empty, mode: 'plan' }, { files: { 'globus-scope.json': example }, env: fork })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toEqual({ status: 'skipped', scope_id: '', scope_string: '' })
    const notice = r.commands.find((c) => c.command === 'notice')
    expect(notice?.message).toMatch(
      /^Skipped: this pull request gets no secrets or variables \(a pull request from a fork/,
    )
    expect(r.summary).toContain('Globus Auth scope: skipped')
    expect(server.fake.requests).toEqual([])
  })

  it('fails plan when only one of the two is missing: that is the workflow’s mistake, not a fork', async () => {
    for (const missing of [{ client_id: '' }, { client_secret: '' }] as Record<string, string>[]) {
      const r = await run({ ...missing, mode: 'plan' }, { files: { 'globus-scope.json': example }, env: fork })
      expect([r.exitCode, r.outputs.status]).toEqual([1, 'failed'])
      expect(r.commands.at(-1)?.message).toMatch(/^Input client_(id|secret) is required/)
    }
    expect(server.fake.requests).toEqual([])
  })

  it('still fails ensure and verify on empty credentials, sending nothing', async () => {
    for (const mode of ['ensure', 'verify']) {
      const r = await run({ ...empty, mode }, { files: { 'globus-scope.json': example }, env: fork })
      expect([mode, r.exitCode, r.outputs.status]).toEqual([mode, 1, 'failed'])
      expect(r.commands.at(-1)?.message).toMatch(/^Input client_id is required/)
    }
    expect(server.fake.requests).toEqual([])
  })
})

describe('a failed step', () => {
  it('sets status failed and keeps the mode and the scope string in the summary', async () => {
    const r = await run(
      { client_secret: 'wrong-secret-value-here', mode: 'verify' },
      { files: { 'globus-scope.json': example } },
    )
    expect(r.exitCode).toBe(1)
    const scopeString = `https://auth.globus.org/scopes/${client.id}/action_all`
    expect(r.outputs).toEqual({ status: 'failed', scope_id: '', scope_string: scopeString })
    expect(r.summary).toMatch(
      /^## ❌ Globus Auth scope: the client id and secret were refused\n\nGlobus Auth refused the client id and secret \(401\): /,
    )
    expect(r.summary).toContain(`- Scope \`${scopeString}\`\n- Mode \`verify\`, scope file \`globus-scope.json\``)
  })

  it('reports a trailing comma once, at the comma, as a trailing comma', async () => {
    const text = example.replace('"allow_refresh_tokens": true', '"allow_refresh_tokens": true,')
    const r = await run({}, { files: { 'globus-scope.json': text } })
    expect(r.exitCode).toBe(1)
    const line = text.split('\n').findIndex((l) => l.includes('"allow_refresh_tokens": true,')) + 1
    const column = (text.split('\n')[line - 1]?.indexOf('true,') ?? 0) + 5
    const annotations = r.commands.filter((c) => c.command === 'error' && c.properties.includes('line='))
    expect(annotations).toEqual([
      {
        command: 'error',
        properties: `title=Invalid scope file,file=globus-scope.json,line=${line},col=${column}`,
        message: expect.stringMatching(/trailing comma/),
      },
    ])
    expect(r.outputs.status).toBe('failed')
    expect(server.fake.requests).toEqual([])
  })
})

describe('ensure removing a dependent scope the file no longer lists', () => {
  it('names it by scope string, within four requests', async () => {
    const first = await run({}, { files: { 'globus-scope.json': example } })
    expect(first.outputs.status).toBe('created')
    const other = server.fake.addClient({})
    const extra = server.fake.addScope(other.id, {
      scope_suffix: 'extra',
      scope_string: 'urn:globus:auth:scope:extra.example.org:extra',
      advertised: true,
    })
    const scope = server.fake.scopesOf(client.id)[0]!
    scope.dependent_scopes.push({ scope: extra.id, optional: false, requires_refresh_token: false })
    const before = server.fake.requests.length
    const r = await run({}, { workspace: first.workspace })
    expect(r.outputs.status).toBe('updated')
    expect(server.fake.requests.length - before).toBe(4)
    expect(r.stdout).toContain(
      '  -   "urn:globus:auth:scope:extra.example.org:extra"\n  -     optional: false, requires_refresh_token: false',
    )
    expect(r.stdout).not.toContain(`"${extra.id}"`)
    expect(r.summary).toContain('```diff\n  dependent_scopes:\n-   "urn:globus:auth:scope:extra.example.org:extra"')
  })
})
