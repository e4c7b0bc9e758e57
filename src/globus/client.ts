// Typed calls to the Globus Auth scopes API: Basic auth, per-request timeout, an overall
// deadline, retries of transient failures, and answers parsed with zod.
import type { z } from 'zod'
import { DeadlineError, GlobusAuthError, LostWriteError, type RequestDescription, TransportError } from './errors.ts'
import { backoffMs, DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES, type RetryPolicy, retryAfterMs } from './retry.ts'
import {
  ClientAnswerSchema,
  CreateAnswerSchema,
  ErrorBodySchema,
  type Scope,
  ScopeAnswerSchema,
  ScopesAnswerSchema,
  type ScopeWrite,
} from './schemas.ts'
import { hasSuffix } from './scope-string.ts'

export interface AuthLog {
  debug(message: string): void
  info(message: string): void
}

/**
 * The fetch the client sends with. The action passes undici's fetch over a proxy-aware
 * dispatcher; tests pass the global fetch, which msw intercepts.
 */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; redirect: 'manual' },
) => Promise<{ status: number; headers: { get(name: string): string | null }; body: ReadableStream<Uint8Array> | null }>

export interface AuthClientOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  fetch?: Fetch
  requestTimeoutMs?: number
  /** Time budget for everything this client does, from its construction. */
  totalTimeoutMs?: number
  retry?: RetryPolicy
  maxBodyBytes?: number
  userAgent?: string
  log?: AuthLog
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
const DEFAULT_TOTAL_TIMEOUT_MS = 120_000
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

const silent: AuthLog = { debug() {}, info() {} }

interface Call<T> {
  method: 'GET' | 'POST' | 'PUT'
  path: string
  query?: Record<string, string>
  body?: unknown
  schema: z.ZodType<T>
}

type Attempt =
  | { kind: 'answer'; status: number; headers: { get(name: string): string | null }; text: string }
  | { kind: 'failure'; cause: string; permanent?: boolean }

export class AuthClient {
  readonly clientId: string
  /** Requests sent, for reports and tests. */
  requestCount = 0
  private readonly baseUrl: URL
  private readonly authorization: string
  private readonly options: Required<Omit<AuthClientOptions, 'baseUrl' | 'clientId' | 'clientSecret'>>
  private readonly deadline: number

  constructor(options: AuthClientOptions) {
    this.baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`)
    this.clientId = options.clientId
    this.authorization = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`
    this.options = {
      fetch: options.fetch ?? (globalThis.fetch as Fetch),
      requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      totalTimeoutMs: options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS,
      retry: options.retry ?? DEFAULT_RETRY_POLICY,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      userAgent: options.userAgent ?? 'ensure-globus-scope',
      log: options.log ?? silent,
      now: options.now ?? Date.now,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
    }
    this.deadline = this.options.now() + this.options.totalTimeoutMs
  }

  /** Scopes by scope string; unknown strings are simply absent from the answer. */
  findScopesByString(scopeStrings: string[]): Promise<Scope[]> {
    return this.lookup('scope_strings', scopeStrings)
  }

  /** Scopes by id; unknown ids are simply absent from the answer. */
  findScopesById(ids: string[]): Promise<Scope[]> {
    return this.lookup('ids', ids)
  }

  /** One GET /v2/api/scopes; the API takes ids or scope strings, never both at once. */
  private async lookup(by: 'ids' | 'scope_strings', values: string[]): Promise<Scope[]> {
    if (values.length === 0) return []
    const answer = await this.call({
      method: 'GET',
      path: 'v2/api/scopes',
      query: { [by]: values.join(',') },
      schema: ScopesAnswerSchema,
    })
    return answer.scopes
  }

  async getScope(scopeId: string): Promise<Scope> {
    const answer = await this.call({
      method: 'GET',
      path: `v2/api/scopes/${encodeURIComponent(scopeId)}`,
      schema: ScopeAnswerSchema,
    })
    return answer.scope
  }

