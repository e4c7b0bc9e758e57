// The suffix rule for a new scope. An existing scope keeps the suffix it was made with (the older
// guide allowed any string), so the scope file takes any one-word suffix; only a create must keep
// the rule Globus documents today, and the action says so before anything is written.
import type { NamedScope } from '../../globus/schemas.ts'
import { SCOPE_SUFFIX, suffixOf } from '../../globus/scope-string.ts'
import type { ScopeMode } from '../../settings/modes.ts'

/** Where the rule's problem stands in the scope file. */
export const SUFFIX_PATH = ['scope', 'scope_suffix']

/** A create whose suffix Globus' current rule refuses: nothing was sent. */
export class NewScopeSuffixError extends Error {
  override name = 'NewScopeSuffixError'
  /** The problem as the scope file's field says it, without the field's name. */
  readonly problem: string
  constructor(problem: string) {
    super(`scope_suffix ${problem}. Nothing was changed.`)
    this.problem = problem
  }
}

/**
 * Before a create (or a plan of one): the suffix must keep the rule for a new scope. `others` are
 * the client's scopes: one whose suffix differs only in case is the one the file most likely means.
 */
export function assertNewScopeSuffix(suffix: string, clientId: string, mode: ScopeMode, others: NamedScope[]): void {
  if (SCOPE_SUFFIX.test(suffix)) return
  const outcome =
    mode === 'ensure' ? 'Globus Auth would refuse the create, so it was not sent' : 'a create would be refused'
  const sameButCase = others
    .map((scope) => suffixOf(scope.scope_string))
    .find((other) => other?.toLowerCase() === suffix.toLowerCase())
  const advice = sameButCase
    ? `The client has a scope with the suffix ${JSON.stringify(sameButCase)}, which differs only in case: to ` +
      'manage it, write scope_suffix exactly so'
    : `For a new scope write a suffix such as ${JSON.stringify(followingTheRule(suffix))}; for an existing one, ` +
      'check that scope_suffix is written exactly as in its scope string and that client_id is the client that owns it'
  throw new NewScopeSuffixError(
    `${JSON.stringify(suffix)} is not the suffix of a scope of client ${clientId}, and a new scope's suffix ` +
      `may use only lowercase letters, digits and underscores: ${outcome}. ${advice}`,
  )
}

/** The suffix as the rule for a new scope would have it: a suggestion, never applied. */
function followingTheRule(suffix: string): string {
  return suffix.toLowerCase().replace(/[^a-z0-9_]+/g, '_')
}
