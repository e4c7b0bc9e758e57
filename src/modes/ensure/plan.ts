// Pure: the desired scope and the current one (or none) -> what to do. Never a delete.
import type { DependentScope, Scope, ScopeWrite } from '../../globus/schemas.ts'

/** The desired scope with every dependent scope resolved to its id: every field a write can send. */
export type ResolvedScope = Required<ScopeWrite>

/** The fields compared with Globus; scope_suffix is the scope's identity and never changes. */
export const COMPARED_FIELDS = [
  'name',
  'description',
  'advertised',
  'allows_refresh_token',
  'required_domains',
  'dependent_scopes',
] as const
type ComparedField = (typeof COMPARED_FIELDS)[number]

export interface Drift<F extends ComparedField = ComparedField> {
  field: F
  current: ResolvedScope[F] | undefined
  desired: ResolvedScope[F]
}

export type Plan =
  | { action: 'create'; drift: Drift[]; write: ScopeWrite & { scope_suffix: string } }
  | { action: 'update'; drift: Drift[]; write: ScopeWrite }
  | { action: 'none'; drift: [] }

export function planScope(desired: ResolvedScope, current: Scope | undefined): Plan {
  if (!current) {
    return {
      action: 'create',
      drift: COMPARED_FIELDS.map((field) => ({ field, current: undefined, desired: desired[field] })),
      write: { ...desired },
    }
  }
  const drift = driftBetween(desired, current)
  if (drift.length === 0) return { action: 'none', drift: [] }
  // Only the changed fields; a changed dependent_scopes list is sent whole, since whether
  // Globus merges or replaces it is unverified.
  const write: ScopeWrite = Object.fromEntries(drift.map((d) => [d.field, d.desired]))
  return { action: 'update', drift, write }
}

export function driftBetween(desired: ResolvedScope, current: Scope): Drift[] {
  return COMPARED_FIELDS.filter((field) => !sameField(field, desired[field], current[field])).map((field) => ({
    field,
    current: current[field],
    desired: desired[field],
  }))
}

/** The drifted fields for a message: `description, dependent_scopes`. */
export function driftedFields(drift: Drift[]): string {
  return drift.map((d) => d.field).join(', ')
}

function sameField<F extends ComparedField>(field: F, a: ResolvedScope[F], b: ResolvedScope[F]): boolean {
  if (field === 'required_domains') return sameSet(a as string[], b as string[], (d) => d.toLowerCase())
  if (field === 'dependent_scopes') {
    return dependentScopeChanges(a as DependentScope[], b as DependentScope[]).length === 0
  }
  return a === b
}

function sameSet<T>(a: T[], b: T[], key: (item: T) => string): boolean {
  const keys = new Set(a.map(key))
  return a.length === b.length && keys.size === new Set(b.map(key)).size && b.every((item) => keys.has(key(item)))
}

export type DependentScopeChange =
  | { kind: 'added'; desired: DependentScope }
  | { kind: 'removed'; current: DependentScope }
  | { kind: 'changed'; current: DependentScope; desired: DependentScope }

/** The plan's drift of dependent_scopes, if they drift (a create: always). */
export function dependentDrift(plan: Plan): Drift<'dependent_scopes'> | undefined {
  // The field names the type of its values (one cast here, none in the callers).
  return plan.drift.find((d) => d.field === 'dependent_scopes') as Drift<'dependent_scopes'> | undefined
}

/** The dependent scopes a plan adds, changes or removes; a create adds every one. */
export function planDependentChanges(plan: Plan): DependentScopeChange[] {
  const drift = dependentDrift(plan)
  if (!drift) return []
  if (plan.action === 'create') return drift.desired.map((desired) => ({ kind: 'added', desired }))
  return dependentScopeChanges(drift.desired, drift.current ?? [])
}

/** Set difference keyed by scope id (ids compared case-insensitively); order never matters. */
export function dependentScopeChanges(desired: DependentScope[], current: DependentScope[]): DependentScopeChange[] {
  const id = (d: DependentScope) => d.scope.toLowerCase()
  const currentById = new Map(current.map((d) => [id(d), d]))
  const desiredIds = new Set(desired.map(id))
  const changes: DependentScopeChange[] = []
  for (const want of desired) {
    const have = currentById.get(id(want))
    if (!have) changes.push({ kind: 'added', desired: want })
    else if (have.optional !== want.optional || have.requires_refresh_token !== want.requires_refresh_token) {
      changes.push({ kind: 'changed', current: have, desired: want })
    }
  }
  for (const have of current) if (!desiredIds.has(id(have))) changes.push({ kind: 'removed', current: have })
  return changes
}
