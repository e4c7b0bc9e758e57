// The caller's-eye check: with a second client standing in for a caller, prove that callers can
// use the scope end to end, as a deployed Action Provider does with their tokens. (1) The caller
// gets a token for the scope; (2) the provider's client introspects it; (3) the provider's client
// exchanges it for dependent tokens; (4) every token given along the way is revoked by the client
// that holds it, whatever happened. Pure over its collaborators: Globus' answers in, data out;
// report/ words it.
import {
  CALLER_INPUTS,
  credentialsWhy,
  DeadlineError,
  GlobusAuthError,
  LostWriteError,
  TransportError,
} from '../globus/errors.ts'
import { LIMITS } from '../globus/schemas.ts'
import { sameId } from '../globus/scope-string.ts'
import { type GrantedToken, type HeldToken, type Introspection, UnreadGrantError } from '../globus/tokens.ts'

/** The stand-in caller's calls, with its own credentials. */
export interface CallerTokens {
  clientCredentials(scope: string): Promise<GrantedToken>
  revoke(token: string): Promise<void>
}

/** The provider's calls, with the provider's credentials. */
export interface ProviderTokens {
  introspect(token: string): Promise<Introspection>
  dependentTokens(token: string, offline: boolean): Promise<GrantedToken[]>
  revoke(token: string): Promise<void>
}

/** A dependent scope the file requires (not optional). */
export interface RequiredDependent {
  id: string
  /** Undefined when the provider's client cannot read it (given by id, another client's, not advertised). */
  scopeString: string | undefined
  requiresRefreshToken: boolean
}

/** What is checked, and with whom. */
export interface CallerCheckSubject {
  scopeString: string
  callerId: string
  providerId: string
  /** Whether the scope is advertised: a refusal at step 1 names the likely cause by it. */
  advertised: boolean
  required: RequiredDependent[]
}

export const STEPS = ['token', 'introspection', 'dependent-tokens', 'revocation'] as const
export type Step = (typeof STEPS)[number]

/** Globus Auth's refusal, as its error said it (already redacted and cut short). */
export interface Refusal {
  status: number
  code: string | undefined
  detail: string
  requestId: string | undefined
}

/** Why the check failed, by step. */
export type CallerFailure =
  /** 401 or invalid_client to the stand-in caller's own id and secret. */
  | { step: 'token'; kind: 'caller-credentials'; refusal: Refusal }
  /** The caller was refused a token for the scope. */
  | { step: 'token'; kind: 'refused'; refusal: Refusal }
  | { step: 'introspection'; kind: 'inactive' }
  /** Active, but the scope is not among its scopes. */
  | { step: 'introspection'; kind: 'scope'; scopes: string[] }
  /** Globus gave an audience, without the provider's client id. */
  | { step: 'introspection'; kind: 'audience'; audience: string[] }
  | { step: 'dependent-tokens'; kind: 'refused'; refusal: Refusal }
  /** No token came for these required dependent scopes (scope strings). */
  | { step: 'dependent-tokens'; kind: 'missing'; missing: string[] }
  /**
   * No usable answer: the network, the time limit, an answer of another shape, another error.
   * `tokenMayExist`: a grant whose answer was lost may have made tokens the check never saw;
   * `refreshMayExist`: refresh tokens among them (the exchange asked for them).
   */
  | {
      step: Exclude<Step, 'revocation'>
      kind: 'no-answer'
      message: string
      tokenMayExist: boolean
      refreshMayExist?: boolean
    }

/** A token the check could not revoke: a warning, never a silent leak. */
export interface NotRevoked {
  holder: 'caller' | 'provider'
  kind: 'access' | 'refresh'
  scopes: string[]
  why: string
  expiresIn: number | undefined
}

export interface CallerCheck extends CallerCheckSubject {
  /** The step that failed and why; undefined when every step passed. */
  failure: CallerFailure | undefined
  /** Step 2, once it passed: Globus listed the provider in `aud`, or gave no `aud` at all. */
  audience: 'lists-provider' | 'not-given' | undefined
  /**
   * Step 3, once it ran to an answer: the required dependent scopes a token came for, those it
   * could not name, and those that require a refresh token whose token came without one.
   */
  dependents: { got: string[]; unnamed: string[]; noRefresh: string[] } | 'none-required' | undefined
  revoked: { caller: number; provider: number }
  notRevoked: NotRevoked[]
  /** Tokens the answers held past MAX_REVOKED: not revoked, said in one warning. */
  notHeld: number
}

