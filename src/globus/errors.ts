// Errors from talking to Globus Auth, each with a message that says what to do next.
// No message ever contains the client secret or the Authorization header: they are built
// only from the method, the path, the status and what Globus answered, and the transport
// hands over what Globus answered only redacted, on one line and cut short (answer.ts, text/excerpt.ts).
import { cut, MAX_PIECE } from '../text/excerpt.ts'
import type { ErrorBody } from './schemas.ts'

export interface RequestDescription {
  method: string
  /** Path and query as people read them, invisible characters escaped (describeUrl). */
  path: string
}

/** The request as people read it, its path and query cut short: a file may make them long. */
function describe(req: RequestDescription): string {
  return `${req.method} ${cutPath(req.path, MAX_PIECE)}`
}

/**
 * A long path cut after a separator of its query (`,` `&` `?`), so that no id or scope string in
 * it is cut in two; anywhere only when there is none.
 */
function cutPath(path: string, max: number): string {
  if (path.length <= max) return path
  const end = Math.max(...[',', '&', '?'].map((separator) => path.lastIndexOf(separator, max - 2)))
  return end > 0 ? `${path.slice(0, end + 1)}…` : cut(path, max)
}

/** At most this many of the errors one answer lists are shown; the rest are counted. */
export const MAX_ERRORS_SHOWN = 5

/** Where a client's secrets are made: the Globus web app's developer settings. */
export const DEVELOPER_SETTINGS_URL = 'https://app.globus.org/settings/developers'

/** The inputs that carry a client's id and secret: a refusal names them, and whose client it is. */
export interface CredentialInputs {
  id: string
  secret: string
  /** Whose client, in words: `this client`. */
  whose: string
  /** What a refusal calls the pair: `the client id and secret`. */
  pair: string
}

/** The Action Provider's own client: every call but the caller check's. */
export const CLIENT_INPUTS: CredentialInputs = {
  id: 'client_id',
  secret: 'client_secret',
  whose: 'this client',
  pair: 'the client id and secret',
}
/** The stand-in caller of verify's caller check. */
export const CALLER_INPUTS: CredentialInputs = {
  id: 'caller_client_id',
  secret: 'caller_client_secret',
  whose: 'the stand-in caller’s client',
  pair: 'the stand-in caller’s id and secret',
}

/** The way out when Globus Auth refuses a client's id and secret: the first sentence says it. */
export const credentialsWayOut = (inputs: CredentialInputs = CLIENT_INPUTS) =>
  `create a new secret for ${inputs.whose} in the Globus web app's developer settings (${DEVELOPER_SETTINGS_URL})` +
  ` and store it in the repository secret passed as ${inputs.secret}`

/** Why Globus Auth refused a client's id and secret, after the way out; `more` in our words only. */
export const credentialsWhy = (more = '', inputs: CredentialInputs = CLIENT_INPUTS) =>
  ` The ${inputs.id}/${inputs.secret} pair is wrong, or the secret was deleted${more}.`

export interface GlobusAuthErrorOptions {
  /** What to do next, instead of the advice for the status. Ours only: no text from an answer. */
  advice?: string
  /** Why no retry helped, in parentheses at the end. */
  note?: string
  /** The refusal is of the client id and secret (said first), whatever the status. */
  credentialsRefused?: boolean
  /** Whose id and secret the request carried: the way out names them (default: the provider's). */
  inputs?: CredentialInputs
}

/**
 * 401 or 403: Globus did not act on the request, because of the credentials or their rights.
 * Which of the two a refused Basic gets is unverified (docs/globus-auth-api.md).
 */
export function isRefusal(error: unknown): error is GlobusAuthError {
  return error instanceof GlobusAuthError && (error.status === 401 || error.status === 403)
}

/** Globus Auth answered with an error status. */
export class GlobusAuthError extends Error {
  override name = 'GlobusAuthError'
  readonly status: number
  readonly code: string | undefined
  readonly requestId: string | undefined
  readonly detail: string
  readonly request: RequestDescription
  /**
   * What Globus Auth answered to which request, with the note: untrusted text. For a refusal of the
   * credentials this is the detail, after `refusal`.
   */
  readonly answer: string
  /**
   * Set when Globus Auth refused the client id and secret: the cause and the way out, in our words
   * only (a status number, no text from an answer), so that it reads as prose wherever it goes.
   */
  readonly refusal: string | undefined
  private readonly body: ErrorBody | undefined
  private readonly fallbackDetail: string
  private readonly note: string | undefined
  private readonly inputs: CredentialInputs

