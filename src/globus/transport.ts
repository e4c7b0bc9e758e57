// One request to Globus Auth, answered and checked: a timeout per request and a deadline overall,
// retries of transient failures with backoff, a cap on the answer's size, no redirects. What an
// answer means (a result, a GlobusAuthError, a TransportError) is answer.ts.

import { seconds } from '../text/duration.ts'
import { excerpt } from '../text/excerpt.ts'
import type { Redactor } from '../text/redact.ts'
import { type Answer, checkedAnswer, errorFromAnswer, MAX_ANSWER_BYTES, readCapped } from './answer.ts'
import { sleep } from './clock.ts'
import { DeadlineError, LostWriteError, type RequestDescription, TransportError } from './errors.ts'
import { type Attempted, type Exchange, exchangeRecord } from './exchange.ts'
import { lastingFailure, networkCause } from './network-errors.ts'
import {
  describeUrl,
  type Fetch,
  REQUEST_TIMEOUT_SECONDS,
  type Request,
  requestBody,
  requestHeaders,
  requestUrl,
} from './request.ts'
import { backoffMs, DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES, type RetryPolicy, retryWaitMs } from './retry.ts'

export interface AuthLog {
  debug(message: string): void
  info(message: string): void
  /** Something the user should act on, though the run goes on (a notice annotation). */
  notice?(message: string): void
}

/** How requests are sent. Every collaborator can be passed in: tests use msw and instant sleeps. */
export interface TransportSettings {
  fetch?: Fetch
  requestTimeoutMs?: number
  /** Time budget for everything this client does, from `startedAt`; none when not given. */
  totalTimeoutMs?: number
  /** When the time budget began, on the `now` clock (run(): the process start); default: now. */
  startedAt?: number
  retry?: RetryPolicy
  maxBodyBytes?: number
  log?: AuthLog
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Called once per attempt with what was asked and answered, every credential already scrubbed. */
  record?: (exchange: Exchange) => void
}

const silent: AuthLog = { debug() {}, info() {} }

/**
 * A failure is permanent when the same request would fail the same way: it is not retried. `sent`:
 * the request went out all the same (a write's fate is then unknown).
 */
type Attempt = ({ kind: 'answer' } & Answer) | { kind: 'failure'; cause: string; permanent?: boolean; sent?: boolean }

/** What a header may hold: visible ASCII and spaces. Anything else is refused here, never retried. */
const HEADER_VALUE = /^[\x20-\x7e]*$/

export class Transport {
  /** Requests sent, for reports and tests. */
  requestCount = 0
  readonly baseUrl: URL
  private authorization: string
  private readonly redactor: Redactor
  private readonly settings: Required<Omit<TransportSettings, 'record' | 'startedAt'>>
  private readonly record: TransportSettings['record']
  private readonly startedAt: number
  private readonly deadline: number

  /** `authorization` is the whole header value; `redactor` knows every credential it holds. */
  constructor(baseUrl: string, authorization: string, redactor: Redactor, settings: TransportSettings = {}) {
    this.baseUrl = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
    this.authorization = authorization
    this.redactor = redactor
    this.settings = {
      fetch: settings.fetch ?? (globalThis.fetch as Fetch),
      requestTimeoutMs: settings.requestTimeoutMs ?? REQUEST_TIMEOUT_SECONDS * 1000,
      totalTimeoutMs: settings.totalTimeoutMs ?? Number.POSITIVE_INFINITY,
      retry: settings.retry ?? DEFAULT_RETRY_POLICY,
      maxBodyBytes: settings.maxBodyBytes ?? MAX_ANSWER_BYTES,
      log: settings.log ?? silent,
      now: settings.now ?? Date.now,
      sleep: settings.sleep ?? sleep,
      random: settings.random ?? Math.random,
    }
    this.record = settings.record
    this.startedAt = settings.startedAt ?? this.settings.now()
    this.deadline = this.startedAt + this.settings.totalTimeoutMs
  }

  /**
   * Another client's credentials (a stand-in caller's) over the same network, clock, time limit,
   * retries, caps, redactor and record hook. Its requests are counted on the new transport.
   */
  withAuthorization(authorization: string): Transport {
    const { settings, record, startedAt } = this
    return new Transport(this.baseUrl.toString(), authorization, this.redactor, { ...settings, record, startedAt })
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
        if (result.permanent && !(isWrite && result.sent)) throw new TransportError(described, result.cause)
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
    const headers = requestHeaders(request, request.authorization ?? this.authorization)
    // A value no server could read would fail the same way every time: refused, never retried.
    const bad = Object.entries(headers).find(([, value]) => !HEADER_VALUE.test(value))
    if (bad) {
      return { kind: 'failure', cause: `refused to send: the ${bad[0]} header is not printable ASCII`, permanent: true }
    }
    const remaining = this.deadline - now()
    const timeoutMs = Math.min(this.settings.requestTimeoutMs, remaining)
    const controller = new AbortController()
    // With no time left the request is still asked for, already aborted: an answer that arrived
    // in time (the first lookup, sent at boot) counts; anything else ends at the deadline.
    let timer: NodeJS.Timeout | undefined
    if (remaining > 0) timer = setTimeout(() => controller.abort(), timeoutMs)
    else controller.abort()
    const started = now()
    if (remaining > 0) this.requestCount++
    try {
      const response = await this.settings.fetch(url.toString(), {
        method: request.method,
        headers,
        ...withBody(requestBody(request)),
        signal: controller.signal,
        // Never follow: the Authorization header must only reach the configured host.
        redirect: 'manual',
      })
      if (remaining <= 0) this.requestCount++
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
      if (remaining <= 0) {
        throw new DeadlineError(
          `${described.method} ${described.path}: the ${seconds(this.settings.totalTimeoutMs)} time limit for talking to Globus Auth ran out`,
        )
      }
      if (controller.signal.aborted) {
        const cause = `no answer within ${seconds(timeoutMs)}`
        log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`)
        this.recordAttempt(described, request, { failure: cause })
        return { kind: 'failure', cause }
      }
      const cause = `connection failed: ${excerpt(networkCause(error), this.redactor)}`
      log.debug(`Globus Auth: ${described.method} ${described.path} -> ${cause}`)
      this.recordAttempt(described, request, { failure: cause })
      // A certificate will not become trusted, nor headers smaller, by trying again.
      const lasting = lastingFailure(error)
      if (lasting === undefined) return { kind: 'failure', cause }
      const named = cause.includes(lasting.code) ? cause : `${cause} (${lasting.code})`
      return lasting.kind === 'untrusted-certificate'
        ? {
            kind: 'failure',
            cause: `${named}. The TLS certificate of ${url.host} is not trusted; nothing was sent`,
            permanent: true,
          }
        : {
            kind: 'failure',
            cause: `${named}. The answer's headers are larger than Node.js reads`,
            permanent: true,
            sent: true,
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

const withBody = (body: string | undefined) => (body === undefined ? {} : { body })
