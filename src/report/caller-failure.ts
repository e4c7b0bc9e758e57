// Why the caller check failed (src/caller/), the way out first: which step, whose credentials and
// Globus' reason; and a warning for each token it could not revoke. Values from outside (scope
// strings, Globus' codes and words, the audience) come quoted by the caller's escape: plain in the
// log, code spans in Markdown.
import {
  type CallerCheck,
  type CallerFailure,
  MAX_REVOKED,
  type NotRevoked,
  type Refusal,
  STEPS,
  type Step,
} from '../caller/check.ts'
import { CALLER_INPUTS, credentialsWayOut, credentialsWhy } from '../globus/errors.ts'
import { GROUPS_SCOPE_STRING } from '../globus/scope-string.ts'
import { counted } from './phrasing.ts'

export type Quote = (value: string) => string

/** Each step's name, in the log, the summary and the failure. */
export const TITLES: Record<Step, string> = {
  token: 'token for the scope, with the caller’s credentials',
  introspection: 'introspection by the provider’s client',
  'dependent-tokens': 'dependent tokens for the provider',
  revocation: 'revocation of every token given',
}

/** Why the check failed, the way out first: which step, whose credentials, and Globus' reason. */
export function callerFailureText(check: CallerCheck, failure: CallerFailure, scopeFile: string, quote: Quote): string {
  const scope = quote(check.scopeString)
  const atStep = (step: Step) => `at step ${STEPS.indexOf(step) + 1} of the caller check (${TITLES[step]})`
  switch (failure.kind) {
    case 'caller-credentials':
      return (
        `Check caller_client_id and caller_client_secret: Globus Auth refused the stand-in caller’s id and secret ` +
        `${atStep('token')}: ${credentialsWayOut(CALLER_INPUTS)}.${credentialsWhy('', CALLER_INPUTS)} Globus Auth answered ${answered(failure.refusal, quote)}.`
      )
    case 'refused': {
      if (failure.step === 'token') {
        const cause = check.advertised
          ? 'The scope is advertised, so the likely cause is the stand-in caller’s client itself: it must be a ' +
            'confidential client or service account with a secret (caller_client_secret).'
          : `The scope is not advertised, and a client outside the provider’s project may not be granted it ` +
            `(whether Globus grants it is unverified): set "advertised": true in ${quote(scopeFile)} and run ` +
            'mode: ensure, or register the stand-in caller in the provider’s project. Else check caller_client_secret.'
        return (
          `Callers may not get a token for ${scope}: Globus Auth refused the stand-in caller ${quote(check.callerId)} ` +
          `a token for it ${atStep('token')}, answering ${answered(failure.refusal, quote)}. ${cause}`
        )
      }
      return (
        `The provider could not get dependent tokens on a caller’s behalf: Globus Auth refused to exchange the ` +
        `stand-in caller’s token with the provider’s credentials (client_id) ${atStep('dependent-tokens')}, ` +
        `answering ${answered(failure.refusal, quote)}. Whether Globus exchanges a client’s own token (a client ` +
        'identity’s, as the stand-in caller’s is) is unverified, so a user’s token may still be exchanged: check the ' +
        `dependent scopes in ${quote(scopeFile)}, and if they are right, leave caller_client_id and ` +
        'caller_client_secret out of this step until a user’s token is tried by hand.'
      )
    }
    case 'inactive':
      return (
        `The provider’s client cannot read callers’ tokens: introspecting the stand-in caller’s token for ${scope} ` +
        `with the provider’s credentials (client_id) ${atStep('introspection')}, Globus Auth answered that it is not ` +
        'active. Globus answers so for a token that is not valid for the client asking: run again, and if it persists, ' +
        'check in the Globus web app that client_id is the client the scope belongs to.'
      )
    case 'scope':
      return (
        `Callers’ tokens would not pass the provider’s check: introspecting the stand-in caller’s token ` +
        `${atStep('introspection')}, Globus Auth lists its scopes as ${quotedList(failure.scopes, quote)}, without ` +
        `${scope}. A provider compares these with its scope (action-provider-tools does): run again, and if it ` +
        'persists, compare the scope string callers ask for with the scope itself.'
      )
    case 'audience':
      return (
        `Callers’ tokens do not name the provider’s client as their audience: introspecting the stand-in caller’s ` +
        `token for ${scope} ${atStep('introspection')}, Globus Auth gave aud ${quotedList(failure.audience, quote)}, ` +
        `without the provider’s client ${quote(check.providerId)}. A provider that requires its own client id in ` +
        'aud would refuse every caller: have it check the token’s scopes instead, as action-provider-tools does.'
      )
    case 'missing':
      return `${failure.missing.map((missing) => missingText(missing, quote)).join(' ')} The exchange ${atStep('dependent-tokens')} gave no token for ${failure.missing.length === 1 ? 'it' : 'them'}, though the scope depends on ${failure.missing.length === 1 ? 'it' : 'them'}: the dependent scope’s owner may not let the provider’s client act with it on callers’ behalf. Check it in the Globus web app, or mark it "optional": true in ${quote(scopeFile)} if the provider works without it.`
    case 'no-answer': {
      const lost = failure.refreshMayExist
        ? ' Tokens Globus Auth may have granted there, refresh tokens among them (access_type=offline), could not be ' +
          'revoked: an access token expires on its own, a refresh token stays valid until it is revoked, and only the ' +
          'provider’s client holds them.'
        : failure.tokenMayExist
          ? ' A token Globus Auth may have granted there could not be revoked: it expires on its own.'
          : ''
      // The message holds Globus' words (an error page, say): quoted like any value from outside.
      return `The caller check could not finish ${atStep(failure.step)}: ${quotedSentence(failure.message, quote)}${lost}`
    }
  }
}

