// Finding the client's own scope with the declared suffix when the computed scope string did not
// find it (before a create, after a create that did not settle, in read-only modes), and the
// client's scopes with other suffixes: a new suffix means a second scope.
import { type AuthClient, mayBeOwn, ownScope } from '../../globus/client.ts'
import type { NamedScope, Scope, ScopeRef } from '../../globus/schemas.ts'
import { clientNamedIn, hasSuffix, sameId } from '../../globus/scope-string.ts'
import type { AdvertisedScope } from '../../provider/description.ts'
import { chooseScope, type ScopeWanted } from './scope-choice.ts'

/** The chosen scope of this client (if any), whole, and its domain variants, by name. */
export interface Located {
  scope: Scope | undefined
  variants: NamedScope[]
  /** The client's scopes with another suffix, when its own list was read (else empty). */
  others: NamedScope[]
}

/** The client's scope with this suffix: by scope string first, then through the client's own list. */
export async function findOwnScope(auth: AuthClient, target: string, want: ScopeWanted): Promise<Located> {
  const byString = (await auth.findScopesByString([target])).filter(isOwn(auth))
  const { chosen } = chooseScope(byString, want)
  return chosen ? { scope: ownScope(chosen), variants: [], others: [] } : findInClientScopes(auth, want)
}

/**
 * The client's scope with this suffix, whatever its scope string, its domain variants, and the
 * client's other scopes. One request when the client has no scope, two (or more, in pieces) otherwise.
 */
export async function findInClientScopes(auth: AuthClient, want: ScopeWanted): Promise<Located> {
  // The lookup answers each id once (client.ts), whatever the client's list repeats.
  const own = (await auth.findScopesById(await auth.getClientScopeIds())).filter(isOwn(auth))
  const { chosen, variants } = chooseScope(own, want)
  const same = new Set([chosen, ...variants].map((scope) => scope?.id.toLowerCase()))
  return {
    scope: chosen && ownScope(chosen),
    variants,
    others: own.filter((scope) => !same.has(scope.id.toLowerCase())),
  }
}

/**
 * What `scopeString` (a string a deployed provider advertises) is to this client, in one lookup:
 * its scope with this suffix under another string (one of the domain variants Globus' guide says
 * "may be used interchangeably"), another of its scopes, or no scope of it. The answer must name
 * this client as the owner (a scope that names none is not taken on trust), and the string must
 * not be the client form of another client (`/scopes/<another client id>/...`).
 */
export async function advertisedScope(
  auth: AuthClient,
  want: ScopeWanted,
  scopeString: string,
): Promise<AdvertisedScope> {
  // The client form of another client is never this client's scope, whatever an answer says.
  const named = clientNamedIn(scopeString)
  if (named !== undefined && !sameId(named, auth.clientId)) return 'not-own'
  const found = await auth.findScopesByString([scopeString])
  const own = found.find(
    (scope) =>
      scope.whole !== undefined && sameId(scope.whole.client, auth.clientId) && scope.scope_string === scopeString,
  )
  if (!own) return 'not-own'
  return hasSuffix(own.scope_string, want.suffix) ? 'this-scope' : 'another-scope'
}

const isOwn = (auth: AuthClient) => (scope: ScopeRef) => mayBeOwn(scope, auth.clientId)
