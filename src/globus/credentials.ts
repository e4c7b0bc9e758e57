// How the client proves who it is. Older captures of the scopes API take HTTP Basic with the
// client's id and secret; Globus' current Action Provider guide gets a client-credentials token
// for manage_projects and sends it as a Bearer token. Whether Basic keeps working is unknown, and
// so is the status of its refusal (401, or 403 as Globus answers some unauthenticated calls), so
// `auto` starts with Basic (one request in the steady state) and, only when the API refuses it
// with 401 or 403 while the token endpoint accepts the same credentials, uses a token from then on.
import { AUTH_METHOD_ADVICE, credentialsWhy, GlobusAuthError, isRefusal } from './errors.ts'
import type { Request } from './request.ts'
import type { TokenCalls } from './tokens.ts'
import type { AuthLog, Transport } from './transport.ts'

export const AUTH_METHODS = ['auto', 'basic', 'token'] as const
export type AuthMethod = (typeof AUTH_METHODS)[number]

const TOKEN_REFUSED =
  ' Globus Auth refused the manage_projects token it had granted these credentials for this run (it may have' +
  ' expired, or been revoked): run again, and if it persists, check the client in the Globus web app.'

const MANAGE_PROJECTS_SCOPE = 'urn:globus:auth:scope:auth.globus.org:manage_projects'

export interface CredentialSettings {
  /** The client's own token calls (Basic at the token endpoint), for the manage_projects token. */
  tokens: TokenCalls
  method: AuthMethod
  log: AuthLog
}

export class Credentials {
  private tokenGranted = false
  private readonly transport: Transport
  private readonly settings: CredentialSettings
  private readonly tokens: TokenCalls

  constructor(transport: Transport, settings: CredentialSettings) {
    this.transport = transport
    this.settings = settings
    this.tokens = settings.tokens
  }

  private get method(): AuthMethod {
    return this.settings.method
  }

  /** Send with the right credentials; in `auto`, a request refused with 401 or 403 is sent once more with a token. */
  async send<T>(request: Request<T>): Promise<T> {
    if (this.method === 'token' && !this.tokenGranted) await this.useToken()
    try {
      return await this.sendOnce(request)
    } catch (error) {
      // Only Basic was tried: the token route may be what this Globus Auth wants.
      if (this.method === 'basic' && isRefusal(error) && error.status === 401) {
        throw error.withAdvice(`${credentialsWhy()}${AUTH_METHOD_ADVICE}`, true)
      }
      if (this.method !== 'auto' || this.tokenGranted || !isRefusal(error)) throw error
      // Refused: Globus did not act on the request, so sending it again (a write too) is safe.
      await this.tokenInsteadOf(error)
      try {
        const answer = await this.sendOnce(request)
        this.noticeToken(error.status)
        return answer
      } catch (retried) {
        // Refused with the token as well: the refusal was never about HTTP Basic.
        if (!isRefusal(retried)) this.noticeToken(error.status)
        throw retried
      }
    }
  }

  /**
   * One request with the credentials in use. A 401 to a token Globus Auth granted these very
   * credentials is not a wrong secret: say what it is instead of advising a new secret.
   */
  private async sendOnce<T>(request: Request<T>): Promise<T> {
    const withToken = this.tokenGranted
    try {
      return await this.transport.send(request)
    } catch (error) {
      if (!withToken || !(error instanceof GlobusAuthError) || error.status !== 401) throw error
      throw error.withAdvice(TOKEN_REFUSED, false)
    }
  }

  private noticeToken(status: number): void {
    this.settings.log.notice?.(
      `Globus Auth refused HTTP Basic on its scopes API (${status}) but granted a manage_projects token for the ` +
        'same credentials, so this run uses the token. Set auth_method: token to skip the refused request.',
    )
  }

  /**
   * In auto, after the API refused Basic: a token. When the token endpoint refuses these credentials
   * as well, they are wrong whatever the method: the API's refusal, with the credentials advice.
   */
  private async tokenInsteadOf(refusal: GlobusAuthError): Promise<void> {
    try {
      await this.useToken()
    } catch (error) {
      if (!(error instanceof GlobusAuthError && refusesCredentials(error))) throw error
      // Its status only: the refusal is said in our words (the token endpoint's code is Globus').
      throw refusal.withAdvice(credentialsWhy(`; the token endpoint refused them as well (${error.status})`), true)
    }
  }

  private async useToken(): Promise<void> {
    // Asked again after a lost answer: a second manage_projects token does no harm.
    const granted = await this.tokens.clientCredentials(MANAGE_PROJECTS_SCOPE, true)
    this.transport.useAuthorization(`Bearer ${granted.token}`)
    this.tokenGranted = true
  }
}

/** The OAuth2 answer to wrong client credentials (RFC 6749: invalid_client), whatever its status. */
function refusesCredentials(error: GlobusAuthError): boolean {
  return error.code === 'invalid_client' || isRefusal(error)
}
