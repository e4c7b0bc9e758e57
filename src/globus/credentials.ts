// How the client proves who it is. Older captures of the scopes API take HTTP Basic with the
// client's id and secret; Globus' current Action Provider guide gets a client-credentials token
// for manage_projects and sends it as a Bearer token. Whether Basic keeps working is unknown,
// so `auto` starts with Basic (one request in the steady state) and, only when the API refuses
// it with 401 while the token endpoint accepts the same credentials, uses a token from then on.
import type { Redactor } from '../text/redact.ts'
import { AUTH_METHOD_ADVICE, GlobusAuthError } from './errors.ts'
import type { Request } from './request.ts'
import { TokenAnswerSchema } from './schemas.ts'
import type { AuthLog, Transport } from './transport.ts'

export const AUTH_METHODS = ['auto', 'basic', 'token'] as const
export type AuthMethod = (typeof AUTH_METHODS)[number]

export const MANAGE_PROJECTS_SCOPE = 'urn:globus:auth:scope:auth.globus.org:manage_projects'

export interface CredentialEvents {
  /** A token was granted: mask it before anything can print (the adapter's job). */
  onToken?(token: string): void
}

export interface CredentialSettings extends CredentialEvents {
  /** The Basic header value, sent to the token endpoint. */
  basic: string
  method: AuthMethod
  redactor: Redactor
  log: AuthLog
}

export class Credentials {
  private tokenGranted = false
  private readonly transport: Transport
  private readonly settings: CredentialSettings

  constructor(transport: Transport, settings: CredentialSettings) {
    this.transport = transport
    this.settings = settings
  }

  private get method(): AuthMethod {
    return this.settings.method
  }

  /** Send with the right credentials; in `auto`, a request refused with 401 is sent once more with a token. */
  async send<T>(request: Request<T>): Promise<T> {
    if (this.method === 'token' && !this.tokenGranted) await this.useToken()
    try {
      return await this.transport.send(request)
    } catch (error) {
      // Only Basic was tried: the token route may be what this Globus Auth wants.
      if (this.method === 'basic' && isUnauthorized(error)) error.message += AUTH_METHOD_ADVICE
      if (this.method !== 'auto' || this.tokenGranted || !isUnauthorized(error)) throw error
      // 401: Globus did not act on the request, so sending it again (a write too) is safe.
      if (!(await this.tryToken())) throw error
      this.settings.log.notice?.(
        'Globus Auth refused HTTP Basic on its scopes API but granted a manage_projects token for the same ' +
          'credentials, so this run uses the token. Set auth_method: token to skip the refused request.',
      )
      return this.transport.send(request)
    }
  }

  /** In auto: a token, or false when the token endpoint refuses these credentials as well. */
  private async tryToken(): Promise<boolean> {
    try {
      await this.useToken()
      return true
    } catch (error) {
      if (error instanceof GlobusAuthError) return false
      throw error
    }
  }

  private async useToken(): Promise<void> {
    const answer = await this.transport.send({
      method: 'POST',
      path: 'v2/oauth2/token',
      form: { grant_type: 'client_credentials', scope: MANAGE_PROJECTS_SCOPE },
      authorization: this.settings.basic,
      idempotent: true,
      schema: TokenAnswerSchema,
    })
    const token = answer.access_token
    // Hidden from every excerpt and masked before anything can print it.
    this.settings.redactor.add(token)
    this.settings.onToken?.(token)
    this.transport.useAuthorization(`Bearer ${token}`)
    this.tokenGranted = true
  }
}

function isUnauthorized(error: unknown): error is GlobusAuthError {
  return error instanceof GlobusAuthError && error.status === 401
}