  /** `body` is already made safe to show (answer.ts); `fallbackDetail` is used when it says nothing. */
  constructor(
    request: RequestDescription,
    status: number,
    body: ErrorBody | undefined,
    fallbackDetail: string,
    options: GlobusAuthErrorOptions = {},
  ) {
    const listed = body?.errors ?? []
    const first = listed[0]
    const several = listed.length > 1
    const codes = new Set(listed.map((e) => e.code || undefined))
    // Several errors under one code name it once; under several codes each names its own.
    const ownCodes = several && codes.size > 1
    const detail = several
      ? describeAll(listed, ownCodes)
      : first?.detail || first?.title || body?.detail || body?.error_description || body?.error || fallbackDetail
    const requestId = first?.id || undefined
    const code = first?.code || body?.error || undefined
    const shownCode = code && !ownCodes ? ` ${code}` : ''
    const answered =
      `Globus Auth answered ${status}${shownCode} to ${describe(request)}: ${detail}` +
      `${requestId ? ` (request id ${requestId})` : ''}.`
    const advice = options.advice ?? adviceFor(status)
    const note = options.note ? ` (${options.note})` : ''
    // Refused credentials are the cause to read first, with the way out; the request (a long
    // URL) and Globus' words are detail.
    const refused = options.credentialsRefused ?? status === 401
    const inputs = options.inputs ?? CLIENT_INPUTS
    const refusal = refused
      ? `Globus Auth refused ${inputs.pair} (${status}): ${credentialsWayOut(inputs)}.${advice}`
      : undefined
    super(refusal ? `${refusal} ${answered}${note}` : `${answered}${advice}${note}`)
    this.answer = `${answered}${note}`
    this.refusal = refusal
    this.status = status
    this.code = code
    this.requestId = requestId
    this.detail = detail
    this.request = request
    this.body = body
    this.fallbackDetail = fallbackDetail
    this.note = options.note
    this.inputs = inputs
  }

  /** The same answer with other advice: when the context knows better than the status. */
  withAdvice(advice: string, credentialsRefused = false, inputs = this.inputs): GlobusAuthError {
    const options = { advice, note: this.note, credentialsRefused, inputs }
    return new GlobusAuthError(this.request, this.status, this.body, this.fallbackDetail, options)
  }
}

type ListedError = NonNullable<ErrorBody['errors']>[number]

/** Every error of a list, bounded: `a; b; and 3 more`. */
function describeAll(listed: ListedError[], ownCodes: boolean): string {
  const shown = listed.slice(0, MAX_ERRORS_SHOWN).map((e) => {
    const text = e.detail || e.title || 'no detail given'
    return ownCodes && e.code ? `${e.code}: ${text}` : text
  })
  const more = listed.length - shown.length
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`
}

/** Added to a 401 only where the token route was not tried (auth_method: basic). */
export const AUTH_METHOD_ADVICE =
  ' If the pair is right, this Globus Auth may refuse HTTP Basic on its API: use auth_method: auto or token.'

function adviceFor(status: number): string {
  switch (status) {
    case 401:
      return credentialsWhy()
    case 403:
      return (
        ' These credentials do not administer that client or scope: pass the Action Provider’s own' +
        ' client id and secret, or make this client an admin of the scope.'
      )
    case 429:
      return ' Globus Auth is rate limiting this client; run again later.'
    default:
      return status >= 500 ? ' Globus Auth had a server error; run again later.' : ''
  }
}

/** No usable answer: the connection failed, timed out, or the answer was not what Globus sends. */
export class TransportError extends Error {
  override name = 'TransportError'
  readonly request: RequestDescription
  constructor(request: RequestDescription, message: string) {
    super(`${describe(request)}: ${message}`)
    this.request = request
  }
}

/**
 * A write (create or update) whose answer was lost: the connection dropped, it timed out, or
 * Globus answered 5xx. It may or may not have happened, so it is never replayed blindly: the
 * caller reads the scope again and decides.
 */
export class LostWriteError extends Error {
  override name = 'LostWriteError'
  readonly request: RequestDescription
  constructor(request: RequestDescription, cause: string) {
    super(`${describe(request)}: the answer was lost (${cause}); it may or may not have taken effect`)
    this.request = request
  }
}

/** The overall time budget ran out. */
export class DeadlineError extends Error {
  override name = 'DeadlineError'
}
