// Errors from talking to Globus Auth, each with a message that says what to do next.
// No message ever contains the client secret or the Authorization header: they are built
// only from the method, the path, the status and what Globus answered, and the transport
// hands over what Globus answered only redacted, on one line and cut short (answer-text.ts).
import type { ErrorBody } from './schemas.ts'

export interface RequestDescription {
  method: string
  /** Path and query as people read them, invisible characters escaped (describeUrl). */
  path: string
}

function describe(req: RequestDescription): string {
  return `${req.method} ${req.path}`
}

/** Globus Auth answered with an error status. */
export class GlobusAuthError extends Error {
  override name = 'GlobusAuthError'
  readonly status: number
  readonly code: string | undefined
  readonly requestId: string | undefined
  readonly detail: string
  readonly request: RequestDescription

  constructor(request: RequestDescription, status: number, body: ErrorBody | undefined, fallbackDetail: string) {
    const first = body?.errors?.[0]
    const detail = first?.detail || first?.title || body?.error_description || body?.error || fallbackDetail
    const requestId = first?.id || undefined
    const code = first?.code || body?.error || undefined
    const answered =
      `Globus Auth answered ${status}${code ? ` ${code}` : ''} to ${describe(request)}: ${detail}` +
      `${requestId ? ` (request id ${requestId})` : ''}.`
    // Refused credentials are the cause to read first; the request (a long URL) is detail.
    super(status === 401 ? `${CREDENTIALS_REFUSED} ${answered}` : `${answered}${adviceFor(status)}`)
    this.status = status
    this.code = code
    this.requestId = requestId
    this.detail = detail
    this.request = request
  }
}

const CREDENTIALS_REFUSED =
  'Globus Auth refused the client id and secret (401). The client_id/client_secret pair is wrong, or the ' +
  'secret was deleted: create a new secret for this client in the Globus web app (Settings > Developers) and ' +
  'store it in the repository secret passed as client_secret.'

/** Added to a 401 only where the token route was not tried (auth_method: basic). */
export const AUTH_METHOD_ADVICE =
  ' If the pair is right, this Globus Auth may refuse HTTP Basic on its API: use auth_method: auto or token.'

function adviceFor(status: number): string {
  switch (status) {
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
