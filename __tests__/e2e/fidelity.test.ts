import { afterEach, describe, expect, it } from 'vitest'
import { type RunningFake, startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import {
  type FakeClient,
  FakeGlobusAuth,
  type FakeGlobusAuthOptions,
  GROUPS_SCOPE_STRING,
  SANDBOX_GROUPS_SCOPE_ID,
} from '../../test-support/fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE } from '../../test-support/paths.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'

const example = EXAMPLE_SCOPE_FILE
const OTHER_HOST = 'auth.sandbox.globuscs.info'

let server: RunningFake
let client: FakeClient
afterEach(() => server.close())

async function start(options: FakeGlobusAuthOptions = {}, clientInit: Partial<FakeClient> = {}) {
  server = await startFakeGlobusAuth(new FakeGlobusAuth(options))
  client = server.fake.addClient(clientInit)
  return server.fake
}

function run(inputs: Record<string, string> = {}, file = example): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': file },
  })
}

/** Requests of the next run, as `METHOD /path`. */
async function counted(inputs: Record<string, string> = {}, file = example) {
  const before = server.fake.requests.length
  const r = await run(inputs, file)
  const sent = server.fake.requests.slice(before)
  expect(sent.every((q) => q.authenticated)).toBe(true)
  return { r, paths: sent.map((q) => `${q.method} ${q.path.split('?')[0]}`) }
}

/** The example's scope as Globus holds it, made the way Globus makes it (domain scopes first). */
function seedExample(fake: FakeGlobusAuth, changes: { description?: string; host?: string } = {}) {
  if (changes.host) fake.scopeStringHost = changes.host
  return fake.createScopes(client.id, {
    name: 'Example Action Provider',
    description: changes.description ?? "Run and monitor the Example Action Provider's actions on your behalf.",
    scope_suffix: 'action_all',
    dependent_scopes: [
      { scope: fake.groupsScopeId, optional: false, requires_refresh_token: false },
      { scope: fake.transferScopeId, optional: false, requires_refresh_token: true },
    ],
  })
}

const warnings = (r: ActionRun) => r.commands.filter((c) => c.command === 'warning')
const errors = (r: ActionRun) => r.commands.filter((c) => c.command === 'error')

describe('Groups outside production', () => {
  it('uses the sandbox’s Groups id, without a warning, then stays one request', async () => {
    const fake = await start({ environment: 'sandbox' })
    const first = await counted()
    expect([first.r.exitCode, first.r.outputs.status, first.paths.length]).toEqual([0, 'created', 3])
    expect(fake.scopesOf(client.id)[0]?.dependent_scopes[0]?.scope).toBe(SANDBOX_GROUPS_SCOPE_ID)
    expect(warnings(first.r)).toEqual([])
    const byId = example.replace(GROUPS_SCOPE_STRING, SANDBOX_GROUPS_SCOPE_ID)
    const steady = await counted({}, byId)
    expect([steady.r.outputs.status, steady.paths]).toEqual(['unchanged', ['GET /v2/api/scopes']])
    expect(warnings(steady.r)).toEqual([])
  })
})

describe('registered domains', () => {
  it('keep the client’s own scope found through its scopes, naming the domain scope in log and summary', async () => {
    const fake = await start({}, { fqdns: ['ap.example.org'] })
    const [domain, own] = seedExample(fake, { host: OTHER_HOST })
    for (const [mode, requests] of [
      ['verify', 3],
      ['ensure', 5],
    ] as const) {
      const { r, paths } = await counted({ mode })
      expect([mode, r.exitCode, r.outputs.status, paths.length]).toEqual([mode, 0, 'unchanged', requests])
      expect(r.outputs.scope_id).toBe(own?.id)
      expect(r.stdout).toContain(`Globus Auth also holds ${domain?.scope_string} (id ${domain?.id}) with the same`)
      expect(r.summary).toContain(`> [!NOTE]\n> Globus Auth also holds \`${domain?.scope_string}\``)
    }
    expect(fake.scopesOf(client.id)).toHaveLength(2)
  })

  it('make a create output the client’s own scope, not the domain one Globus lists first', async () => {
    const fake = await start({}, { fqdns: ['ap.example.org'] })
    fake.createAnswer = 'scopes'
    const { r, paths } = await counted()
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('created')
    expect(r.outputs.scope_string).toBe(`https://auth.globus.org/scopes/${client.id}/action_all`)
    expect(paths).toHaveLength(3)
    expect(r.stdout).toContain('Globus Auth also holds urn:globus:auth:scope:ap.example.org:action_all')
    const next = await counted()
    expect([next.r.outputs.status, next.r.outputs.scope_id, next.paths.length]).toEqual([
      'unchanged',
      r.outputs.scope_id,
      1,
    ])
  })

  it('stay out of the steady state when the scope string is the computed one', async () => {
    const fake = await start({}, { fqdns: ['ap.example.org'] })
    const [, own] = seedExample(fake)
    const { r, paths } = await counted()
    expect([r.outputs.status, r.outputs.scope_id, paths]).toEqual(['unchanged', own?.id, ['GET /v2/api/scopes']])
  })
})

