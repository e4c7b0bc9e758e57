// A dependent scope given by id that this client cannot read (another client's, not advertised):
// written as given, said once in a notice, the same dependent scope on every later run, and
// Globus' to refuse. Given by scope string, it cannot become an id: an error that says to write
// the id instead.
import { describe, expect, it } from 'vitest'
import { GlobusAuthError } from '../../../../src/globus/errors.ts'
import { UnknownDependentScopeError } from '../../../../src/modes/ensure/dependent-scopes.ts'
import { CreateRefusedError, ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { NewScopeSuffixError } from '../../../../src/modes/ensure/new-suffix.ts'
import { planDiff } from '../../../../src/report/diff.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_ID, GROUPS_SCOPE_STRING } from '../../../../test-support/fake-globus-auth/store.ts'
import { dependent, desiredScope } from '../../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const notices: string[] = []
const log = { debug() {}, info() {}, notice: (message: string) => notices.push(message) }

/** Another client's scope that is not advertised: this client cannot look it up. */
function hiddenScope() {
  return t.fake.addScope(t.fake.addClient({}).id, { scope_suffix: 'flow_scope', advertised: false })
}

const file = (hidden: string) =>
  desiredScope({ dependent_scopes: [dependent(GROUPS_SCOPE_STRING), dependent(hidden, { optional: true })] })

const writes = () => t.fake.requests.filter((r) => r.method !== 'GET')

describe('a dependent scope given by id that this client cannot read', () => {
  it('is written as given, with one notice naming the id and where the file says it', async () => {
    notices.length = 0
    const hidden = hiddenScope()
    const result = await ensureScope(t.auth(), file(hidden.id), 'ensure', log)
    expect(result.status).toBe('created')
    expect(t.fake.scopesOf(t.client.id)[0]?.dependent_scopes).toEqual([
      { scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false },
      { scope: hidden.id, optional: true, requires_refresh_token: false },
    ])
    expect(notices).toEqual([
      `Globus Auth did not show the dependent scope ${hidden.id} (scope.dependent_scopes[1].scope) to this client: ` +
        'it is not advertised, or belongs to another project. It is written and shown by id, and Globus Auth ' +
        'decides whether to accept it.',
    ])
    // The lookup by id, once: by string, the client's list, the id, the create, the read-back.
    expect(t.fake.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'POST', 'GET'])
  })

  it('is the same dependent scope on every later run: unchanged in one request, verify passes, no notice', async () => {
    const hidden = hiddenScope()
    await ensureScope(t.auth(), file(hidden.id), 'ensure', log)
    notices.length = 0
    for (const mode of ['ensure', 'verify', 'plan'] as const) {
      const auth = t.auth()
      const result = await ensureScope(auth, file(hidden.id.toUpperCase()), mode, log)
      expect([mode, result.status, auth.requestCount]).toEqual([mode, 'unchanged', 1])
    }
    expect(notices).toEqual([])
  })

  it('shows in a plan by id, looked up once', async () => {
    notices.length = 0
    const hidden = hiddenScope()
    const auth = t.auth()
    const result = await ensureScope(auth, file(hidden.id), 'plan', log)
    expect(result.status).toBe('would-create')
    // Nothing is written in a plan: the notice says what a write would do.
    expect(notices).toEqual([
      `Globus Auth did not show the dependent scope ${hidden.id} (scope.dependent_scopes[1].scope) to this client: ` +
        'it is not advertised, or belongs to another project. It is shown by id; mode ensure writes it as given, ' +
        'and Globus Auth decides whether to accept it.',
    ])
    expect(planDiff(result.plan, result.knownScopes).map((l) => l.value)).toContain(JSON.stringify(hidden.id))
    // By string, the client's list, the ids: naming the plan asks no more.
    expect(auth.requestCount).toBe(3)
    expect(t.fake.requests.filter((r) => r.query.ids?.includes(hidden.id))).toHaveLength(1)
    expect(writes()).toEqual([])
  })

  it('is added to an existing scope by an update', async () => {
    notices.length = 0
    const hidden = hiddenScope()
    await ensureScope(t.auth(), desiredScope(), 'ensure', log)
    const result = await ensureScope(t.auth(), file(hidden.id), 'ensure', log)
    expect(result.status).toBe('updated')
    expect(result.scope?.dependent_scopes.map((d) => d.scope)).toEqual([GROUPS_SCOPE_ID, hidden.id])
    expect(notices).toHaveLength(1)
  })
})

describe('a create refused before the write', () => {
  it('for its suffix, gives no notice that the dependent scope is written', async () => {
    notices.length = 0
    const hidden = hiddenScope()
    const declared = { ...file(hidden.id), scope_suffix: 'Send-Email' }
    const error = await ensureScope(t.auth(), declared, 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(NewScopeSuffixError)
    expect([notices, writes()]).toEqual([[], []])
  })
})

describe('a dependent scope id that names no scope at all', () => {
  const nowhere = '11111111-2222-4333-8444-555555555555'

  it('fails with Globus’ refusal of the update, when Globus refuses it', async () => {
    await ensureScope(t.auth(), desiredScope(), 'ensure', log)
    const error = await ensureScope(t.auth(), file(nowhere), 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(GlobusAuthError)
    expect(error.message).toMatch(/^Globus Auth answered 404 NOT_FOUND to PUT \/v2\/api\/scopes\/\S+: Dependent scope/)
  })

  it('fails a create with Globus’ refusal, and creates nothing', async () => {
    const error = await ensureScope(t.auth(), file(nowhere), 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(CreateRefusedError)
    expect(error.message).toContain(
      `answered 404 NOT_FOUND to POST /v2/api/clients/${t.client.id}/scopes: Dependent scope ${nowhere} not found`,
    )
    expect(t.fake.scopesOf(t.client.id)).toEqual([])
  })

  it('is written, and then unchanged, when Globus accepts it', async () => {
    t.fake.unknownDependentScopes = 'accepted'
    expect((await ensureScope(t.auth(), file(nowhere), 'ensure', log)).status).toBe('created')
    const auth = t.auth()
    expect([(await ensureScope(auth, file(nowhere), 'verify', log)).status, auth.requestCount]).toEqual([
      'unchanged',
      1,
    ])
  })
})

describe('a dependent scope given by scope string that this client cannot read', () => {
  it('fails before any write, saying to write its id instead', async () => {
    const hidden = hiddenScope()
    const error = await ensureScope(t.auth(), file(hidden.scope_string), 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(UnknownDependentScopeError)
    expect(error.message).toContain(
      `scope.dependent_scopes[1].scope: no Globus Auth scope with the scope string "${hidden.scope_string}" was found, ` +
        'or it is not visible to this client',
    )
    expect(error.message).toContain("write the scope's id instead (its owner can read it")
    expect(writes()).toEqual([])
  })
})
