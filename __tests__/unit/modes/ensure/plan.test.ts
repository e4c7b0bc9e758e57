import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../../src/globus/schemas.ts'
import { dependentScopeChanges, planScope, type ResolvedScope } from '../../../../src/modes/ensure/plan.ts'

const A = 'aaaaaaaa-0000-0000-0000-000000000001'
const B = 'bbbbbbbb-0000-0000-0000-000000000002'

const desired: ResolvedScope = {
  name: 'AP',
  description: 'Runs things',
  scope_suffix: 'action_all',
  dependent_scopes: [
    { scope: A, optional: false, requires_refresh_token: false },
    { scope: B, optional: false, requires_refresh_token: true },
  ],
  advertised: false,
  allows_refresh_token: true,
  required_domains: ['b.org', 'a.org'],
}

const current: Scope = {
  id: 'cccccccc-0000-0000-0000-000000000003',
  client: 'dddddddd-0000-0000-0000-000000000004',
  scope_string: 'https://auth.globus.org/scopes/dddddddd-0000-0000-0000-000000000004/action_all',
  name: 'AP',
  description: 'Runs things',
  dependent_scopes: [
    { scope: B.toUpperCase(), optional: false, requires_refresh_token: true },
    { scope: A, optional: false, requires_refresh_token: false },
  ],
  advertised: false,
  allows_refresh_token: true,
  required_domains: ['A.org', 'b.org'],
}

describe('planScope', () => {
  it('plans a create of every field when there is no scope', () => {
    const plan = planScope(desired, undefined)
    expect(plan.action).toBe('create')
    expect(plan.action === 'create' && plan.write).toEqual(desired)
    expect(plan.drift.map((d) => d.current)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('plans nothing when only the order or case of sets differs', () => {
    expect(planScope(desired, current)).toEqual({ action: 'none', drift: [] })
  })

  it('plans an update of only the changed fields', () => {
    const plan = planScope(desired, { ...current, name: 'Old', advertised: true })
    expect(plan).toEqual({
      action: 'update',
      drift: [
        { field: 'name', current: 'Old', desired: 'AP' },
        { field: 'advertised', current: true, desired: false },
      ],
      write: { name: 'AP', advertised: false },
    })
  })

  it('sends the whole dependent list when one flag changes', () => {
    const flipped = {
      ...current,
      dependent_scopes: [{ scope: A, optional: true, requires_refresh_token: false }, current.dependent_scopes[0]!],
    }
    const plan = planScope(desired, flipped)
    expect(plan.action === 'update' && plan.write).toEqual({ dependent_scopes: desired.dependent_scopes })
  })

  it('sees a dependent scope to remove, and required_domains that differ', () => {
    const plan = planScope(
      { ...desired, dependent_scopes: [desired.dependent_scopes[0]!], required_domains: [] },
      current,
    )
    expect(plan.action === 'update' && Object.keys(plan.write)).toEqual(['required_domains', 'dependent_scopes'])
  })
})

describe('dependentScopeChanges', () => {
  it('lists additions, removals and flag changes as a set difference', () => {
    const changes = dependentScopeChanges(
      [
        { scope: A, optional: true, requires_refresh_token: false },
        { scope: 'new', optional: false, requires_refresh_token: false },
      ],
      current.dependent_scopes,
    )
    expect(changes.map((c) => c.kind)).toEqual(['changed', 'added', 'removed'])
  })
})
