// In-memory state of the fake Globus Auth: clients, scopes, injected faults, and a log of
// every request it received. Follows docs/globus-auth-api.md; the switches below turn on the
// behaviours of the real service the action must survive (see that page).
import { randomBytes, randomUUID } from 'node:crypto'

export const GROUPS_SCOPE_ID = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'
/** The same Groups scope string has another id outside production. */
export const SANDBOX_GROUPS_SCOPE_ID = 'a9c7ef6f-3858-40fc-a238-551fcef1e7ef'
export const GROUPS_SCOPE_STRING = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'
export const TRANSFER_SCOPE_STRING = 'urn:globus:auth:scope:transfer.api.globus.org:all'

interface FakeDependentScope {
  scope: string
  optional: boolean
  requires_refresh_token: boolean
}

export interface FakeScope {
  id: string
  client: string
  name: string
  description: string
  scope_string: string
  scope_suffix: string
  dependent_scopes: FakeDependentScope[]
  allows_refresh_token: boolean
  advertised: boolean
  required_domains: string[]
}

export interface FakeClient {
  id: string
  secret: string
  scopes: string[]
  /** Registered domains: a create makes one more scope per domain, listed first. */
  fqdns?: string[]
}

/** A token granted by the fake's OAuth2 calls (oauth.ts). */
export interface FakeToken {
  /** The client that holds it: the only one that can revoke it. */
  holder: string
  kind: 'access' | 'refresh'
  /** The scopes it is for (ids), all of one resource server: the client they belong to. */
  scopeIds: string[]
  resourceServer: string
}

export interface FakeGlobusAuthOptions {
  /** Which Globus the fake plays: the Groups scope's id differs. */
  environment?: 'production' | 'sandbox'
}

/** How the fake refuses a create whose suffix the client already has. */
export interface Refusal {
  status: number
  code: string
  detail: string
}

export type FaultKind =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; contentType?: string; location?: string }
  /** Drop the connection without answering. */
  | { kind: 'reset' }
  /** Carry the request out, then drop the connection: the caller never learns it happened. */
  | { kind: 'lost-answer'; status?: number }
  /** Never answer. */
  | { kind: 'hang' }
  | { kind: 'delay'; ms: number }
  /** Hold matching requests until `count` of them have arrived, then let all go on. */
  | { kind: 'barrier'; count: number; arrived?: number; release?: () => void; gate?: Promise<void> }
  /** Answer 200 with this raw body. */
  | { kind: 'raw'; body: string; contentType?: string }
  /**
   * Answer `status` with a body that echoes the request's credentials, as a careless error page
   * or proxy does: `render` gets the Authorization header as sent and the secret decoded from it.
   */
  | { kind: 'echo'; status: number; contentType?: string; render: (echo: EchoedCredentials) => string }
  /** Answer as usual, but with `value` at `path` of the JSON answer (any value, any field). */
  | { kind: 'field'; path: readonly (string | number)[]; value: unknown }
  /** Someone else acts just before the request is handled (another run creating the scope). */
  | { kind: 'meanwhile'; act: (fake: FakeGlobusAuth) => void }

export interface EchoedCredentials {
  /** The Authorization header as received, e.g. `Basic <base64>`. */
  authorization: string
  /** The secret decoded from it. */
  secret: string
  /** The token a form to the OAuth2 endpoints carries (introspection, exchange, revocation), if any. */
  token?: string
}

export interface Fault {
  method?: string
  path?: RegExp
  /** How many matching requests it affects. */
  times: number
  fault: FaultKind
}

export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  /** Whether the Basic credentials were right (never the credentials themselves). */
  authenticated: boolean
  proxied?: boolean
  /** The Connection header: `close` from the action's early first request (node:http, agent: false). */
  connection?: string
}