  /** The ids of the scopes this client owns. */
  async getClientScopeIds(): Promise<string[]> {
    const answer = await this.call({
      method: 'GET',
      path: `v2/api/clients/${encodeURIComponent(this.clientId)}`,
      schema: ClientAnswerSchema,
    })
    return answer.client.scopes
  }

  async createScope(scope: ScopeWrite & { scope_suffix: string }): Promise<Scope> {
    const answer = await this.call({
      method: 'POST',
      path: `v2/api/clients/${encodeURIComponent(this.clientId)}/scopes`,
      body: { scope },
      schema: CreateAnswerSchema,
    })
    if ('scope' in answer) return answer.scope
    // One scope per registered domain: take the one with our suffix.
    const created = answer.scopes.find((s) => hasSuffix(s.scope_string, scope.scope_suffix)) ?? answer.scopes[0]
    if (!created) {
      throw new TransportError(
        { method: 'POST', path: `/v2/api/clients/${this.clientId}/scopes` },
        'Globus Auth answered the create with an empty scope list',
      )
    }
    return created
  }

  async updateScope(scopeId: string, changes: ScopeWrite): Promise<Scope> {
    const answer = await this.call({
      method: 'PUT',
      path: `v2/api/scopes/${encodeURIComponent(scopeId)}`,
      body: { scope: changes },
      schema: ScopeAnswerSchema,
    })
    return answer.scope
  }

  private async call<T>(call: Call<T>): Promise<T> {
    const url = new URL(call.path, this.baseUrl)
    for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value)
    // Decoded, for people to read in logs and errors.
    const described: RequestDescription = { method: call.method, path: decodeURIComponent(url.pathname + url.search) }
    const isWrite = call.method !== 'GET'
    const { log, retry } = this.options

