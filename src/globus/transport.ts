// One request to Globus Auth, answered and checked: a timeout per request and a deadline overall,
// retries of transient failures with backoff, a cap on the answer's size, no redirects. What an
// answer means (a result, a GlobusAuthError, a TransportError) is answer.ts.
import type { z } from 'zod'
import { REQUEST_TIMEOUT_SECONDS } from '../defaults.ts'
import type { Redactor } from '../redact.ts'
import { type Answer, checkedAnswer, errorFromAnswer, readCapped } from './answer.ts'
import { describeUrl, excerpt } from './answer-text.ts'
import { type EarlyRequest, takeOnce } from './early-request.ts'
import { DeadlineError, LostWriteError, type RequestDescription, TransportError } from './errors.ts'
import { type Attempted, type Exchange, exchangeRecord } from './exchange.ts'
import { networkCause, untrustedCertificateCode } from './network-errors.ts'
import { bodyOf, contentType } from './request-body.ts'
import { requestUrl } from './request-url.ts'
import { backoffMs, DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES, type RetryPolicy, retryWaitMs } from './retry.ts'

export interface AuthLog {
  debug(message: string): void
  info(message: string): void
  /** Something the user should act on, though the run goes on (a notice annotation). */
  notice?(message: string): void
}

/**
 * The fetch the client sends with. The action passes undici's fetch over a dispatcher
 * (dispatcher.ts); tests pass the global fetch, which msw intercepts.
 */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; redirect: 'manual' },
) => Promise<{ status: number; headers: { get(name: string): string | null }; body: ReadableStream<Uint8Array> | null }>

/** How requests are sent. Every collaborator can be passed in: tests use msw and instant sleeps. */
export interface TransportSettings {
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
  /** Called once per attempt with what was asked and answered, every credential already scrubbed. */
  record?: (exchange: Exchange) => void
  /** The first request, already sent before the action loaded (early-request.ts). */
  early?: EarlyRequest
}

export interface Request<T> {
  method: 'GET' | 'POST' | 'PUT'
  /** Relative to the base URL, built from fixed text and checked ids only (client.ts). */
  path: string
  query?: Record<string, string>
  body?: unknown
  /** A form body (application/x-www-form-urlencoded), as the OAuth2 token endpoint takes. */
  form?: Record<string, string>
  /** A POST that changes nothing (the token endpoint): retried like a read. */
  idempotent?: boolean
  /** This request's Authorization header, instead of the client's current one. */
  authorization?: string
  schema: z.ZodType<T>
}

const DEFAULT_REQUEST_TIMEOUT_MS = REQUEST_TIMEOUT_SECONDS * 1000
const DEFAULT_TOTAL_TIMEOUT_MS = 120_000
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

const silent: AuthLog = { debug() {}, info() {} }

/** A failure is permanent when the same request would fail the same way: it is not retried. */
type Attempt = ({ kind: 'answer' } & Answer) | { kind: 'failure'; cause: string; permanent?: boolean }

export class Transport {
  /** Requests sent, for reports and tests. */
  requestCount = 0
  readonly baseUrl: URL
  private authorization: string
  private readonly redactor: Redactor
  private readonly settings: Required<Omit<TransportSettings, 'record' | 'early'>>
  private readonly record: TransportSettings['record']
  private readonly takeEarly: ReturnType<typeof takeOnce>
  private readonly deadline: number

  /** `authorization` is the whole header value; `redactor` knows every credential it holds. */
  constructor(baseUrl: string, authorization: string, redactor: Redactor, settings: TransportSettings = {}) {
    this.baseUrl = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
    this.authorization = authorization
    this.redactor = redactor
    this.settings = {
      fetch: settings.fetch ?? (globalThis.fetch as Fetch),
      requestTimeoutMs: settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      totalTimeoutMs: settings.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS,
      retry: settings.retry ?? DEFAULT_RETRY_POLICY,
      maxBodyBytes: settings.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      userAgent: settings.userAgent ?? 'ensure-globus-scope',
      log: settings.log ?? silent,
      now: settings.now ?? Date.now,
      sleep: settings.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: settings.random ?? Math.random,
    }
    this.record = settings.record
    this.takeEarly = takeOnce(settings.early)
    this.deadline = this.settings.now() + this.settings.totalTimeoutMs
  }

  /** From now on, send this Authorization header (a Bearer token instead of Basic, say). */
  useAuthorization(value: string): void {
    this.authorization = value
  }

