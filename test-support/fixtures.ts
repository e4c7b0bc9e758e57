// Scopes as tests need them, built in one place: the scope file's desired scope, the same with
// dependent scopes resolved to ids, and a scope as Globus Auth holds it. Override what a test is about.
import type { DependentScope, Scope } from '../src/globus/schemas.ts'
import type { ResolvedScope } from '../src/modes/ensure/plan.ts'
import type { DesiredScope } from '../src/scope-file/document.ts'
import { GROUPS_SCOPE_STRING } from './fake-globus-auth/store.ts'

const CLIENT_ID = 'dddddddd-0000-4000-8000-000000000004'
const SCOPE_ID = 'cccccccc-0000-4000-8000-000000000003'

/** A dependent scope, required and without a refresh token unless `flags` say otherwise. */
export function dependent(scope: string, flags: Partial<Omit<DependentScope, 'scope'>> = {}): DependentScope {
  return { scope, optional: false, requires_refresh_token: false, ...flags }
}

/** What a scope file declares, every default filled in; it depends on Globus Groups. */
export function desiredScope(overrides: Partial<DesiredScope> = {}): DesiredScope {
  return {
    name: 'My Action Provider',
    description: 'Run my actions',
    scope_suffix: 'action_all',
    dependent_scopes: [dependent(GROUPS_SCOPE_STRING)],
    advertised: false,
    allows_refresh_token: true,
    required_domains: [],
    ...overrides,
  }
}

/** The desired scope with its dependent scopes given by id, as a plan compares it. */
export function resolvedScope(overrides: Partial<ResolvedScope> = {}): ResolvedScope {
  return { ...desiredScope(), dependent_scopes: [], ...overrides } as ResolvedScope
}

/** A scope as Globus Auth answers it, of client CLIENT_ID unless said otherwise. */
export function heldScope(fields: ResolvedScope, overrides: Partial<Scope> = {}): Scope {
  const client = overrides.client ?? CLIENT_ID
  return {
    ...fields,
    id: SCOPE_ID,
    client,
    scope_string: `https://auth.globus.org/scopes/${client}/${fields.scope_suffix}`,
    ...overrides,
  }
}

/** A minimal create body, for tests of the calls rather than of the scope. */
export const NEW_SCOPE = { scope_suffix: 'action_all', name: 'A', description: 'B' }

/** The error a promise rejects with, or undefined when it resolves. */
export function caught<E = Error>(promise: Promise<unknown>): Promise<E | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => error as E,
  )
}
