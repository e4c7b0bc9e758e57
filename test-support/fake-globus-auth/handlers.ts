// msw handlers of the fake Globus Auth, over a FakeGlobusAuth store: Basic auth on every call,
// typed request bodies (unknown keys dropped, or refused with `unknownKeys`), Globus' error shape.
import { gzipSync } from 'node:zlib'
import { delay, HttpResponse, http } from 'msw'
import { z } from 'zod'
import { afterWork, arriveAt, authenticateBasic, globusError } from './answers.ts'
import { oauthHandlers } from './oauth.ts'
import { asAnswer, type FakeGlobusAuth, type FakeScope } from './store.ts'
import { tokenEndpoint } from './token-endpoint.ts'

/** The write bodies, strict (a key Globus does not know is refused) or not (it is dropped). */
function writeBodies(strict: boolean) {
  const object = strict ? z.strictObject : z.object
  const fields = {
    name: z.string().min(1),
    description: z.string().min(1),
    dependent_scopes: z.array(
      object({ scope: z.string(), optional: z.boolean(), requires_refresh_token: z.boolean() }),
    ),
    advertised: z.boolean(),
    allows_refresh_token: z.boolean(),
    required_domains: z.array(z.string()),
  }
  return {
    create: object({
      scope: object({
        ...fields,
        // Globus' current rule for a new scope; older scopes may have other suffixes.
        scope_suffix: z.string().regex(/^[a-z0-9_]+$/),
        dependent_scopes: fields.dependent_scopes.optional(),
        advertised: fields.advertised.optional(),
        allows_refresh_token: fields.allows_refresh_token.optional(),
        required_domains: fields.required_domains.optional(),
      }),
    }),
    update: object({ scope: object(fields).partial() }),
  }
}
const BODIES = { dropped: writeBodies(false), refused: writeBodies(true) }

/** Handlers for any host: the same set serves msw in-process and the loopback server. */
export function globusAuthHandlers(fake: FakeGlobusAuth) {
  return [
    ...oauthHandlers(fake),
    tokenEndpoint(fake),
    http.all('*/v2/api/*', async (info) => compressedIf(fake.compressAnswers, await answer(fake, info.request))),
  ]
}

async function answer(fake: FakeGlobusAuth, request: Request): Promise<Response> {
  const url = new URL(request.url)
  const text = await request.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = text
  }
  const caller = authenticate(fake, request.headers.get('authorization'))
  fake.requests.push({
    method: request.method,
    path: url.pathname + url.search,
    query: Object.fromEntries(url.searchParams),
    body,
    authenticated: caller !== undefined,
    proxied: request.headers.get('x-fake-proxy') === 'yes',
    connection: request.headers.get('connection') ?? undefined,
  })

  const fault = fake.takeFault(request.method, url.pathname + url.search)
  if (fault?.kind === 'meanwhile') fault.act(fake)
  if (fault?.kind === 'reset') return HttpResponse.error()
  if (fault?.kind === 'hang') await delay('infinite')
  if (fault?.kind === 'delay') await delay(fault.ms)
  if (fault?.kind === 'barrier') await arriveAt(fault)
  if (fault?.kind === 'raw') {
    return new HttpResponse(fault.body, {
      status: 200,
      headers: { 'content-type': fault.contentType ?? 'application/json' },
    })
  }
  if (fault?.kind === 'echo') {
    const authorization = request.headers.get('authorization') ?? ''
    const decoded = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8')
    const body = fault.render({ authorization, secret: decoded.slice(decoded.indexOf(':') + 1) })
    return new HttpResponse(body, {
      status: fault.status,
      headers: { 'content-type': fault.contentType ?? 'text/html' },
    })
  }
  if (fault?.kind === 'status') {
    const headers: Record<string, string> = { 'content-type': fault.contentType ?? 'application/json' }
    if (fault.retryAfter) headers['retry-after'] = fault.retryAfter
    if (fault.location) headers.location = fault.location
    if (fault.body !== undefined) return new HttpResponse(fault.body, { status: fault.status, headers })
    return globusError(fault.status, `FAULT_${fault.status}`, `injected status ${fault.status}`, headers)
  }

  if (!caller) {
    // Right credentials in the wrong form, as Globus answers some unauthenticated calls.
    if (refusedBasic(fake, request.headers.get('authorization'))) {
      return globusError(
        fake.basicRefusal,
        fake.basicRefusal === 403 ? 'FORBIDDEN' : 'UNAUTHORIZED',
        'Call must be authenticated',
      )
    }
    return globusError(401, 'UNAUTHORIZED', 'Invalid client credentials')
  }
  // The work is done; a lost answer never arrives.
  return afterWork(fault, route(fake, caller, request.method, url, body))
}

/** The same answer, gzip-compressed when `compress` says so. */
async function compressedIf(compress: boolean, response: Response): Promise<Response> {
  if (!compress || response.type === 'error') return response
  const headers = new Headers(response.headers)
  headers.set('content-encoding', 'gzip')
  headers.delete('content-length')
  return new HttpResponse(gzipSync(Buffer.from(await response.arrayBuffer())), { status: response.status, headers })
}

function authenticate(fake: FakeGlobusAuth, header: string | null): string | undefined {
  const bearer = /^Bearer (\S+)$/.exec(header ?? '')?.[1]
  if (bearer) return fake.tokens.get(bearer)
  return fake.apiCredentials === 'token-only' ? undefined : authenticateBasic(fake, header)
}

