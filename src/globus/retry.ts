// When and how long to wait before trying a request again. Pure: the caller owns the clock.

/** Statuses worth another try: rate limiting and the gateway-ish server errors. */
export const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504])

export interface RetryPolicy {
  /** Tries after the first one. */
  maxRetries: number
  /** Upper bound of one wait, in ms. */
  maxWaitMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 5, maxWaitMs: 10_000 }

/**
 * Jittered exponential backoff, as the Globus Python SDK does it:
 * (0.25 + 0.5 * random) * 2^attempt seconds, at most maxWaitMs.
 */
export function backoffMs(attempt: number, random: number, policy: RetryPolicy): number {
  return Math.min(policy.maxWaitMs, Math.round((0.25 + 0.5 * random) * 2 ** attempt * 1000))
}

/** Retry-After as integer seconds (the form Globus and proxies send); dates are ignored. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined
  return Number.parseInt(value, 10) * 1000
}

/**
 * How long to wait before the next try: the jittered backoff at least, whatever Retry-After
 * says (`Retry-After: 0` must not turn retries into a burst), longer when Retry-After asks so.
 */
export function retryWaitMs(attempt: number, random: number, policy: RetryPolicy, retryAfter: string | null): number {
  return Math.max(backoffMs(attempt, random, policy), retryAfterMs(retryAfter) ?? 0)
}
