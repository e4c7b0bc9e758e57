// The OAuth2 token calls of one client, with its own Basic credentials: a client-credentials token
// for a scope, introspection, the dependent-token grant and revocation (the Python SDK's
// oauth2_client_credentials_tokens, oauth2_token_introspect, oauth2_get_dependent_tokens and
// oauth2_revoke_token). Every token is kept secret the moment its answer is read: taught to the
// redactor and handed to onToken (the runner masks it) before anything can print it.
import type { Redactor } from '../text/redact.ts'
import {
  DependentTokensAnswerSchema,
  IntrospectionAnswerSchema,
  RevocationAnswerSchema,
  TokenAnswerSchema,
} from './schemas.ts'
import type { AuthLog, Transport } from './transport.ts'

const TOKEN_PATH = 'v2/oauth2/token'
export const DEPENDENT_TOKEN_GRANT = 'urn:globus:auth:grant_type:dependent_token'

/** A token Globus Auth granted, and what it said of it. */
export interface GrantedToken {
  token: string
  /** The scopes it is for, as the answer lists them (none when it lists none). */
  scopes: string[]
  /** A refresh token that came with it (dependent tokens with access_type=offline). */
  refreshToken: string | undefined
  /** Seconds until it expires by itself, when the answer says. */
  expiresIn: number | undefined
}

/** What introspection says of a token. */
export interface Introspection {
  active: boolean
  scopes: string[]
  /** `aud`; undefined when Globus gives none. */
  audience: string[] | undefined
}

export interface TokenEvents {
  redactor: Redactor
  /** A token was granted: mask it before anything can print it (the runner's job). */
  onToken?(token: string): void
  log: AuthLog
}

/** One client's token calls: every request carries this client's Basic credentials. */
export class TokenCalls {
  private readonly transport: Transport
  private readonly basic: string
  private readonly events: TokenEvents

  /** `basic` is the whole Authorization header value of the client making the calls. */
  constructor(transport: Transport, basic: string, events: TokenEvents) {
    this.transport = transport
    this.basic = basic
    this.events = events
  }

  /**
   * A client-credentials token for `scope`. `retried`: send it again after a lost answer, as a
   * read is. Only where a second token does no harm (manage_projects): a caller's check never
   * asks twice, since a token whose answer was lost could not be revoked.
   */
  async clientCredentials(scope: string, retried = false): Promise<GrantedToken> {
    const answer = await this.transport.send({
      method: 'POST',
      path: TOKEN_PATH,
      form: { grant_type: 'client_credentials', scope },
      authorization: this.basic,
      idempotent: retried,
      schema: TokenAnswerSchema,
    })
    return this.kept(answer)
  }

  /** What Globus Auth says of `token` to this client (a resource server introspecting a caller's token). */
  async introspect(token: string): Promise<Introspection> {
    const answer = await this.transport.send({
      method: 'POST',
      path: `${TOKEN_PATH}/introspect`,
      form: { token },
      authorization: this.basic,
      idempotent: true,
      schema: IntrospectionAnswerSchema,
    })
    return { active: answer.active, scopes: answer.scope ?? [], audience: answer.aud }
  }

  /**
   * The dependent tokens this client gets for `token`: one per resource server its scope
   * depends on. `offline` asks for refresh tokens too (access_type=offline), as a provider does
   * for a dependent scope that requires one. Never sent twice: each answer holds new tokens.
   */
  async dependentTokens(token: string, offline: boolean): Promise<GrantedToken[]> {
    const answer = await this.transport.send({
      method: 'POST',
      path: TOKEN_PATH,
      form: { grant_type: DEPENDENT_TOKEN_GRANT, token, ...(offline ? { access_type: 'offline' } : {}) },
      authorization: this.basic,
      schema: DependentTokensAnswerSchema,
    })
    return answer.map((granted) => this.kept(granted))
  }

  /** Revoke a token this client holds. Revoking twice is harmless: retried as a read. */
  async revoke(token: string): Promise<void> {
    await this.transport.send({
      method: 'POST',
      path: `${TOKEN_PATH}/revoke`,
      form: { token },
      authorization: this.basic,
      idempotent: true,
      schema: RevocationAnswerSchema,
    })
  }

  /** Every token of an answer, kept secret before it is returned. */
  private kept(answer: {
    access_token: string
    scope?: string[] | undefined
    refresh_token?: string | null | undefined
    expires_in?: number | undefined
  }): GrantedToken {
    const refreshToken = answer.refresh_token ?? undefined
    for (const token of [answer.access_token, refreshToken]) {
      if (token === undefined) continue
      this.events.redactor.add(token)
      this.events.onToken?.(token)
    }
    const what = answer.scope?.length ? ` for ${answer.scope.join(' ')}` : ''
    this.events.log.debug(
      `Globus Auth granted a token${what}${refreshToken ? ' and a refresh token' : ''} (masked; never shown)`,
    )
    return { token: answer.access_token, scopes: answer.scope ?? [], refreshToken, expiresIn: answer.expires_in }
  }
}