export class FakeGlobusAuth {
  readonly clients = new Map<string, FakeClient>()
  readonly scopes = new Map<string, FakeScope>()
  readonly requests: LoggedRequest[] = []
  readonly faults: Fault[] = []
  /**
   * Every guide version and real script shows a create answering {scopes: [...]}; only the
   * Python SDK's synthetic fixture and the JS SDK's type say {scope}.
   */
  createAnswer: 'scope' | 'scopes' = 'scopes'
  readonly transferScopeId: string
  readonly groupsScopeId: string
  /**
   * Who sees a scope in a lookup and in GET /v2/api/scopes/{id}: its own client, and everyone when
   * it is advertised (the SDK's docstrings), or 'all', the old wide view that showed every scope.
   * Writes may name any scope's id as a dependent scope, visible or not.
   */
  visibility: 'all' | 'owner-or-advertised' = 'owner-or-advertised'
  /**
   * A write naming a dependent scope id that does not exist at all: refused with 404, or accepted
   * and stored as given. Unverified either way.
   */
  unknownDependentScopes: 'refused' | 'accepted' = 'refused'
  /**
   * A write with a key Globus does not know (`allow_refresh_tokens`, a misspelt field): accepted
   * and the key dropped, as the public record suggests, or refused with 400 (strict).
   */
  unknownKeys: 'dropped' | 'refused' = 'dropped'
  /** Client and scope ids in paths, queries and credentials match whatever their case. */
  caseInsensitiveIds = false
  /** The answer to a create of a suffix that exists; by default 409 with words saying so. */
  duplicateSuffixRefusal: Refusal | undefined
  /** The host of the scope strings of new client scopes. */
  scopeStringHost = 'auth.globus.org'
  /** Answers gzip-compressed whatever the request accepts, as a server ignoring accept-encoding would. */
  compressAnswers = false
  /**
   * The scope strings of a registered domain's scopes: `https://<host>/scopes/<fqdn>/<suffix>` as
   * real answers show (`…/scopes/actions.globus.org/hello_world`), or the urn form Globus' own
   * services have, `urn:globus:auth:scope:<fqdn>:<suffix>`.
   */
  domainScopeForm: 'url' | 'urn' = 'url'
  /**
   * How the scopes API takes credentials: Basic or a Bearer token (older captures), or a
   * manage_projects token only (Globus' current guide), refusing Basic with `basicRefusal`.
   */
  apiCredentials: 'basic-or-token' | 'token-only' = 'basic-or-token'
  /** The status of a refused Basic: unverified, and Globus answers some unauthenticated calls 403. */
  basicRefusal: 401 | 403 = 401
  /** Other clients' scopes answered with a null name and description (not the caller's to judge). */
  othersWithNullFields = false
  /** How names and descriptions are stored: as sent, trimmed, or Unicode-normalised. */
  storesText: 'as-sent' | 'trimmed' | 'NFC' | 'NFKC' = 'as-sent'
  /** Tokens the token endpoint granted, and the client each stands for. */
  readonly tokens = new Map<string, string>()
  /** Tokens for other scopes than manage_projects (oauth.ts) while they are live: revocation removes them. */
  readonly grants = new Map<string, FakeToken>()
  /** Every token the fake ever granted for other scopes, revoked or not: what a leak check looks for. */
  readonly granted: string[] = []
  /** Whether a client is granted another client's scope that is not advertised: unverified. */
  grantsUnadvertised = false
  /**
   * What introspection's `aud` holds, which is unverified: the client id of the token's resource
   * server (the scope's client) in a list, or alone as one string (RFC 7662 allows either), only the
   * token's own client, or no `aud` at all.
   */
  introspectionAudience: 'resource-server' | 'one-string' | 'holder-only' | 'absent' = 'resource-server'
  /** Whether the dependent-token grant exchanges a client's own (client-credentials) token: unverified. */
  exchangesClientTokens = true
  /** Whether that grant gives refresh tokens (access_type=offline) on a client's own token: unverified. */
  refreshesClientTokens = true
  /** Dependent scopes (scope strings) whose tokens the dependent-token grant leaves out. */
  readonly withheldDependentTokens = new Set<string>()

  constructor(options: FakeGlobusAuthOptions = {}) {
    const groups = this.addClient({ id: 'd8a4b3fa-1a8a-4a34-8b44-f1e1ff1d8a10' })
    this.groupsScopeId = this.addScope(groups.id, {
      id: options.environment === 'sandbox' ? SANDBOX_GROUPS_SCOPE_ID : GROUPS_SCOPE_ID,
      scope_string: GROUPS_SCOPE_STRING,
      scope_suffix: 'view_my_groups_and_memberships',
      name: 'View Groups and Memberships',
      description: 'View your groups and memberships.',
      advertised: true,
    }).id
    const transfer = this.addClient({})
    this.transferScopeId = this.addScope(transfer.id, {
      scope_string: TRANSFER_SCOPE_STRING,
      scope_suffix: 'all',
      name: 'Transfer Files',
      description: 'Transfer files using Globus Transfer.',
      advertised: true,
    }).id
  }