/**
 * The most tokens one check revokes: the caller's token, and an access and a refresh token per
 * dependent scope a file may list. An answer holding more (a hostile or broken one) is not
 * revoked token by token past the time limit; the rest are counted and said.
 */
export const MAX_REVOKED = 2 + 2 * LIMITS.dependentScopes

/** What came of caller_client_id and caller_client_secret in a run. */
export type CallerRun =
  | { kind: 'not-checked'; mode: 'plan' | 'ensure' }
  /** `requests`: what the check sent, revocations included. */
  | { kind: 'checked'; check: CallerCheck; requests: number }

/** A token given along the way, with who holds it: revoked by that client. */
interface Held {
  holder: 'caller' | 'provider'
  kind: 'access' | 'refresh'
  token: string
  scopes: string[]
  expiresIn: number | undefined
}

export async function checkCaller(
  subject: CallerCheckSubject,
  io: { caller: CallerTokens; provider: ProviderTokens },
): Promise<CallerCheck> {
  const check: CallerCheck = {
    ...subject,
    failure: undefined,
    audience: undefined,
    dependents: undefined,
    revoked: { caller: 0, provider: 0 },
    notRevoked: [],
    notHeld: 0,
  }
  const held: Held[] = []
  try {
    check.failure = await steps(check, io, held)
  } finally {
    // Whatever happened, a bug included: the tokens given so far, the latest first.
    await revokeAll(held.reverse(), io, check)
  }
  return check
}

async function steps(
  check: CallerCheck,
  io: { caller: CallerTokens; provider: ProviderTokens },
  held: Held[],
): Promise<CallerFailure | undefined> {
  let token: GrantedToken
  try {
    token = await io.caller.clientCredentials(check.scopeString)
  } catch (error) {
    if (error instanceof UnreadGrantError) holdAll(check, held, 'caller', error.granted)
    const refusal = refusalOf(error)
    if (refusal && refusesCredentials(refusal)) return { step: 'token', kind: 'caller-credentials', refusal }
    if (refusal) return { step: 'token', kind: 'refused', refusal }
    return noAnswer('token', error)
  }
  hold(check, held, 'caller', token)

  let seen: Introspection
  try {
    seen = await io.provider.introspect(token.token)
  } catch (error) {
    return noAnswer('introspection', error)
  }
  if (!seen.active) return { step: 'introspection', kind: 'inactive' }
  if (!seen.scopes.includes(check.scopeString)) return { step: 'introspection', kind: 'scope', scopes: seen.scopes }
  // Whether Globus lists the provider's client in aud is unverified: only a list without it fails.
  if (seen.audience && !seen.audience.some((listed) => sameId(listed, check.providerId))) {
    return { step: 'introspection', kind: 'audience', audience: seen.audience }
  }
  check.audience = seen.audience ? 'lists-provider' : 'not-given'

  if (check.required.length === 0) {
    check.dependents = 'none-required'
    return undefined
  }
  // As a provider does for a dependent scope that requires a refresh token (access_type=offline).
  const offline = check.required.some((dependent) => dependent.requiresRefreshToken)
  let tokens: GrantedToken[]
  try {
    tokens = await io.provider.dependentTokens(token.token, offline)
  } catch (error) {
    if (error instanceof UnreadGrantError) holdAll(check, held, 'provider', error.granted)
    const refusal = refusalOf(error)
    // The provider's own id and secret refused: its error names client_secret, not the exchange.
    return refusal && !refusesCredentials(refusal)
      ? { step: 'dependent-tokens', kind: 'refused', refusal }
      : noAnswer('dependent-tokens', error, offline)
  }
  for (const dependent of tokens) hold(check, held, 'provider', dependent)
  // Matched by scope string: a token's `scope` lists the scopes it is for.
  const named = check.required.flatMap((dependent) => (dependent.scopeString ? [dependent.scopeString] : []))
  const missing = named.filter((wanted) => !tokens.some((granted) => granted.scopes.includes(wanted)))
  const unnamed = check.required.filter((dependent) => !dependent.scopeString).map((dependent) => dependent.id)
  const got = named.filter((wanted) => !missing.includes(wanted))
  // Whether Globus gives a refresh token on a client's own token is unverified: said, not failed.
  const noRefresh = check.required
    .filter(({ scopeString, requiresRefreshToken }) => requiresRefreshToken && scopeString && got.includes(scopeString))
    .map(({ scopeString }) => scopeString as string)
    .filter((wanted) => !tokens.some((granted) => granted.scopes.includes(wanted) && granted.refreshToken))
  check.dependents = { got, unnamed, noRefresh }
  return missing.length > 0 ? { step: 'dependent-tokens', kind: 'missing', missing } : undefined
}

