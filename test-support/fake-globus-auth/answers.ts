// What the fake's handlers share (handlers.ts, token-endpoint.ts, oauth.ts): Globus' error shape,
// an answer with a value put at a field, and who a Basic header says is calling.
import { delay, HttpResponse } from 'msw'
import type { FakeGlobusAuth, FaultKind } from './store.ts'

export function globusError(status: number, code: string, detail: string, headers?: Record<string, string>) {
  return HttpResponse.json(
    {
      errors: [
        { status: String(status), id: `req-${Math.random().toString(16).slice(2, 10)}`, code, detail, title: code },
      ],
      error: code.toLowerCase(),
      error_description: detail,
    },
    { status, headers },
  )
}

/** The same answer with `value` at `path` (intermediate objects and lists made as needed). */
async function withField(response: Response, path: readonly (string | number)[], value: unknown): Promise<Response> {
  const answer: unknown = await response.json()
  let at = answer as Record<string | number, unknown>
  path.slice(0, -1).forEach((key, index) => {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = typeof path[index + 1] === 'number' ? [] : {}
    at = at[key] as Record<string | number, unknown>
  })
  const last = path.at(-1)
  if (last === undefined) return HttpResponse.json(value as never, { status: response.status })
  at[last] = value
  return HttpResponse.json(answer as never, { status: response.status })
}

/** The client whose id and secret a Basic header holds, if they are right. */
export function authenticateBasic(fake: FakeGlobusAuth, header: string | null): string | undefined {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '')
  if (!match?.[1]) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const client = fake.findClient(decoded.slice(0, colon))
  return client && colon > 0 && client.secret === decoded.slice(colon + 1) ? client.id : undefined
}

/** An OAuth2 error, as the token endpoint answers (RFC 6749: `error`, `error_description`). */
export function oauthError(status: number, error: string, description?: string): Response {
  return HttpResponse.json({ error, ...(description ? { error_description: description } : {}) }, { status })
}

/**
 * A form request to the OAuth2 endpoints, logged (the form, never the credentials), with the
 * client its Basic header names, the fault injected for it, and the answer that fault makes
 * before any work is done, if it makes one.
 */
export async function formRequest(
  fake: FakeGlobusAuth,
  request: Request,
): Promise<{ form: URLSearchParams; caller: string | undefined; fault: FaultKind | undefined; early?: Response }> {
  const form = new URLSearchParams(await request.text())
  const authorization = request.headers.get('authorization') ?? ''
  const caller = authenticateBasic(fake, authorization)
  const path = new URL(request.url).pathname
  fake.requests.push({ method: 'POST', path, query: {}, body: Object.fromEntries(form), authenticated: !!caller })
  const fault = fake.takeFault('POST', path)
  // Every fault the scopes API takes (handlers.ts), so that no injected fault is silently ignored here.
  if (fault?.kind === 'meanwhile') fault.act(fake)
  if (fault?.kind === 'hang') await delay('infinite')
  if (fault?.kind === 'delay') await delay(fault.ms)
  if (fault?.kind === 'barrier') await arriveAt(fault)
  if (fault?.kind === 'raw') {
    const headers = { 'content-type': fault.contentType ?? 'application/json' }
    return { form, caller, fault, early: new HttpResponse(fault.body, { status: 200, headers }) }
  }
  if (fault?.kind === 'reset') return { form, caller, fault, early: HttpResponse.error() }
  if (fault?.kind === 'status') {
    return { form, caller, fault, early: HttpResponse.json({ error: 'injected' }, { status: fault.status }) }
  }
  if (fault?.kind === 'echo') {
    const decoded = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8')
    const echoed = { authorization, secret: decoded.slice(decoded.indexOf(':') + 1), token: form.get('token') ?? '' }
    const headers = { 'content-type': fault.contentType ?? 'text/html' }
    return { form, caller, fault, early: new HttpResponse(fault.render(echoed), { status: fault.status, headers }) }
  }
  return { form, caller, fault }
}

/** The answer as a fault leaves it once the work is done: lost on the way, or with a value at a field. */
export function afterWork(fault: FaultKind | undefined, response: Response): Response | Promise<Response> {
  if (fault?.kind === 'lost-answer') {
    return fault.status ? globusError(fault.status, 'GATEWAY', 'upstream went away') : HttpResponse.error()
  }
  return fault?.kind === 'field' ? withField(response, fault.path, fault.value) : response
}

/** Two racing runs, made deterministic: each waits here until all have arrived. */
export function arriveAt(barrier: Extract<FaultKind, { kind: 'barrier' }>): Promise<void> {
  barrier.gate ??= new Promise<void>((release) => {
    barrier.release = release
  })
  barrier.arrived = (barrier.arrived ?? 0) + 1
  if (barrier.arrived >= barrier.count) barrier.release?.()
  return barrier.gate
}
