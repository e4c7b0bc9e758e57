// Declared dependent scopes (by id or by scope string) -> ids. Globus answers a lookup only with
// scopes the caller may see (its own, its clients', advertised ones), so "not found" may mean "not
// visible". A scope string that is not found cannot become an id: that fails before any write. An
// id that is not found is written as given: whether it may be a dependent scope is Globus' to say.
import type { DependentScope, NamedScope, Scope } from '../../globus/schemas.ts'
import { findableByString, isUuid } from '../../globus/scope-string.ts'
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

/** A dependent scope given by id that the lookup did not show this client: written as given. */
export interface UnreadDependentScope {
  id: string
  /** Where it stands in the scope file. */
  path: (string | number)[]
}

/** The declared dependent scopes as ids, and those of them this client could not read. */
export interface ResolvedDependents {
  dependents: DependentScope[]
  unread: UnreadDependentScope[]
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
): Promise<ResolvedDependents> {
  const byString = new Map([...known.values()].map((s) => [s.scope_string, s.id.toLowerCase()]))
  const alreadyDependent = new Set(current?.dependent_scopes.map((d) => d.scope.toLowerCase()))
  const problems: UnknownDependentScope[] = []
  const unread: UnreadDependentScope[] = []
  const at = (index: number) => ['scope', 'dependent_scopes', index, 'scope']

  const resolved = declared.map((entry, index) => {
    const id = isUuid(entry.scope) ? entry.scope.toLowerCase() : byString.get(entry.scope)
    if (id === undefined && !findableByString(entry.scope)) {
      problems.push({
        path: at(index),
        message:
          `the scope string "${entry.scope}" holds a comma, which a Globus Auth lookup reads as a list of scope ` +
          `strings, so no lookup can find it; write the scope's id instead (its owner can read it)`,
      })
    } else if (id === undefined) {
      problems.push({
        path: at(index),
        message:
          `no Globus Auth scope with the scope string "${entry.scope}" was found, or it is not visible to this client${HIDDEN}; ` +
          `check its spelling, or write the scope's id instead (its owner can read it; a dependent scope given by id ` +
          `is written as given), or ask its owner to advertise it`,
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
      if (!known.has(dependent.scope)) unread.push({ id: dependent.scope, path: at(index) })
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
  return { dependents: resolved.map(({ dependent }) => dependent), unread }
}

/**
 * The one notice of a run for the dependent scopes given by id that this client could not read.
 * Only ensure writes: the read-only modes say what a write would do.
 */
export function unreadNotice(unread: UnreadDependentScope[], writes: boolean): string {
  const one = unread.length === 1
  const named = unread.map((u) => `${u.id} (${fieldPath(u.path)})`).join(', ')
  const [it, They] = one ? ['it', 'It is'] : ['them', 'They are']
  return (
    `Globus Auth did not show ${one ? 'the dependent scope' : 'the dependent scopes'} ${named} to this client: ` +
    `${one ? 'it is' : 'they are'} not advertised, or belong${one ? 's' : ''} to another project. ` +
    (writes
      ? `${They} written and shown by id, and Globus Auth decides whether to accept ${it}.`
      : `${They} shown by id; mode ensure writes ${it} as given, and Globus Auth decides whether to accept ${it}.`)
  )
}

/**
 * One lookup for the dependent scopes a plan shows only by id (read-only modes); the ones this run
 * already looked up in vain (`unread`) are not asked again.
 */
export async function nameDependentScopes(
  auth: IdLookup,
  plan: Plan,
  known: Map<string, NamedScope>,
  unread: UnreadDependentScope[],
): Promise<void> {
  const drift = dependentDrift(plan)
  const asked = new Set(unread.map((u) => u.id))
  const listed = [...(drift?.current ?? []), ...(drift?.desired ?? [])].map((d) => d.scope.toLowerCase())
  const unnamed = listed.filter((id) => !known.has(id) && !asked.has(id))
  for (const scope of await auth.findScopesById(unnamed)) known.set(scope.id.toLowerCase(), scope)
}
