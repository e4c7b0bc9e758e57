// Typed calls to the Globus Auth scopes API, on top of the transport (transport.ts): the client's
// credentials (credentials.ts), ids checked before they go into a request, answers checked
// against the schemas (schemas.ts).
import { addCredentials, credentialRedactor, type Redactor } from '../text/redact.ts'
import { basicAuthorization } from './basic.ts'
import { type AuthMethod, Credentials } from './credentials.ts'
import { type RequestDescription, TransportError } from './errors.ts'
import {
  ClientAnswerSchema,
  CreateAnswerSchema,
  LookupAnswerSchema,
  type Scope,
  ScopeAnswerSchema,
  type ScopeRef,
  type ScopeWrite,
} from './schemas.ts'
import { isUuid, sameId } from './scope-string.ts'
import { TokenCalls, type TokenEvents } from './tokens.ts'
import { type AuthLog, Transport, type TransportSettings } from './transport.ts'

export type { Fetch } from './request.ts'
export type { AuthLog } from './transport.ts'

/**
 * Ids per lookup by id. A client with hundreds of scopes would otherwise make one URL of tens of
 * kilobytes and one answer that can pass the size cap (answer.ts: MAX_ANSWER_BYTES).
 */
export const IDS_PER_LOOKUP = 50

export interface AuthClientOptions extends TransportSettings {
  baseUrl: string
  clientId: string
  clientSecret: string
  /**
   * Scrubs credentials out of untrusted text before it reaches a message. Defaults to one for the
   * client id and secret; add more to it (a bearer token, say) with `redactor.add(value)`.
   */
  redactor?: Redactor
  /** Basic, a manage_projects token, or Basic until the API refuses it (credentials.ts). */
  authMethod?: AuthMethod
  onToken?: TokenEvents['onToken']
}

export class AuthClient {
  readonly clientId: string
  /** The base URL of Globus Auth this client talks to. */
  readonly authUrl: string
  /** What every message built from an answer is scrubbed with. */
  readonly redactor: Redactor
  /** This client's OAuth2 token calls (introspection, dependent tokens, revocation), with its Basic credentials. */
  readonly tokens: TokenCalls
  private readonly transport: Transport
  /** The stand-in callers' transports (asClient): their requests count with this client's. */
  private readonly others: Transport[] = []
  private readonly credentials: Credentials
  private readonly log: AuthLog
  private readonly onToken: TokenEvents['onToken']

  constructor(options: AuthClientOptions) {
    const { baseUrl, clientId, clientSecret, redactor, authMethod, onToken, ...settings } = options
    this.clientId = clientId
    this.authUrl = baseUrl
    this.redactor = redactor ?? credentialRedactor(clientId, clientSecret)
    const authorization = basicAuthorization(clientId, clientSecret)
    this.transport = new Transport(baseUrl, authorization, this.redactor, settings)
    this.log = settings.log ?? { debug() {}, info() {} }
    this.onToken = onToken
    this.tokens = new TokenCalls(this.transport, authorization, { redactor: this.redactor, onToken, log: this.log })
    this.credentials = new Credentials(this.transport, {
      tokens: this.tokens,
      method: authMethod ?? 'basic',
      log: this.log,
    })
  }

  /** Requests sent, the stand-in callers' included, for reports and tests. */
  get requestCount(): number {
    return this.others.reduce((sum, other) => sum + other.requestCount, this.transport.requestCount)
  }

  /**
   * Another client's token calls (a stand-in caller's): its own Basic credentials on a transport
   * that shares this one's network, clock, time limit and record hook. Its secret joins the redactor.
   */
  asClient(clientId: string, clientSecret: string): TokenCalls {
    addCredentials(this.redactor, clientId, clientSecret)
    const authorization = basicAuthorization(clientId, clientSecret)
    const transport = this.transport.withAuthorization(authorization)
    this.others.push(transport)
    return new TokenCalls(transport, authorization, { redactor: this.redactor, onToken: this.onToken, log: this.log })
  }

  /** Scopes by scope string, each string once; unknown strings are simply absent from the answer. */
  findScopesByString(scopeStrings: string[]): Promise<ScopeRef[]> {
    return this.lookup('scope_strings', scopeStrings)
  }

  /**
   * Scopes by id, each id once, IDS_PER_LOOKUP to a request; unknown ids are simply absent from
   * the answer.
   */
  async findScopesById(ids: string[]): Promise<ScopeRef[]> {
    ids.forEach((id, index) => {
      uuidOnly(id, `ids[${index}]`, { method: 'GET', path: '/v2/api/scopes?ids=…' })
    })
    return this.lookup('ids', ids)
  }

