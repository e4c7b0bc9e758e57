// Which of several scopes with the declared suffix is the Action Provider's scope. A client with
// registered domains gets, from one create, a `urn:globus:auth:scope:<fqdn>:<suffix>` scope per
// domain beside its `https://auth.globus.org/scopes/<client_id>/<suffix>` one, and Globus lists
// the domain ones first: taking the first with the suffix would take a domain variant.
import type { NamedScope, Scope } from '../../globus/schemas.ts'
import { hasSuffix, sameId, scopeStringFor } from '../../globus/scope-string.ts'

export interface ScopeWanted {
  clientId: string
  suffix: string
  /** The scope string the action computed; by default the production form. */
  expected?: string
}

/** The chosen scope and the others with the same suffix (domain variants), which stay as they are. */
export interface ScopeChoice {
  chosen: Scope
  variants: Scope[]
}

/**
 * Deterministic, whatever order Globus answers in: the exact expected string, else the
 * `/scopes/<client_id>/<suffix>` form under any host, and a domain variant only when neither exists.
 */
export function chooseScope<S extends NamedScope>(
  scopes: S[],
  want: ScopeWanted,
): { chosen: S | undefined; variants: S[] } {
  const expected = want.expected ?? scopeStringFor(want.clientId, want.suffix)
  const rank = (scope: S) =>
    scope.scope_string === expected ? 0 : isClientForm(scope.scope_string, want.clientId, want.suffix) ? 1 : 2
  const ranked = scopes
    .filter((scope) => hasSuffix(scope.scope_string, want.suffix))
    .sort((a, b) => rank(a) - rank(b) || byText(a.scope_string, b.scope_string) || byText(a.id, b.id))
  const [chosen, ...variants] = ranked
  return { chosen, variants }
}

/**
 * `https://<any host>/scopes/<client_id>/<suffix>`, the client id in any case, the suffix exactly
 * (an older one may have capitals, or characters a URL would escape).
 */
function isClientForm(scopeString: string, clientId: string, suffix: string): boolean {
  const [, client, rest] = /^https?:\/\/[^/?#]+\/scopes\/([^/]+)\/(.+)$/i.exec(scopeString) ?? []
  return client !== undefined && sameId(client, clientId) && rest === suffix
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A create answered with no scope of the declared suffix: never taken for success. */
export class CreateAnswerError extends Error {
  override name = 'CreateAnswerError'
}

/** The scope a create answer holds for the declared suffix, in either shape Globus answers. */
export function chooseCreated(scopes: Scope[], want: ScopeWanted): ScopeChoice {
  const { chosen, variants } = chooseScope(scopes, want)
  if (chosen) return { chosen, variants }
  throw new CreateAnswerError(
    `Globus Auth answered the create of the scope suffix "${want.suffix}" with ${described(scopes)}, ` +
      'so the action takes no scope of that answer for its own. Look at the ' +
      `scopes of client ${want.clientId} in Globus Auth before running again.`,
  )
}

const MAX_NAMED = 5
const MAX_CHARS = 200

/** Scope strings and ids quoted and shortened: they are untrusted text. */
function described(scopes: Scope[]): string {
  if (scopes.length === 0) return 'no scope at all'
  const quote = (text: string) => JSON.stringify(text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text)
  const named = scopes.slice(0, MAX_NAMED).map((s) => `${quote(s.scope_string)} (id ${quote(s.id)})`)
  const more = scopes.length > MAX_NAMED ? ` and ${scopes.length - MAX_NAMED} more` : ''
  return `${named.join(', ')}${more}, none of which has that suffix`
}