  addClient(init: Partial<FakeClient>): FakeClient {
    const client: FakeClient = {
      id: init.id ?? randomUUID(),
      secret: init.secret ?? randomBytes(32).toString('base64'),
      scopes: [],
      fqdns: init.fqdns ?? [],
    }
    this.clients.set(client.id, client)
    return client
  }

  /** A create as Globus does it: one scope per registered domain, then the client's own one. */
  createScopes(clientId: string, fields: Omit<Partial<FakeScope>, 'scope_string'> & { scope_suffix: string }) {
    const domains = this.clients.get(clientId)?.fqdns ?? []
    const suffix = fields.scope_suffix
    return [
      ...domains.map((fqdn) =>
        this.addScope(clientId, {
          ...structuredClone(fields),
          scope_string:
            this.domainScopeForm === 'urn'
              ? `urn:globus:auth:scope:${fqdn}:${suffix}`
              : `https://${this.scopeStringHost}/scopes/${fqdn}/${suffix}`,
        }),
      ),
      this.addScope(clientId, {
        ...structuredClone(fields),
        scope_string: `https://${this.scopeStringHost}/scopes/${clientId}/${fields.scope_suffix}`,
      }),
    ]
  }

  /** Whether two ids are the same, as the service compares them. */
  sameId(a: string, b: string): boolean {
    return this.caseInsensitiveIds ? a.toLowerCase() === b.toLowerCase() : a === b
  }

  findClient(id: string): FakeClient | undefined {
    return this.clients.get(id) ?? [...this.clients.values()].find((c) => this.sameId(c.id, id))
  }

  findScope(id: string): FakeScope | undefined {
    return this.scopes.get(id) ?? [...this.scopes.values()].find((s) => this.sameId(s.id, id))
  }

  /** Text as this fake stores it (`storesText`). */
  stored(text: string): string {
    if (this.storesText === 'trimmed') return text.trim()
    return this.storesText === 'as-sent' ? text : text.normalize(this.storesText)
  }

  /** The scope as the API answers it to `caller`. */
  answerFor(scope: FakeScope, caller: string): ReturnType<typeof asAnswer> | Record<string, unknown> {
    const answer = asAnswer(scope)
    if (!this.othersWithNullFields || this.sameId(scope.client, caller)) return answer
    return { ...answer, name: null, description: null }
  }

  /** Whether the caller may see the scope in a lookup or read it by id. */
  visibleTo(scope: FakeScope, caller: string): boolean {
    return this.visibility === 'all' || scope.advertised || this.sameId(scope.client, caller)
  }

  addScope(clientId: string, init: Partial<FakeScope> & { scope_suffix: string }): FakeScope {
    const scope: FakeScope = {
      id: init.id ?? randomUUID(),
      client: clientId,
      name: init.name ?? init.scope_suffix,
      description: init.description ?? init.scope_suffix,
      scope_string: init.scope_string ?? `https://${this.scopeStringHost}/scopes/${clientId}/${init.scope_suffix}`,
      scope_suffix: init.scope_suffix,
      dependent_scopes: init.dependent_scopes ?? [],
      allows_refresh_token: init.allows_refresh_token ?? true,
      advertised: init.advertised ?? false,
      required_domains: init.required_domains ?? [],
    }
    this.scopes.set(scope.id, scope)
    this.clients.get(clientId)?.scopes.push(scope.id)
    return scope
  }

  /** Inject a fault for the next `times` matching requests. */
  inject(fault: FaultKind, match: { method?: string; path?: RegExp; times?: number } = {}): void {
    this.faults.push({ method: match.method, path: match.path, times: match.times ?? 1, fault })
  }

  /** The first fault matching this request, used up by one. */
  takeFault(method: string, path: string): FaultKind | undefined {
    const fault = this.faults.find((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)))
    if (!fault) return undefined
    fault.times--
    if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1)
    return fault.fault
  }

  scopesOf(clientId: string): FakeScope[] {
    return [...this.scopes.values()].filter((s) => s.client === clientId)
  }

  /** Tokens granted for other scopes than manage_projects and not revoked yet. */
  liveTokens(): string[] {
    return [...this.grants.keys()]
  }

  /** Requests as `METHOD /path`, for compact assertions. */
  requestLines(): string[] {
    return this.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`)
  }
}

/** The scope as the API answers it (no scope_suffix field). */
export function asAnswer(scope: FakeScope): Omit<FakeScope, 'scope_suffix'> {
  const { scope_suffix: _, ...answer } = scope
  return structuredClone(answer)
}