/** Right Basic credentials that an API taking tokens only refuses. */
function refusedBasic(fake: FakeGlobusAuth, header: string | null): boolean {
  return fake.apiCredentials === 'token-only' && authenticateBasic(fake, header) !== undefined
}

function route(fake: FakeGlobusAuth, caller: string, method: string, url: URL, body: unknown): Response {
  const path = url.pathname.replace(/\/+$/, '')
  const scopeId = /^\/v2\/api\/scopes\/([^/]+)$/.exec(path)?.[1]
  const clientId = /^\/v2\/api\/clients\/([^/]+)$/.exec(path)?.[1]
  const creatingFor = /^\/v2\/api\/clients\/([^/]+)\/scopes$/.exec(path)?.[1]
  if (method === 'GET' && path === '/v2/api/scopes') return lookup(fake, url, caller)
  if (scopeId) {
    const scope = fake.findScope(decodeURIComponent(scopeId))
    if (!scope || !fake.visibleTo(scope, caller)) return globusError(404, 'NOT_FOUND', 'No such scope')
    if (method === 'GET') return HttpResponse.json({ scope: fake.answerFor(scope, caller) })
    if (!fake.sameId(scope.client, caller)) return globusError(403, 'FORBIDDEN', 'You are not an admin of this scope')
    if (method === 'PUT') return update(fake, scope, body)
    if (method === 'DELETE') {
      fake.scopes.delete(scope.id)
      return HttpResponse.json({ scope: asAnswer(scope) })
    }
  }
  if (clientId && method === 'GET') {
    const client = fake.findClient(clientId)
    if (!client) return globusError(404, 'NOT_FOUND', 'No such client')
    if (client.id !== caller) return globusError(403, 'FORBIDDEN', 'You are not an admin of this client')
    const fqdns = [...(client.fqdns ?? [])]
    return HttpResponse.json({ client: { id: client.id, name: 'fake', scopes: [...client.scopes], fqdns } })
  }
  if (creatingFor && method === 'POST') {
    if (!fake.sameId(creatingFor, caller)) return globusError(403, 'FORBIDDEN', 'You are not an admin of this client')
    return create(fake, caller, body)
  }
  return globusError(404, 'NOT_FOUND', `No route for ${method} ${path}`)
}

function lookup(fake: FakeGlobusAuth, url: URL, caller: string): Response {
  const strings = url.searchParams.get('scope_strings')
  const ids = url.searchParams.get('ids')
  if (strings !== null && ids !== null) return globusError(400, 'BAD_REQUEST', 'Use ids or scope_strings, not both')
  // Unfiltered: the caller's own scopes.
  if (strings === null && ids === null) {
    return HttpResponse.json({ scopes: fake.scopesOf(caller).map((scope) => fake.answerFor(scope, caller)) })
  }
  const wanted = (strings ?? ids ?? '').split(',')
  const all = [...fake.scopes.values()].filter((s) => fake.visibleTo(s, caller))
  const found = all.filter((s) =>
    strings !== null ? wanted.includes(s.scope_string) : wanted.some((id) => fake.sameId(s.id, id)),
  )
  return HttpResponse.json({ scopes: found.map((scope) => fake.answerFor(scope, caller)) })
}

/** A dependent scope id that names no scope at all; one that exists is accepted, visible or not. */
function unknownDependents(fake: FakeGlobusAuth, dependents: { scope: string }[] | undefined): Response | undefined {
  if (fake.unknownDependentScopes === 'accepted') return undefined
  const unknown = dependents?.find((d) => !fake.findScope(d.scope))
  return unknown ? globusError(404, 'NOT_FOUND', `Dependent scope ${unknown.scope} not found`) : undefined
}

function create(fake: FakeGlobusAuth, caller: string, body: unknown): Response {
  const parsed = BODIES[fake.unknownKeys].create.safeParse(body)
  if (!parsed.success) return globusError(400, 'BAD_REQUEST', `Invalid scope: ${parsed.error.issues[0]?.message}`)
  const fields = { ...parsed.data.scope, name: fake.stored(parsed.data.scope.name) }
  fields.description = fake.stored(fields.description)
  if (fake.scopesOf(caller).some((s) => s.scope_suffix === fields.scope_suffix)) {
    const refusal = fake.duplicateSuffixRefusal
    if (refusal) return globusError(refusal.status, refusal.code, refusal.detail)
    return globusError(409, 'CONFLICT', `A scope with suffix '${fields.scope_suffix}' already exists for this client`)
  }
  const unknown = unknownDependents(fake, fields.dependent_scopes)
  if (unknown) return unknown
  const scopes = fake.createScopes(caller, fields)
  // Several scopes (registered domains) only fit the {scopes: [...]} shape.
  return fake.createAnswer === 'scope' && scopes.length === 1
    ? HttpResponse.json({ scope: asAnswer(scopes[0]!) }, { status: 201 })
    : HttpResponse.json({ scopes: scopes.map(asAnswer) }, { status: 201 })
}

function update(fake: FakeGlobusAuth, scope: FakeScope, body: unknown): Response {
  const parsed = BODIES[fake.unknownKeys].update.safeParse(body)
  if (!parsed.success) return globusError(400, 'BAD_REQUEST', `Invalid scope: ${parsed.error.issues[0]?.message}`)
  const unknown = unknownDependents(fake, parsed.data.scope.dependent_scopes)
  if (unknown) return unknown
  const { name, description, ...rest } = parsed.data.scope
  Object.assign(scope, rest)
  if (name !== undefined) scope.name = fake.stored(name)
  if (description !== undefined) scope.description = fake.stored(description)
  return HttpResponse.json({ scope: asAnswer(scope) })
}