  async send<T>(request: Request<T>): Promise<T> {
    const url = requestUrl(this.baseUrl, request.path, request.query)
    const described: RequestDescription = { method: request.method, path: describeUrl(url) }
    // A write's fate is unknown after a lost answer; asking for a token changes nothing.
    const isWrite = request.method !== 'GET' && !request.idempotent
    const { log, retry, random, now, totalTimeoutMs } = this.settings

    for (let attempt = 0; ; attempt++) {
      const result = await this.attempt(url, request, described)
      if (result.kind === 'answer' && !RETRYABLE_STATUSES.has(result.status)) {
        return checkedAnswer(result, request.schema, described, this.redactor)
      }
      let reason: string
      let retryIn: number
      if (result.kind === 'failure') {
        if (result.permanent) throw new TransportError(described, result.cause)
        if (isWrite) throw new LostWriteError(described, result.cause)
        reason = result.cause
        retryIn = backoffMs(attempt, random(), retry)
      } else {
        // 429 means Globus did not act, so even a write may be sent again;
        // after a 5xx a write's fate is unknown and the caller must look first.
        if (isWrite && result.status !== 429) throw new LostWriteError(described, `status ${result.status}`)
        reason = `status ${result.status}`
        retryIn = retryWaitMs(attempt, random(), retry, result.headers.get('retry-after'))
      }

      const exhausted = attempt >= retry.maxRetries
      if (exhausted || retryIn >= this.deadline - now()) {
        const why = exhausted
          ? `gave up after ${attempt + 1} attempts`
          : `gave up after ${attempt + 1} attempts: the next wait (${seconds(retryIn)}) would pass the ${seconds(totalTimeoutMs)} time limit`
        if (result.kind === 'answer') throw errorFromAnswer(result, described, this.redactor, why)
        throw new TransportError(
          described,
          `${result.cause}; ${why}. Check that the runner reaches ${this.baseUrl.origin} (proxy settings: HTTPS_PROXY, NO_PROXY)`,
        )
      }
      log.info(
        `Globus Auth: ${described.method} ${url.pathname} failed (${reason}); ` +
          `retry ${attempt + 1} of ${retry.maxRetries} in ${seconds(retryIn)}`,
      )
      await this.settings.sleep(retryIn)
    }
  }

  private async attempt<T>(url: URL, request: Request<T>, described: RequestDescription): Promise<Attempt> {
    const { now, log, maxBodyBytes } = this.settings
    const remaining = this.deadline - now()
    if (remaining <= 0) {
      throw new DeadlineError(
        `${described.method} ${described.path}: the ${seconds(this.settings.totalTimeoutMs)} time limit for talking to Globus Auth ran out`,
      )
    }
    const timeoutMs = Math.min(this.settings.requestTimeoutMs, remaining)
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const started = now()
    this.requestCount++
    try {
      const authorization = request.authorization ?? this.authorization
      const early = this.takeEarly(url.toString(), request.method, authorization)
      const response = early
        ? await early.take(controller.signal)
        : await this.settings.fetch(url.toString(), {
            method: request.method,
            headers: {
              authorization,
              accept: 'application/json',
              'user-agent': this.settings.userAgent,
              ...contentType(request),
            },
            ...bodyOf(request),
            signal: controller.signal,
            // Never follow: the Authorization header must only reach the configured host.
            redirect: 'manual',
          })
      const text = await readCapped(response.body, maxBodyBytes)
      log.debug(`Globus Auth: ${described.method} ${described.path} -> ${response.status} (${now() - started} ms)`)
      if (text === undefined) {
        // Not transient: the same request would get the same answer.
        const cause = `the answer (status ${response.status}) was larger than ${maxBodyBytes} bytes; it was not read`
        this.recordAttempt(described, request, { status: response.status, failure: cause })
        return { kind: 'failure', cause, permanent: true }
      }
      this.recordAttempt(described, request, { status: response.status, text })
      return { kind: 'answer', status: response.status, headers: response.headers, text }
    } catch (error) {
      if (controller.signal.aborted) {
        const cause = `no answer within ${seconds(timeoutMs)}`
        log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`)
        this.recordAttempt(described, request, { failure: cause })
        return { kind: 'failure', cause }
      }
      const cause = `connection failed: ${excerpt(networkCause(error), this.redactor)}`
      log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`)
      this.recordAttempt(described, request, { failure: cause })
      // A certificate that cannot be trusted will not become trusted by trying again.
      const certificate = untrustedCertificateCode(error)
      if (certificate === undefined) return { kind: 'failure', cause }
      const named = cause.includes(certificate) ? cause : `${cause} (${certificate})`
      return {
        kind: 'failure',
        cause: `${named}. The TLS certificate of ${url.host} is not trusted; nothing was sent`,
        permanent: true,
      }
    } finally {
      clearTimeout(timer)
    }
  }

  private recordAttempt(described: RequestDescription, request: Request<unknown>, result: Attempted['result']): void {
    if (!this.record) return
    try {
      const asked = request.form ?? request.body
      this.record(exchangeRecord({ ...described, request: asked, result }, this.redactor))
    } catch {
      // The transcript is a side record: it never changes what a request does.
    }
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}
