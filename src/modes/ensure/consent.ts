// Dependent-scope changes that existing consents do not cover. A consent covers the dependent
// scopes a scope had when it was given: after an added dependent scope, an optional one made
// required, or a refresh token newly required, users and flows must consent again.
import type { DependentScope } from '../../globus/schemas.ts'
import { type Plan, planDependentChanges } from './plan.ts'

type ConsentReason = 'added' | 'now required' | 'now requires a refresh token'

export interface ConsentChange {
  dependent: DependentScope
  reasons: ConsentReason[]
}

/** Empty for a create: nobody has consented to a scope that does not exist yet. */
export function changesNeedingConsent(plan: Plan): ConsentChange[] {
  if (plan.action !== 'update') return []
  return planDependentChanges(plan).flatMap((change): ConsentChange[] => {
    if (change.kind === 'added') return [{ dependent: change.desired, reasons: ['added'] }]
    if (change.kind !== 'changed') return []
    const reasons: ConsentReason[] = []
    if (change.current.optional && !change.desired.optional) reasons.push('now required')
    if (!change.current.requires_refresh_token && change.desired.requires_refresh_token) {
      reasons.push('now requires a refresh token')
    }
    return reasons.length > 0 ? [{ dependent: change.desired, reasons }] : []
  })
}
