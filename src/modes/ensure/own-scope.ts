// Finding the client's own scope with the declared suffix when the computed scope string did not
// find it: after a create that did not settle, or in read-only modes.
import { type AuthClient, mayBeOwn, ownScope } from '../../globus/client.ts'
import type { NamedScope, Scope, ScopeRef } from '../../globus/schemas.ts'
import { chooseScope, type ScopeWanted } from './scope-choice.ts'

/** The chosen scope of this client (if any), whole, and its domain variants, by name. */
export interface Located {
  scope: Scope | undefined
  variants: NamedScope[]
}

/** The client's scope with this suffix: by scope string first, then through the client's own list. */
export async function findOwnScope(auth: AuthClient, target: string, want: ScopeWanted): Promise<Located> {
  const byString = (await auth.findScopesByString([target])).filter(isOwn(auth))
  const { chosen } = chooseScope(byString, want)
  return chosen ? { scope: ownScope(chosen), variants: [] } : findInClientScopes(auth, want)
}

/** The client's scope with this suffix, whatever its scope string, and its domain variants. */
export async function findInClientScopes(auth: AuthClient, want: ScopeWanted): Promise<Located> {
  const ids = await auth.getClientScopeIds()
  const own = (await auth.findScopesById(ids)).filter(isOwn(auth))
  const { chosen, variants } = chooseScope(own, want)
  return { scope: chosen && ownScope(chosen), variants }
}

export const isOwn = (auth: AuthClient) => (scope: ScopeRef) => mayBeOwn(scope, auth.clientId)
