// When a check of verify's deploy gate runs (provider_url, the stand-in caller): plan and ensure
// come before the deploy, so they only say the check is for verify; verify runs it once the scope
// itself matches the file (a scope that does not fails verify already).
import type { Scope } from '../globus/schemas.ts'
import type { EnsureResult } from '../modes/ensure/ensure.ts'

export type GateStep =
  | { kind: 'not-checked'; mode: 'plan' | 'ensure' }
  | { kind: 'not-run' }
  /** The scope as Globus holds it, matching the file. */
  | { kind: 'run'; scope: Scope }

export function gateStep(result: EnsureResult): GateStep {
  if (result.mode !== 'verify') return { kind: 'not-checked', mode: result.mode }
  return result.status === 'unchanged' && result.scope ? { kind: 'run', scope: result.scope } : { kind: 'not-run' }
}
