// A client with registered domains holds one scope per domain beside its own: the action keeps
// only the /scopes/<client_id>/<suffix> one, names the others, and stays one request when all is right.
import { beforeEach, describe, expect, it } from 'vitest'
import { ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { advertisedScope, findInClientScopes } from '../../../../src/modes/ensure/own-scope.ts'
import { resultLines } from '../../../../src/report/lines.ts'
import { renderSummary } from '../../../../src/report/summary.ts'
import { Redactor } from '../../../../src/text/redact.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import type { FakeClient } from '../../../../test-support/fake-globus-auth/store.ts'
import { desiredScope } from '../../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const log = { debug() {}, info() {} }
let client: FakeClient

const desired = desiredScope()

beforeEach(() => {
  client = t.fake.addClient({ fqdns: ['ap.example.org'] })
})

/** The scope as Globus makes it for this client: the domain one first. */
function createAsGlobus(host = 'auth.globus.org') {
  t.fake.scopeStringHost = host
  return t.fake.createScopes(client.id, {
    ...desired,
    dependent_scopes: [{ scope: t.fake.groupsScopeId, optional: false, requires_refresh_token: false }],
  })
}

const auth = () => t.auth({ clientId: client.id, clientSecret: client.secret })
const summaryOf = (result: Awaited<ReturnType<typeof ensureScope>>) =>
  renderSummary(
    { result, error: undefined, scopeFile: 'f.json', authUrl: 'https://auth.globus.org', requests: 1 },
    new Redactor(),
  )

describe('registered domains', () => {
  it('stay out of the steady state: one request finds the client’s own scope', async () => {
    const [, own] = createAsGlobus()
    const result = await ensureScope(auth(), desired, 'ensure', log)
    expect(result).toMatchObject({ status: 'unchanged', scopeString: own?.scope_string, variants: [] })
    expect(t.fake.requests).toHaveLength(1)
  })

  it('are named, and the client’s own scope chosen, when the lookup goes through the client’s scopes', async () => {
    const [domain, own] = createAsGlobus('auth.sandbox.globuscs.info')
    for (const mode of ['verify', 'ensure'] as const) {
      const result = await ensureScope(auth(), desired, mode, log)
      expect(result).toMatchObject({ status: 'unchanged', scopeString: own?.scope_string })
      expect(result.variants.map((v) => v.id)).toEqual([domain?.id])
      expect(resultLines(result).at(-1)).toBe(
        `Globus Auth also holds ${domain?.scope_string} (id ${domain?.id}) with the same ` +
          'scope suffix (one per registered domain of the client); this action keeps only ' +
          `${own?.scope_string} as the file says and leaves the others as they are.`,
      )
      expect(summaryOf(result)).toContain(
        `> [!NOTE]\n> Globus Auth also holds \`${domain?.scope_string}\` with the same scope suffix`,
      )
    }
  })

  it('are updated never: only the chosen scope is brought in line with the file', async () => {
    const [domain, own] = createAsGlobus('auth.sandbox.globuscs.info')
    for (const scope of [domain, own]) if (scope) scope.description = 'old'
    const result = await ensureScope(auth(), { ...desired }, 'ensure', log)
    expect(result.status).toBe('updated')
    expect(result.plan.drift).toEqual([{ field: 'description', current: 'old', desired: desired.description }])
    expect([domain?.description, own?.description]).toEqual(['old', desired.description])
    expect(t.fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([`/v2/api/scopes/${own?.id}`])
  })

  it('choose the client-form scope from a create answer that lists the domain ones first', async () => {
    t.fake.clients.get(client.id)!.fqdns = ['ap.example.org']
    const result = await ensureScope(auth(), desired, 'ensure', log)
    expect(result.status).toBe('created')
    expect(result.scopeString).toBe(`https://auth.globus.org/scopes/${client.id}/action_all`)
    expect(result.variants.map((v) => v.scope_string)).toEqual([
      'https://auth.globus.org/scopes/ap.example.org/action_all',
    ])
    expect(summaryOf(result)).toContain('> [!NOTE]')
  })
})

describe('advertisedScope', () => {
  it('takes only a scope Globus names as this client’s, never one whose answer names no owner', async () => {
    const other = t.fake.addClient({})
    const theirs = t.fake.addScope(other.id, { scope_suffix: 'action_all', advertised: true })
    const want = { clientId: client.id, suffix: 'action_all' }
    expect(await advertisedScope(auth(), want, theirs.scope_string)).toBe('not-own')
    for (const value of [null, 'not-a-uuid', 42]) {
      t.fake.inject({ kind: 'field', path: ['scopes', 0, 'client'], value }, { method: 'GET' })
      expect(await advertisedScope(auth(), want, theirs.scope_string)).toBe('not-own')
    }
    // The client form of another client is never this one's, whatever an answer says.
    t.fake.requests.length = 0
    t.fake.inject({ kind: 'field', path: ['scopes', 0, 'client'], value: client.id }, { method: 'GET' })
    expect(await advertisedScope(auth(), want, theirs.scope_string)).toBe('not-own')
    expect(t.fake.requests).toEqual([])
  })

  it('takes this client’s domain variant, in one lookup', async () => {
    const [domain] = createAsGlobus()
    t.fake.requests.length = 0
    const want = { clientId: client.id, suffix: 'action_all' }
    expect(await advertisedScope(auth(), want, domain?.scope_string ?? '')).toBe('this-scope')
    expect(t.fake.requests).toHaveLength(1)
  })

  it('tells another scope of this client (a rollout from it) from a string that is no scope of it, in one lookup each', async () => {
    const old = t.fake.addScope(client.id, { scope_suffix: 'action_old' })
    const want = { clientId: client.id, suffix: 'action_all' }
    t.fake.requests.length = 0
    expect(await advertisedScope(auth(), want, old.scope_string)).toBe('another-scope')
    expect(await advertisedScope(auth(), want, old.scope_string.slice(0, -1))).toBe('not-own')
    expect(await advertisedScope(auth(), want, old.scope_string.replace('globus', 'gl\u043ebus'))).toBe('not-own')
    expect(t.fake.requests).toHaveLength(3)
  })
})

describe('the client’s own list', () => {
  it('counts each scope once, however often the answer lists its id', async () => {
    const [domain, own] = createAsGlobus('auth.sandbox.globuscs.info')
    const old = t.fake.addScope(client.id, { scope_suffix: 'old_one' })
    const ids = [domain?.id, own?.id, old.id]
    t.fake.inject(
      { kind: 'field', path: ['client', 'scopes'], value: [...ids, ...ids, ...ids, own?.id] },
      { method: 'GET', path: /clients/ },
    )
    const located = await findInClientScopes(auth(), { clientId: client.id, suffix: 'action_all' })
    expect(located.scope?.id).toBe(own?.id)
    expect(located.variants.map((v) => v.id)).toEqual([domain?.id])
    expect(located.others.map((o) => o.id)).toEqual([old.id])
  })
})
