// UUIDs are case-insensitive: a client id or a dependent scope id in upper case is the same one.
import { beforeEach, describe, expect, it } from 'vitest'
import { ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import { dependent, desiredScope } from '../../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const log = { debug() {}, info() {} }

const file = (scope: string) => desiredScope({ dependent_scopes: [dependent(scope)] })

beforeEach(() => {
  t.fake.caseInsensitiveIds = true
})

const upper = () => t.auth({ clientId: t.client.id.toUpperCase() })

describe('an upper-case client_id', () => {
  it('creates once and then finds its own scope in one request', async () => {
    const created = await ensureScope(upper(), file(t.fake.groupsScopeId.toUpperCase()), 'ensure', log)
    expect(created.status).toBe('created')
    expect(created.scopeString).toBe(`https://auth.globus.org/scopes/${t.client.id}/action_all`)
    t.fake.requests.length = 0
    const again = await ensureScope(upper(), file(t.fake.groupsScopeId), 'ensure', log)
    expect(again).toMatchObject({ status: 'unchanged', missingGroups: false })
    expect(t.fake.requests).toHaveLength(1)
    expect(t.fake.requests[0]?.query.scope_strings?.split(',')[0]).toBe(created.scopeString)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
  })

  it('owns its scope found through the client’s scopes after a refused create', async () => {
    t.fake.addScope(t.client.id, {
      scope_suffix: 'action_all',
      scope_string: `https://auth.sandbox.globuscs.info/scopes/${t.client.id}/action_all`,
    })
    const result = await ensureScope(upper(), file(t.fake.groupsScopeId), 'ensure', log)
    expect(result.status).toBe('updated')
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
  })

  it('still refuses a scope that belongs to another client', async () => {
    const other = t.fake.addClient({})
    t.fake.addScope(other.id, {
      scope_suffix: 'action_all',
      scope_string: `https://auth.globus.org/scopes/${t.client.id}/action_all`,
      // Advertised, so the lookup by scope string shows it to this client.
      advertised: true,
    })
    const error = await ensureScope(upper(), file(t.fake.groupsScopeId), 'ensure', log).catch((e) => e)
    expect(error.message).toContain(`belongs to client ${other.id}, not to ${t.client.id.toUpperCase()}`)
    expect(t.fake.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})

describe('dependent scope ids in any case', () => {
  it('plan nothing when only the case differs from what Globus holds', async () => {
    await ensureScope(t.auth(), file(t.fake.groupsScopeId), 'ensure', log)
    const stored = t.fake.scopesOf(t.client.id)[0]!
    stored.dependent_scopes = [
      { scope: t.fake.groupsScopeId.toUpperCase(), optional: false, requires_refresh_token: false },
    ]
    t.fake.requests.length = 0
    const result = await ensureScope(t.auth(), file(t.fake.groupsScopeId.toUpperCase()), 'ensure', log)
    expect(result.status).toBe('unchanged')
    expect(t.fake.requests).toHaveLength(1)
  })
})
