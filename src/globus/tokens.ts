// The OAuth2 token calls of one client, with its own Basic credentials: a client-credentials token
// for a scope, introspection, the dependent-token grant and revocation (the Python SDK's
// oauth2_client_credentials_tokens, oauth2_token_introspect, oauth2_get_dependent_tokens and
// oauth2_revoke_token). Every token an answer holds is kept secret the moment the answer is read,
// before it is checked: taught to the redactor and handed to onToken (run() masks it) before
// anything can print it. An answer that holds tokens but cannot be read whole still hands them on
// (UnreadGrantError), so that what was granted can be revoked.
import * as z from 'zod/mini'
import { addToken, type Redactor } from '../text/redact.ts'
import { TransportError } from './errors.ts'
import { stringsUnder } from './exchange.ts'
import type { Request } from './request.ts'
import {
  BearerTokenSchema,
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
  /** Any other token the same answer held with it (`other_tokens`, say): revoked with it. */
  others: HeldToken[]
}

/** A token an answer held, by the field that held it. */
export interface HeldToken {
  token: string
  kind: 'access' | 'refresh'
}

/**
 * A grant Globus Auth answered with tokens, in an answer that could not be read whole (a field
 * of another shape, more entries than the cap, an object for a list). The tokens it held are
 * kept secret like any other and handed on, so that they are revoked all the same.
 */
export class UnreadGrantError extends TransportError {
  override name = 'UnreadGrantError'
  readonly granted: HeldToken[]
  constructor(cause: TransportError, granted: HeldToken[]) {
    super(cause.request, '')
    this.message = cause.message
    this.granted = granted
  }
}

/** The fields that hold a token a grant gives, wherever they are in its answer. */
const GRANTED_FIELDS: ReadonlySet<string> = new Set(['access_token', 'refresh_token'])

type GrantRequest = Omit<Request<unknown>, 'schema' | 'authorization'>

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
    const { answer, raw } = await this.grant(
      { method: 'POST', path: TOKEN_PATH, form: { grant_type: 'client_credentials', scope }, idempotent: retried },
      TokenAnswerSchema,
    )
    return this.granted(answer, raw)
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
    const form = { grant_type: DEPENDENT_TOKEN_GRANT, token, ...(offline ? { access_type: 'offline' } : {}) }
    const { answer, raw } = await this.grant({ method: 'POST', path: TOKEN_PATH, form }, DependentTokensAnswerSchema)
    // The list as read keeps the order of the list as sent.
    return answer.map((granted, index) => this.granted(granted, Array.isArray(raw) ? raw[index] : undefined))
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

  /**
   * A grant: every token its answer holds is kept secret before the answer is checked; an answer
   * that holds tokens but fails its schema throws UnreadGrantError with them.
   */
  private async grant<T>(request: GrantRequest, schema: z.ZodMiniType<T>): Promise<{ answer: T; raw: unknown }> {
    let raw: unknown
    let found: HeldToken[] = []
    const keeping = z.pipe(
      z.pipe(
        z.unknown(),
        z.transform((json) => {
          raw = json
          found = tokensIn(json)
          for (const { token } of found) this.keepSecret(token)
          return json
        }),
      ),
      schema,
    )
    try {
      const answer = await this.transport.send({ ...request, authorization: this.basic, schema: keeping })
      return { answer, raw }
    } catch (error) {
      if (error instanceof TransportError && found.length > 0) throw new UnreadGrantError(error, found)
      throw error
    }
  }

  private keepSecret(token: string): void {
    addToken(this.events.redactor, token)
    this.events.onToken?.(token)
  }

  /** A token of an answer as read (already kept secret), with any other token its part of the answer held. */
  private granted(
    answer: {
      access_token: string
      scope?: string[] | undefined
      refresh_token?: string | null | undefined
      expires_in?: number | undefined
    },
    raw: unknown,
  ): GrantedToken {
    const refreshToken = answer.refresh_token ?? undefined
    const others = tokensIn(raw).filter(({ token }) => token !== answer.access_token && token !== refreshToken)
    const what = answer.scope?.length ? ` for ${answer.scope.join(' ')}` : ''
    const more = others.length ? ` and ${others.length} other token${others.length === 1 ? '' : 's'}` : ''
    this.events.log.debug(
      `Globus Auth granted a token${what}${refreshToken ? ' and a refresh token' : ''}${more} (masked; never shown)`,
    )
    return {
      token: answer.access_token,
      scopes: answer.scope ?? [],
      refreshToken,
      expiresIn: answer.expires_in,
      others,
    }
  }
}

/** Every token an answer holds, each once: any access_token or refresh_token of a token's shape, at any depth. */
function tokensIn(json: unknown): HeldToken[] {
  const found = new Map<string, HeldToken>()
  for (const { name, value } of stringsUnder(json, GRANTED_FIELDS)) {
    const kind = name === 'refresh_token' ? 'refresh' : 'access'
    if (!found.has(value) && BearerTokenSchema.safeParse(value).success) found.set(value, { token: value, kind })
  }
  return [...found.values()]
}
