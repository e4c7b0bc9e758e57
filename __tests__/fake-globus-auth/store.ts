// In-memory state of the fake Globus Auth: clients, scopes, injected faults, and a log of
// every request it received. Follows ../shared/globus-auth-scopes.md.
import { randomBytes, randomUUID } from 'node:crypto'

export const GROUPS_SCOPE_ID = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'
export const GROUPS_SCOPE_STRING = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'
export const TRANSFER_SCOPE_STRING = 'urn:globus:auth:scope:transfer.api.globus.org:all'

export interface FakeDependentScope {
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

export interface EchoedCredentials {
  /** The Authorization header as received, e.g. `Basic <base64>`. */
  authorization: string
  /** The secret decoded from it. */
  secret: string
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
}

export class FakeGlobusAuth {
  readonly clients = new Map<string, FakeClient>()
  readonly scopes = new Map<string, FakeScope>()
  readonly requests: LoggedRequest[] = []
  readonly faults: Fault[] = []
  /** The SDKs say a create answers {scope}; the guide says {scopes: [...]}. */
  createAnswer: 'scope' | 'scopes' = 'scope'
  readonly transferScopeId: string

  constructor() {
    const groups = this.addClient({ id: 'd8a4b3fa-1a8a-4a34-8b44-f1e1ff1d8a10' })
    this.addScope(groups.id, {
      id: GROUPS_SCOPE_ID,
      scope_string: GROUPS_SCOPE_STRING,
      scope_suffix: 'view_my_groups_and_memberships',
      name: 'View Groups and Memberships',
      description: 'View your groups and memberships.',
    })
    const transfer = this.addClient({})
    this.transferScopeId = this.addScope(transfer.id, {
      scope_string: TRANSFER_SCOPE_STRING,
      scope_suffix: 'all',
      name: 'Transfer Files',
      description: 'Transfer files using Globus Transfer.',
    }).id
  }

  addClient(init: Partial<FakeClient>): FakeClient {
    const client: FakeClient = {
      id: init.id ?? randomUUID(),
      secret: init.secret ?? randomBytes(32).toString('base64'),
      scopes: [],
    }
    this.clients.set(client.id, client)
    return client
  }

  addScope(clientId: string, init: Partial<FakeScope> & { scope_suffix: string }): FakeScope {
    const scope: FakeScope = {
      id: init.id ?? randomUUID(),
      client: clientId,
      name: init.name ?? init.scope_suffix,
      description: init.description ?? init.scope_suffix,
      scope_string: init.scope_string ?? `https://auth.globus.org/scopes/${clientId}/${init.scope_suffix}`,
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
