// Scope strings that can be known before any request, scope suffixes, and how ids compare.
// Free of zod: the boot (src/boot/) uses it before the rest of the action has loaded.

/**
 * A new scope's suffix: lowercase letters, digits and underscores (the SDK's rule today). Checked
 * only before a create (src/modes/ensure/new-suffix.ts): older scopes may have other suffixes.
 */
export const SCOPE_SUFFIX = /^[a-z0-9_]+$/

/** Characters no token may hold: whitespace, control, format (bidi, zero-width), lone surrogates. */
export const NOT_IN_A_TOKEN = String.raw`\s\p{Cc}\p{Cf}\p{Cs}`

/** The longest scope suffix the action takes: its scope string stays well inside LIMITS.scopeString. */
export const MAX_SCOPE_SUFFIX = 256

/**
 * Any scope suffix Globus may hold: until 2025 the guide said "any string is acceptable", so an
 * existing scope may have `send-email` or capitals. One token, without the `/` and `:` that end a
 * scope string's other parts, bounded. What the scope file, export and the suffix of a scope
 * string take.
 */
export const ANY_SCOPE_SUFFIX = new RegExp(`^[^${NOT_IN_A_TOKEN}/:]{1,${MAX_SCOPE_SUFFIX}}$`, 'u')

/**
 * Globus Groups: without it an Action Provider cannot read a caller's groups. Its id differs in
 * every environment, so the action learns the id from Globus and decides by this string.
 */
export const GROUPS_SCOPE_STRING = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'

/**
 * The scope string Globus gives a client's scope. Both SDKs build it this way for
 * production; other environments are unverified, so the answer from Globus stays the truth
 * and a wrong guess only costs a fallback lookup (see ensure.ts), never a duplicate.
 * Globus writes client ids in lower case.
 */
export function scopeStringFor(clientId: string, scopeSuffix: string): string {
  return `https://auth.globus.org/scopes/${clientId.toLowerCase()}/${scopeSuffix}`
}

/**
 * The scope strings of the first lookup, in its order: the scope itself, this environment's
 * Groups scope, and every dependent scope given by scope string. The boot (src/boot/check-and-send.ts)
 * sends the same lookup before the rest of the action has loaded.
 */
export function firstLookupStrings(
  clientId: string,
  scopeSuffix: string,
  dependentScopes: string[],
  authUrl?: string,
): string[] {
  const byString = dependentScopes.filter((scope) => !isUuid(scope))
  const own = [scopeStringFor(clientId, scopeSuffix), hostScopeStringFor(clientId, scopeSuffix, authUrl)]
  return [...new Set([...own.filter((s) => s !== undefined), GROUPS_SCOPE_STRING, ...byString])]
}

/**
 * The scope string under this Auth host, when it is not production's: whether another
 * environment writes its own host into scope strings is unverified, so the first lookup asks for
 * both forms (one request either way) rather than learn it from a refused create on every run.
 */
export function hostScopeStringFor(clientId: string, scopeSuffix: string, authUrl?: string): string | undefined {
  if (!authUrl) return undefined
  const host = new URL(authUrl).host
  return host === 'auth.globus.org' ? undefined : `https://${host}/scopes/${clientId.toLowerCase()}/${scopeSuffix}`
}

/** The suffix a scope string ends in: `https://…/scopes/<client>/<suffix>` or `urn:…:<suffix>`. */
export function suffixOf(scopeString: string): string | undefined {
  const suffix = scopeString.split(/[/:]/).at(-1) ?? ''
  return ANY_SCOPE_SUFFIX.test(suffix) ? suffix : undefined
}

/**
 * Whether a lookup by scope string can find this scope string: the API takes them separated by
 * commas (client.ts: scopeLookup), so one that holds a comma (an older suffix such as `a,b`) is
 * read as two others. Such a scope is found by id only.
 */
export function findableByString(scopeString: string): boolean {
  return !scopeString.includes(',')
}

/** Whether a scope string ends in the suffix: URL-style (any host) or urn-style (`...:suffix`). */
export function hasSuffix(scopeString: string, scopeSuffix: string): boolean {
  return scopeString.endsWith(`/${scopeSuffix}`) || scopeString.endsWith(`:${scopeSuffix}`)
}

const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const UUID = new RegExp(`^${UUID_TEXT}$`, 'i')
const CLIENT_SEGMENT = new RegExp(`/scopes/(${UUID_TEXT})/`, 'i')

export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/** The client id a scope string names in a `/scopes/<client id>/` segment, if it names one. */
export function clientNamedIn(scopeString: string): string | undefined {
  return CLIENT_SEGMENT.exec(scopeString)?.[1]
}

/** UUIDs are case-insensitive: the same client or scope whatever case it is written in. */
export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
