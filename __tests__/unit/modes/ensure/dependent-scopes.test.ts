// The same dependent scope listed twice, in forms the file's own check cannot tell apart.
import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../../src/globus/schemas.ts'
import { resolveDependentScopes, UnknownDependentScopeError } from '../../../../src/modes/ensure/dependent-scopes.ts'
import { ScopeFileError } from '../../../../src/scope-file/problems.ts'
import { parseScopeFile } from '../../../../src/scope-file/read.ts'

const GROUPS_ID = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'
const GROUPS = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'
const groups = { id: GROUPS_ID, scope_string: GROUPS } as Scope
const noLookups = { findScopesById: async () => [] as Scope[] }
const entry = (scope: string, optional: boolean) => ({ scope, optional, requires_refresh_token: false })

describe('a dependent scope listed twice', () => {
  it('by id in two cases is refused by the file check, at the second', () => {
    const text = JSON.stringify({
      scope: {
        name: 'AP',
        description: 'd',
        scope_suffix: 'action_all',
        dependent_scopes: [entry(GROUPS_ID, false), entry(GROUPS_ID.toUpperCase(), true)],
      },
    })
    const error = (() => {
      try {
        parseScopeFile(text, 'f.json')
      } catch (e) {
        return e as ScopeFileError
      }
    })()
    expect(error).toBeInstanceOf(ScopeFileError)
    expect(error?.problems.map((p) => p.field)).toEqual(['scope.dependent_scopes[1]'])
  })

  it('by scope string and by id is refused before any write, at the second', async () => {
    const known = new Map([[GROUPS_ID, groups]])
    const error = await resolveDependentScopes(
      [entry(GROUPS, false), entry(GROUPS_ID, true)],
      known,
      undefined,
      noLookups,
    ).catch((e) => e)
    expect(error).toBeInstanceOf(UnknownDependentScopeError)
    expect(error.problems).toEqual([
      {
        path: ['scope', 'dependent_scopes', 1, 'scope'],
        message: `is the same scope as scope.dependent_scopes[0] (id ${GROUPS_ID}); list it once`,
      },
    ])
  })
})

describe('a dependent scope string that holds a comma', () => {
  it('is refused before any write, saying that no lookup can find it and to write its id', async () => {
    const legacy = 'https://auth.globus.org/scopes/aaaaaaaa-0000-4000-8000-00000000000a/send,email'
    const error = await resolveDependentScopes([entry(legacy, false)], new Map(), undefined, noLookups).catch((e) => e)
    expect(error).toBeInstanceOf(UnknownDependentScopeError)
    expect(error.problems).toEqual([
      {
        path: ['scope', 'dependent_scopes', 0, 'scope'],
        message:
          `the scope string "${legacy}" holds a comma, which a Globus Auth lookup reads as a list of scope strings, ` +
          "so no lookup can find it; write the scope's id instead (its owner can read it)",
      },
    ])
  })
})
