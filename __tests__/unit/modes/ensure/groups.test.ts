// The Groups warning in every environment: decided by the id Globus answers for the Groups scope
// string in the one lookup, never by production's id.
import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../../src/globus/schemas.ts'
import { ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { leavesOutGroups } from '../../../../src/modes/ensure/groups.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import {
  GROUPS_SCOPE_ID,
  GROUPS_SCOPE_STRING,
  SANDBOX_GROUPS_SCOPE_ID,
  TRANSFER_SCOPE_STRING,
} from '../../../../test-support/fake-globus-auth/store.ts'
import { desiredScope } from '../../../../test-support/fixtures.ts'

const log = { debug() {}, info() {} }
const dep = (scope: string) => ({ scope, optional: false, requires_refresh_token: false })

describe('leavesOutGroups', () => {
  const groups = { id: SANDBOX_GROUPS_SCOPE_ID.toUpperCase(), scope_string: GROUPS_SCOPE_STRING } as Scope

  it('compares with the id Globus answered, whatever its case', () => {
    expect(leavesOutGroups([], [dep(SANDBOX_GROUPS_SCOPE_ID)], [groups])).toBe(false)
    expect(leavesOutGroups([], [dep(GROUPS_SCOPE_ID)], [groups])).toBe(true)
  })

  it('falls back to the file’s words when Globus did not answer for the Groups string', () => {
    expect(leavesOutGroups([dep(GROUPS_SCOPE_STRING)], [dep('')], [])).toBe(false)
    // Production's id decides nothing, even where it would have been right.
    expect(leavesOutGroups([dep(GROUPS_SCOPE_ID)], [dep(GROUPS_SCOPE_ID)], [])).toBe(true)
  })
})

describe('the Groups scope in the sandbox', () => {
  const t = useFakeGlobusAuth({ environment: 'sandbox' })

  const file = (...scopes: string[]) => desiredScope({ dependent_scopes: scopes.map(dep) })

  it('is found by its scope string in the same single lookup, named by id or by string', async () => {
    for (const named of [SANDBOX_GROUPS_SCOPE_ID, GROUPS_SCOPE_STRING]) {
      t.fake.requests.length = 0
      const result = await ensureScope(t.auth(), file(named, TRANSFER_SCOPE_STRING), 'plan', log)
      expect(result.missingGroups).toBe(false)
      expect(result.desired.dependent_scopes[0]?.scope).toBe(SANDBOX_GROUPS_SCOPE_ID)
      const lookups = t.fake.requests.filter((r) => r.query.scope_strings || r.query.ids)
      expect(lookups.map((r) => r.query)).toEqual([
        { scope_strings: [result.scopeString, GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING].join(',') },
      ])
    }
  })

  it('stays one request in the steady state with the sandbox id in the file', async () => {
    await ensureScope(t.auth(), file(SANDBOX_GROUPS_SCOPE_ID), 'ensure', log)
    t.fake.requests.length = 0
    const result = await ensureScope(t.auth(), file(SANDBOX_GROUPS_SCOPE_ID), 'ensure', log)
    expect(result).toMatchObject({ status: 'unchanged', missingGroups: false })
    expect(t.fake.requests).toHaveLength(1)
    expect(t.fake.requests[0]?.authenticated).toBe(true)
  })

  it('warns when the file leaves Groups out, even for a scope that has production’s Groups id here', async () => {
    const other = t.fake.addClient({})
    t.fake.addScope(other.id, { id: GROUPS_SCOPE_ID, scope_suffix: 'lookalike', advertised: true })
    const result = await ensureScope(t.auth(), file(GROUPS_SCOPE_ID), 'plan', log)
    expect(result.missingGroups).toBe(true)
  })

  it('falls back to the file when the Groups scope is not visible to this client', async () => {
    t.fake.visibility = 'owner-or-advertised'
    t.fake.scopes.get(SANDBOX_GROUPS_SCOPE_ID)!.advertised = false
    const error = await ensureScope(t.auth(), file(GROUPS_SCOPE_STRING), 'plan', log).catch((e) => e)
    // Not visible is not missing: the file names it, so the problem is the lookup, said as such.
    expect(error.message).toContain('was found, or it is not visible to this client')
    expect(error.message).toContain('ask its owner to advertise it')
    const result = await ensureScope(t.auth(), file(), 'plan', log)
    expect(result.missingGroups).toBe(true)
  })
})