    for (let attempt = 0; ; attempt++) {
      const result = await this.attempt(url, call, described)
      let retryIn: number | undefined
      let reason: string
      if (result.kind === 'failure') {
        if (result.permanent) throw new TransportError(described, result.cause)
        if (isWrite) throw new LostWriteError(described, result.cause)
        reason = result.cause
        retryIn = backoffMs(attempt, this.options.random(), retry)
      } else if (RETRYABLE_STATUSES.has(result.status)) {
        // 429 means Globus did not act, so even a write may be sent again;
        // after a 5xx a write's fate is unknown and the caller must look first.
        if (isWrite && result.status !== 429) throw new LostWriteError(described, `status ${result.status}`)
        reason = `status ${result.status}`
        retryIn = retryAfterMs(result.headers.get('retry-after')) ?? backoffMs(attempt, this.options.random(), retry)
      } else {
        return this.parse(result, call.schema, described)
      }

      const exhausted = attempt >= retry.maxRetries
      const remaining = this.deadline - this.options.now()
      if (exhausted || retryIn >= remaining) {
        const why = exhausted
          ? `gave up after ${attempt + 1} attempts`
          : `gave up after ${attempt + 1} attempts: the next wait (${seconds(retryIn)}) would pass the ${seconds(this.options.totalTimeoutMs)} time limit`
        if (result.kind === 'answer') throw this.errorFrom(result, described, why)
        throw new TransportError(
          described,
          `${result.cause}; ${why}. Check that the runner reaches ${this.baseUrl.origin} (proxy settings: HTTPS_PROXY, NO_PROXY)`,
        )
      }
      log.info(
        `Globus Auth: ${described.method} ${url.pathname} failed (${reason}); ` +
          `retry ${attempt + 1} of ${retry.maxRetries} in ${seconds(retryIn)}`,
      )
      await this.options.sleep(retryIn)
    }
  }

  private async attempt<T>(url: URL, call: Call<T>, described: RequestDescription): Promise<Attempt> {
    const remaining = this.deadline - this.options.now()
    if (remaining <= 0) {
      throw new DeadlineError(
        `${described.method} ${described.path}: the ${seconds(this.options.totalTimeoutMs)} time limit for talking to Globus Auth ran out`,
      )
    }
    const timeoutMs = Math.min(this.options.requestTimeoutMs, remaining)
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const started = this.options.now()
    this.requestCount++
    try {
      const response = await this.options.fetch(url.toString(), {
        method: call.method,
        headers: {
          authorization: this.authorization,
          accept: 'application/json',
          'user-agent': this.options.userAgent,
          ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: controller.signal,
        // Never follow: the Authorization header must only reach the configured host.
        redirect: 'manual',
      })
      const text = await readCapped(response.body, this.options.maxBodyBytes)
      this.options.log.debug(
        `Globus Auth: ${described.method} ${described.path} -> ${response.status} (${this.options.now() - started} ms)`,
      )
      if (text === undefined) {
        return { kind: 'failure', cause: `the answer was larger than ${this.options.maxBodyBytes} bytes` }
      }
      return { kind: 'answer', status: response.status, headers: response.headers, text }
    } catch (error) {
      const cause = controller.signal.aborted
        ? `no answer within ${seconds(timeoutMs)}`
        : `connection failed: ${networkCause(error)}`
      this.options.log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`)
      // A certificate that cannot be trusted will not become trusted by trying again.
      const permanent = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(cause)
      return permanent
        ? {
            kind: 'failure',
            cause: `${cause}. The TLS certificate of ${url.host} is not trusted; nothing was sent`,
            permanent,
          }
        : { kind: 'failure', cause }
    } finally {
      clearTimeout(timer)
    }
  }

  private parse<T>(
    answer: Extract<Attempt, { kind: 'answer' }>,
    schema: z.ZodType<T>,
    described: RequestDescription,
  ): T {
    if (answer.status >= 300 && answer.status < 400) {
      const location = answer.headers.get('location')
      throw new TransportError(
        described,
        `Globus Auth answered with a redirect (${answer.status}) to ${location ?? 'an unnamed location'}; ` +
          'redirects are not followed so that the credentials only reach the configured host. ' +
          'Check auth_url / the environment input.',
      )
    }
    if (answer.status >= 400) throw this.errorFrom(answer, described)
    const json = parseJson(answer)
    if (json === undefined) {
      throw new TransportError(described, `the answer was not JSON (${contentType(answer)}): ${snippet(answer.text)}`)
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new TransportError(
        described,
        `the answer did not have the expected shape (${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown'})`,
      )
    }
    return parsed.data
  }

  private errorFrom(answer: Extract<Attempt, { kind: 'answer' }>, described: RequestDescription, suffix?: string) {
    const body = ErrorBodySchema.safeParse(parseJson(answer))
    const fallback = answer.text.trim()
      ? `a non-Globus answer (${contentType(answer)}): ${snippet(answer.text)}`
      : 'no detail given'
    const error = new GlobusAuthError(described, answer.status, body.success ? body.data : undefined, fallback)
    if (suffix) error.message = `${error.message} (${suffix})`
    return error
  }
}

function parseJson(answer: { text: string }): unknown {
  try {
    return JSON.parse(answer.text)
  } catch {
    return undefined
  }
}

function contentType(answer: { headers: { get(name: string): string | null } }): string {
  return answer.headers.get('content-type') ?? 'no content type'
}

/** A short, single-line excerpt of an unexpected answer (an HTML error page, say). */
function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}

/** The most specific reason a connection failed (fetch wraps the socket error in `cause`). */
function networkCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  if (!(cause instanceof Error)) return String(cause)
  const code = (cause as NodeJS.ErrnoException).code
  return code && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message
}

/** The body as text, or undefined when it is over the limit (leaving the loop cancels the rest). */
async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | undefined> {
  if (!body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.byteLength
    if (size > limit) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