describe('a create refused with an unfamiliar answer', () => {
  it('is looked past when another run made the scope meanwhile, then one request', async () => {
    const fake = await start()
    fake.duplicateSuffixRefusal = { status: 400, code: 'BAD_REQUEST', detail: 'Invalid request' }
    fake.inject({ kind: 'meanwhile', act: (f) => seedExample(f) }, { method: 'POST' })
    const { r, paths } = await counted()
    expect([r.exitCode, r.outputs.status]).toEqual([0, 'unchanged'])
    expect(paths).toEqual(['GET /v2/api/scopes', `POST /v2/api/clients/${client.id}/scopes`, 'GET /v2/api/scopes'])
    expect(r.stdout).toMatch(/answered 400 BAD_REQUEST .*Invalid request.*looking the scope up before deciding/)
    expect(fake.scopesOf(client.id)).toHaveLength(1)
    expect((await counted()).paths).toEqual(['GET /v2/api/scopes'])
  })

  it('fails with Globus’ message when the scope still does not exist', async () => {
    const fake = await start()
    fake.inject({ kind: 'status', status: 400, body: '{"errors":[{"detail":"Invalid request"}]}' }, { method: 'POST' })
    const { r, paths } = await counted()
    expect(r.exitCode).toBe(1)
    expect(paths).toHaveLength(4)
    expect(errors(r).at(-1)?.message).toMatch(
      /^Globus Auth answered 400 to POST .*: Invalid request\. No scope of client .* has the suffix "action_all"/,
    )
  })
})

describe('scope strings under the Auth host of another environment', () => {
  it('are found by the first lookup too: created once, then one request in ensure and verify', async () => {
    const fake = await start()
    // As if this environment wrote its own host into scope strings (unverified either way).
    fake.scopeStringHost = new URL(server.url).host
    const created = await counted()
    expect([created.r.outputs.status, created.paths.length]).toEqual(['created', 3])
    expect(created.r.outputs.scope_string).toBe(`https://${fake.scopeStringHost}/scopes/${client.id}/action_all`)
    for (const mode of ['ensure', 'verify']) {
      const { r, paths } = await counted({ mode })
      expect([mode, r.outputs.status, paths]).toEqual([mode, 'unchanged', ['GET /v2/api/scopes']])
    }
    expect(fake.scopesOf(client.id)).toHaveLength(1)
  })
})

describe('the status', () => {
  it('is unchanged, never created, for a scope under a host the action cannot compute', async () => {
    const fake = await start()
    seedExample(fake, { host: OTHER_HOST })
    for (const _ of [1, 2]) {
      const { r } = await counted()
      expect([r.exitCode, r.outputs.status]).toEqual([0, 'unchanged'])
      expect(r.outputs.scope_string).toBe(`https://${OTHER_HOST}/scopes/${client.id}/action_all`)
      expect(r.summary).not.toContain('(none)')
    }
  })

  it('is updated with the real before and after when that scope differs', async () => {
    const fake = await start()
    seedExample(fake, { host: OTHER_HOST, description: 'old words' })
    const { r } = await counted()
    expect(r.outputs.status).toBe('updated')
    expect(r.stdout).toContain('  description: "old words" -> "Run and monitor')
    expect(r.summary).toContain('| description | `"old words"` |')
  })
})

describe('an upper-case client_id', () => {
  it('creates the scope once and then finds it in one request', async () => {
    const fake = await start()
    fake.caseInsensitiveIds = true
    const upper = { client_id: client.id.toUpperCase() }
    const first = await counted(upper)
    expect([first.r.exitCode, first.r.outputs.status, first.paths.length]).toEqual([0, 'created', 3])
    expect(first.r.outputs.scope_string).toBe(`https://auth.globus.org/scopes/${client.id}/action_all`)
    const steady = await counted(upper)
    expect([steady.r.exitCode, steady.r.outputs.status, steady.paths.length]).toEqual([0, 'unchanged', 1])
    expect(fake.scopesOf(client.id)).toHaveLength(1)
  })
})