/** A missing dependent token, as a provider's users would meet it. */
function missingText(scopeString: string, quote: Quote): string {
  return scopeString === GROUPS_SCOPE_STRING
    ? 'The provider could not get a Groups token for its callers, so group-based policies would never match.'
    : `The provider could not get a token for ${quote(scopeString)} for its callers.`
}

/** A token the check could not revoke, as a warning. */
export function notRevokedText(missed: NotRevoked, quote: Quote): string {
  const whose = missed.holder === 'caller' ? 'The stand-in caller’s' : 'The provider’s dependent'
  const what = missed.kind === 'refresh' ? 'refresh token' : 'token'
  const forWhat = missed.scopes.length ? ` for ${missed.scopes.map(quote).join(' ')}` : ''
  const expiry =
    missed.kind === 'refresh'
      ? 'A refresh token stays valid until it is revoked; only the provider’s client holds it.'
      : `It expires on its own${missed.expiresIn === undefined ? '' : ` within ${hours(missed.expiresIn)}`}; only ${missed.holder === 'caller' ? 'the stand-in caller' : 'the provider’s client'} holds it.`
  return `${whose} ${what}${forWhat} from the caller check could not be revoked: ${quotedSentence(missed.why, quote)} ${expiry}`
}

/** Tokens past what one check revokes (MAX_REVOKED), as one warning. */
export function notHeldText(count: number): string {
  return (
    `${counted(count, 'more token')} that Globus Auth gave during the caller check ${count === 1 ? 'was' : 'were'} not ` +
    `revoked: the check revokes at most ${MAX_REVOKED}, and an answer held more than the scope’s dependent scopes ` +
    'account for. An access token expires on its own; a refresh token stays valid until it is revoked.'
  )
}

/**
 * verify found no scope while a stand-in caller was given: with client_id and caller_client_id
 * swapped, the scope string is the caller's, and ensure would create it on the caller's client.
 */
export function callerSwappedText(callerId: string): string {
  return (
    `If client_id and caller_client_id are swapped, do not run ensure: it would create the scope on the ` +
    `stand-in caller’s client. client_id must be the Action Provider’s client, and caller_client_id ` +
    `(${callerId}) the stand-in caller’s.`
  )
}

/** plan and ensure take the inputs, and say they are for verify. */
export function callerNotCheckedText(mode: 'plan' | 'ensure'): string {
  return (
    `caller_client_id and caller_client_secret are used in mode: verify only: the caller check runs once the scope ` +
    `matches the file, and ${mode} may still change it. Run verify with them.`
  )
}

export function answered(refusal: Refusal, quote: Quote): string {
  const code = refusal.code ? ` ${quote(refusal.code)}` : ''
  const id = refusal.requestId ? ` (request id ${quote(refusal.requestId)})` : ''
  // An OAuth2 error with no description has its code for a detail: said once.
  const detail = refusal.detail === refusal.code ? '' : `: ${quote(refusal.detail)}`
  return `${refusal.status}${code}${detail}${id}`
}

/** A message from outside, quoted, as a sentence: one full stop, after the quote. */
function quotedSentence(message: string, quote: Quote): string {
  const text = quote(message.replace(/\.$/, ''))
  return /[.!?]$/.test(text) ? text : `${text}.`
}

export function quotedList(values: string[], quote: Quote): string {
  return values.length ? values.map(quote).join(', ') : 'nothing'
}

function hours(seconds: number): string {
  return seconds < 3600 ? counted(Math.ceil(seconds / 60), 'minute') : counted(Math.ceil(seconds / 3600), 'hour')
}