  /**
   * GET /v2/api/scopes, read as what was asked: each value once (ids compared in lower case), and
   * of the answer only the scopes asked for, each once, whatever it repeats or slips in. The one
   * place that rule lives. The API takes ids or scope strings, never both at once; ids go
   * IDS_PER_LOOKUP to a request, one request after another (the same order on every run).
   */
  private async lookup(by: LookupKey, values: string[]): Promise<ScopeRef[]> {
    const key = by === 'ids' ? (value: string) => value.toLowerCase() : (value: string) => value
    const pending = new Set<string>()
    // The first spelling of each value, in the order given.
    const asked = values.filter((value) => !pending.has(key(value)) && pending.add(key(value)))
    if (asked.length === 0) return []
    const perRequest = by === 'ids' ? IDS_PER_LOOKUP : asked.length
    const found: ScopeRef[] = []
    const pieces = Math.ceil(asked.length / perRequest)
    for (let piece = 0; piece < pieces; piece++) {
      const answer = await this.credentials.send({
        method: 'GET',
        ...scopeLookup(by, asked.slice(piece * perRequest, (piece + 1) * perRequest)),
        schema: LookupAnswerSchema,
      })
      for (const scope of answer.scopes) {
        const which = key(by === 'ids' ? scope.id : scope.scope_string)
        if (pending.delete(which)) found.push(scope)
      }
    }
    if (pieces > 1) this.log.info(`Looked up ${asked.length} scope ids in ${pieces} requests of at most ${perRequest}`)
    return found
  }

  async getScope(scopeId: string): Promise<Scope> {
    const answer = await this.credentials.send({
      method: 'GET',
      path: `v2/api/scopes/${uuidSegment(scopeId, 'scope id', { method: 'GET', path: '/v2/api/scopes/{scope_id}' })}`,
      schema: ScopeAnswerSchema,
    })
    return answer.scope
  }

  /** The ids of the scopes this client owns. */
  async getClientScopeIds(): Promise<string[]> {
    const answer = await this.credentials.send({
      method: 'GET',
      path: `v2/api/clients/${this.clientSegment({ method: 'GET', path: '/v2/api/clients/{client_id}' })}`,
      schema: ClientAnswerSchema,
    })
    return answer.client.scopes
  }

  /**
   * Every scope the create answer holds: one, or one per registered domain of the client.
   * Which of them is the Action Provider's is the caller's choice (scope-choice.ts).
   */
  async createScope(scope: ScopeWrite & { scope_suffix: string }): Promise<Scope[]> {
    const request: RequestDescription = { method: 'POST', path: '/v2/api/clients/{client_id}/scopes' }
    const answer = await this.credentials.send({
      method: 'POST',
      path: `v2/api/clients/${this.clientSegment(request)}/scopes`,
      body: { scope },
      schema: CreateAnswerSchema,
    })
    return answer.scope ? [answer.scope] : (answer.scopes ?? [])
  }

  async updateScope(scopeId: string, changes: ScopeWrite): Promise<Scope> {
    const answer = await this.credentials.send({
      method: 'PUT',
      path: `v2/api/scopes/${uuidSegment(scopeId, 'scope id', { method: 'PUT', path: '/v2/api/scopes/{scope_id}' })}`,
      body: { scope: changes },
      schema: ScopeAnswerSchema,
    })
    return answer.scope
  }

  private clientSegment(request: RequestDescription): string {
    return uuidSegment(this.clientId, 'client id', request)
  }
}

type LookupKey = 'ids' | 'scope_strings'

/**
 * A scope of this client from a lookup, whole: the action reads and writes it field by field, so
 * it must keep every rule of ScopeSchema (another service's scope needs only its id and string).
 */
export function ownScope(ref: ScopeRef): Scope {
  if (ref.whole) return ref.whole
  throw new TransportError(
    { method: 'GET', path: '/v2/api/scopes' },
    `the answer did not have the expected shape for ${ref.scope_string} (id ${ref.id}), a scope of this client, ` +
      `which the action reads whole (${ref.problem})`,
  )
}

/** Not known to be another client's: one whose answer names no client fails whole (ownScope). */
export function mayBeOwn(ref: Pick<ScopeRef, 'client'>, clientId: string): boolean {
  return ref.client === undefined || sameId(ref.client, clientId)
}

/** The path and query of a scope lookup: the client's, and the first lookup's at boot (src/boot/). */
export function scopeLookup(by: LookupKey, values: string[]): { path: string; query: Record<string, string> } {
  return { path: 'v2/api/scopes', query: { [by]: values.join(',') } }
}

/**
 * An id as a request path segment: a UUID, or refused before anything is sent. Ids come from
 * answers and files; `..`, a slash or an escape would point the request somewhere else.
 */
function uuidSegment(id: string, what: string, request: RequestDescription): string {
  uuidOnly(id, what, request)
  return id
}

function uuidOnly(id: unknown, what: string, request: RequestDescription): void {
  if (typeof id === 'string' && isUuid(id)) return
  // The value is not shown: it may be anything, from anywhere.
  const shape = typeof id === 'string' ? `${id.length} characters` : typeof id
  throw new TransportError(request, `refused to send: the ${what} is not a UUID (${shape}); nothing was sent`)
}
