// Declared dependent scopes (by id or by scope string) -> ids, failing before any write when
// one cannot be found. Globus answers a lookup only with scopes the caller may see (its own,
// its clients', advertised ones), so "not found" may mean "not visible": messages say both.
import type { DependentScope, NamedScope, Scope } from '../../globus/schemas.ts'
import { isUuid } from '../../globus/scope-string.ts'
import type { DeclaredDependentScope } from '../../scope-file/document.ts'
import { fieldPath } from '../../text/field-path.ts'
import { dependentDrift, type Plan } from './plan.ts'

const HIDDEN = ' (Globus shows a scope only to its owner, or to everyone when it is advertised)'

/** Only names are needed of a dependent scope: its id and its scope string. */
type IdLookup = { findScopesById: (ids: string[]) => Promise<NamedScope[]> }

export interface UnknownDependentScope {
  /** Where it stands in the scope file, e.g. ['scope', 'dependent_scopes', 1, 'scope']. */
  path: (string | number)[]
  message: string
}

export class UnknownDependentScopeError extends Error {
  override name = 'UnknownDependentScopeError'
  readonly problems: UnknownDependentScope[]
  constructor(problems: UnknownDependentScope[]) {
    const lines = problems.map((p) => `  ${fieldPath(p.path)}: ${p.message}`)
    super(`Unknown dependent scope${problems.length > 1 ? 's' : ''}; nothing was changed:\n${lines.join('\n')}`)
    this.problems = problems
  }
}

/**
 * Resolve every declared dependent scope to its id. `known` holds scopes already fetched (the
 * lookup by scope string); ids the current scope already depends on need no request, so only
 * new ids are looked up, in one request. Adds what it fetched to `known`.
 */
export async function resolveDependentScopes(
  declared: DeclaredDependentScope[],
  known: Map<string, NamedScope>,
  current: Scope | undefined,
  auth: IdLookup,
): Promise<DependentScope[]> {
  const byString = new Map([...known.values()].map((s) => [s.scope_string, s.id.toLowerCase()]))
  const alreadyDependent = new Set(current?.dependent_scopes.map((d) => d.scope.toLowerCase()))
  const problems: UnknownDependentScope[] = []
  const at = (index: number) => ['scope', 'dependent_scopes', index, 'scope']

  const resolved = declared.map((entry, index) => {
    const id = isUuid(entry.scope) ? entry.scope.toLowerCase() : byString.get(entry.scope)
    if (id === undefined) {
      problems.push({
        path: at(index),
        message:
          `no Globus Auth scope with the scope string "${entry.scope}" was found, or it is not visible to this client${HIDDEN}; ` +
          `check its spelling or give its scope id, and if the scope is another client's, ask its owner to advertise it`,
      })
    }
    return {
      index,
      dependent: { scope: id ?? '', optional: entry.optional, requires_refresh_token: entry.requires_refresh_token },
    }
  })

  const unchecked = resolved.filter(
    ({ dependent }) => dependent.scope && !alreadyDependent.has(dependent.scope) && !known.has(dependent.scope),
  )
  // Dependent scopes the file drops are named by scope string in the log and summary; they ride
  // along in the same lookup, so naming them costs at most that one request.
  const kept = new Set(resolved.map(({ dependent }) => dependent.scope))
  const dropped = [...alreadyDependent].filter((id) => !kept.has(id) && !known.has(id) && isUuid(id))
  // Looked up even when a scope string is already unknown, so one run reports every problem.
  if (unchecked.length + dropped.length > 0) {
    const found = await auth.findScopesById([...unchecked.map(({ dependent }) => dependent.scope), ...dropped])
    for (const scope of found) known.set(scope.id.toLowerCase(), scope)
    for (const { index, dependent } of unchecked) {
      if (!known.has(dependent.scope)) {
        problems.push({
          path: at(index),
          message:
            `no Globus Auth scope with the id ${dependent.scope} was found, or it is not visible to this client${HIDDEN}; ` +
            `check the id, and if the scope is another client's, ask its owner to advertise it`,
        })
      }
    }
  }
  // The same scope twice (an id in two cases, or by id and by scope string) with other flags
  // would send Globus a contradiction; the file's own check compares only the text.
  const firstAt = new Map<string, number>()
  for (const { index, dependent } of resolved) {
    if (!dependent.scope) continue
    const first = firstAt.get(dependent.scope)
    if (first === undefined) firstAt.set(dependent.scope, index)
    else {
      problems.push({
        path: at(index),
        message: `is the same scope as scope.dependent_scopes[${first}] (id ${dependent.scope}); list it once`,
      })
    }
  }
  if (problems.length > 0)
    throw new UnknownDependentScopeError(problems.sort((a, b) => Number(a.path[2]) - Number(b.path[2])))
  return resolved.map(({ dependent }) => dependent)
}

/** One lookup for the dependent scopes a plan shows only by id (read-only modes). */
export async function nameDependentScopes(auth: IdLookup, plan: Plan, known: Map<string, NamedScope>): Promise<void> {
  const drift = dependentDrift(plan)
  const listed = [...(drift?.current ?? []), ...(drift?.desired ?? [])]
  const unnamed = [...new Set(listed.map((d) => d.scope.toLowerCase()))].filter((id) => !known.has(id))
  for (const scope of await auth.findScopesById(unnamed)) known.set(scope.id.toLowerCase(), scope)
}