/** A granted token, its refresh token and any other its answer held, to be revoked by `holder`. */
function hold(check: CallerCheck, held: Held[], holder: Held['holder'], granted: GrantedToken): void {
  const { scopes, expiresIn } = granted
  keep(check, held, { holder, kind: 'access', token: granted.token, scopes, expiresIn })
  if (granted.refreshToken) {
    keep(check, held, { holder, kind: 'refresh', token: granted.refreshToken, scopes, expiresIn: undefined })
  }
  holdAll(check, held, holder, granted.others)
}

/** Tokens an answer held without saying what for (one that could not be read whole, say). */
function holdAll(check: CallerCheck, held: Held[], holder: Held['holder'], tokens: HeldToken[]): void {
  for (const { token, kind } of tokens) keep(check, held, { holder, kind, token, scopes: [], expiresIn: undefined })
}

/** At most MAX_REVOKED tokens; the rest are counted. */
function keep(check: CallerCheck, held: Held[], token: Held): void {
  if (held.length >= MAX_REVOKED) check.notHeld++
  else held.push(token)
}

async function revokeAll(
  held: Held[],
  io: { caller: CallerTokens; provider: ProviderTokens },
  check: CallerCheck,
): Promise<void> {
  for (const { token, ...what } of held) {
    try {
      await io[what.holder].revoke(token)
      check.revoked[what.holder]++
    } catch (error) {
      if (!isGlobusFailure(error)) throw error
      // A refusal of the caller's id and secret names the caller's inputs, not the provider's.
      const why =
        what.holder === 'caller' && error instanceof GlobusAuthError && refusesCredentials(error)
          ? error.withAdvice(credentialsWhy('', CALLER_INPUTS), true, CALLER_INPUTS).message
          : error.message
      check.notRevoked.push({ ...what, why })
    }
  }
}

/** A refusal of the client's own id and secret (401, or OAuth2's invalid_client at any status). */
function refusesCredentials(refusal: { status: number; code: string | undefined }): boolean {
  return refusal.status === 401 || refusal.code === 'invalid_client'
}

/** Globus Auth's refusal (a 4xx other than 429): what it said. Anything else is not a refusal. */
function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof GlobusAuthError) || error.status >= 500 || error.status === 429) return undefined
  return { status: error.status, code: error.code, detail: error.detail, requestId: error.requestId }
}

function noAnswer(step: Exclude<Step, 'revocation'>, error: unknown, offline = false): CallerFailure {
  if (!isGlobusFailure(error)) throw error
  // A grant whose answer was lost may have made a token this check never saw, so cannot revoke;
  // one whose answer was read but not understood handed on the tokens it held (UnreadGrantError).
  const lost =
    error instanceof LostWriteError ||
    (error instanceof TransportError && !(error instanceof UnreadGrantError) && step !== 'introspection')
  return lost && step === 'dependent-tokens' && offline
    ? { step, kind: 'no-answer', message: error.message, tokenMayExist: true, refreshMayExist: true }
    : { step, kind: 'no-answer', message: error.message, tokenMayExist: lost }
}

/** What talking to Globus Auth can end in; anything else is a bug, thrown on. */
function isGlobusFailure(error: unknown): error is Error {
  return (
    error instanceof GlobusAuthError ||
    error instanceof TransportError ||
    error instanceof LostWriteError ||
    error instanceof DeadlineError
  )
}
