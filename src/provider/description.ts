// The deployed Action Provider's description document (GET <provider_url>, the Action Provider
// "introspection" of Globus' guide) names the scope it takes tokens for: `globus_auth_scope`. It
// is read without credentials of any kind. A deploy rolls out over time, so a 5xx or 429, a failed
// connection or a description naming another scope of this client (the one before) is read again
// (backoff) until the time limit; any other answer, a string that is no scope of this client
// included, ends the check at once, saying what to change.
import * as z from 'zod/mini'
import { MAX_ANSWER_BYTES, parseJson, readCapped } from '../globus/answer.ts'
import { sleep } from '../globus/clock.ts'
import { lastingFailure, networkCause } from '../globus/network-errors.ts'
import { type Fetch, REQUEST_TIMEOUT_SECONDS, USER_AGENT } from '../globus/request.ts'
import { backoffMs, DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES } from '../globus/retry.ts'
import { answerIssueMessage, answerProblem, ScopeStringSchema } from '../globus/schemas.ts'
import { seconds } from '../text/duration.ts'
import { excerpt } from '../text/excerpt.ts'
import type { Redactor } from '../text/redact.ts'
import { type Why, whyText } from './why.ts'

export interface ProviderIo {
  /** Plain fetch, through the runner's proxy for HTTPS; never given credentials. */
  fetch: Fetch
  redactor: Redactor
  log: { info(message: string): void; debug(message: string): void }
  /** When the step's time limit ends, on the `now` clock. */
  deadline: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

/** Why the check failed, as data: report/ words it for the log and the summary. */
export type ProviderFailure =
  /** It kept naming another scope of this client until the time limit. */
  | { kind: 'other-scope'; advertised: string; reads: number; ms: number }
  /** It names a string that is no scope of this client (a typo, another client's): no rollout ends that. */
  | { kind: 'not-own-scope'; advertised: string }
  /** It kept failing to answer (5xx, no connection) until the time limit. */
  | ({ kind: 'unreadable'; reads: number; ms: number } & Why)
  /** It answered something that ends the check at once (not public, not a provider, ...). */
  | ({ kind: 'refused' } & Why)

/** The provider does not advertise the scope, or cannot be read as a provider: the step fails. */
export class ProviderCheckError extends Error {
  override name = 'ProviderCheckError'
  readonly failure: ProviderFailure
  constructor(failure: ProviderFailure) {
    super(`the Action Provider check failed (${failure.kind})`)
    this.failure = failure
  }
}

/** What came of provider_url in a run. */
export type ProviderCheck =
  | { kind: 'not-checked'; url: URL; mode: 'plan' | 'ensure' }
  | { kind: 'verified'; url: URL; advertised: string; reads: number }
  | { kind: 'failed'; url: URL; failure: ProviderFailure }

export interface ProviderScope {
  /** The scope string the provider advertises, verified. */
  advertised: string
  reads: number
}

/**
 * What a string the provider advertises is to this client: this scope (under another of its
 * strings, a domain variant), another of its scopes (a rollout from it may be under way), or none
 * of its scopes.
 */
export type AdvertisedScope = 'this-scope' | 'another-scope' | 'not-own'

const DescriptionSchema = z.object({ globus_auth_scope: ScopeStringSchema })

/** One read: the advertised scope, a reason to read again, or the end of the check. */
type Read = { kind: 'scope'; advertised: string } | ({ kind: 'again' } & Why) | ({ kind: 'final' } & Why)

/**
 * Read the provider's description until it advertises `wanted` (or a scope `judge` calls this
 * scope: a domain variant of it), as long as the answer can still become that: while the provider
 * cannot be read, or advertises another scope of this client, until the time limit.
 */
export async function waitForProviderScope(
  url: URL,
  wanted: string,
  judge: (advertised: string) => Promise<AdvertisedScope>,
  io: ProviderIo,
): Promise<ProviderScope> {
  const now = io.now ?? Date.now
  const pause = io.sleep ?? sleep
  const started = now()
  // What the log said last: a wait for the same reason is one short line.
  let said: string | undefined
  for (let reads = 1; ; reads++) {
    const read = await readDescription(url, io, now)
    if (read.kind === 'final') throw new ProviderCheckError({ ...read, kind: 'refused' })
    let why: string
    if (read.kind === 'scope') {
      const kind = read.advertised === wanted ? 'this-scope' : await judge(read.advertised)
      if (kind === 'this-scope') return { advertised: read.advertised, reads }
      // No rollout turns a string that is no scope of this client into this scope.
      if (kind === 'not-own') throw new ProviderCheckError({ kind: 'not-own-scope', advertised: read.advertised })
      why = `advertises ${read.advertised}, another scope of this client`
    } else {
      why = whyText(read)
    }
    const wait = backoffMs(Math.min(reads - 1, 4), (io.random ?? Math.random)(), DEFAULT_RETRY_POLICY)
    if (now() + wait >= io.deadline) {
      const ms = now() - started
      throw new ProviderCheckError(
        read.kind === 'scope'
          ? { kind: 'other-scope', advertised: read.advertised, reads, ms }
          : { ...read, kind: 'unreadable', reads, ms },
      )
    }
    const again = `reading again in ${seconds(wait)}`
    if (said === undefined) {
      // The scope itself is the log's line before this one.
      io.log.info(`Waiting for the Action Provider at ${url} to advertise this scope: it ${why}; ${again}`)
    } else {
      io.log.info(`Still waiting (read ${reads}): ${why === said ? 'no change' : `it ${why}`}; ${again}`)
    }
    said = why
    await pause(wait)
  }
}

async function readDescription(url: URL, io: ProviderIo, now: () => number): Promise<Read> {
  const remaining = io.deadline - now()
  if (remaining <= 0) return { kind: 'again', why: 'was not read: the time limit (timeout_seconds) ran out' }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), Math.min(REQUEST_TIMEOUT_SECONDS * 1000, remaining))
  try {
    const answer = await io.fetch(url.toString(), {
      method: 'GET',
      // No Authorization, no token: the description is public or this check is not for it.
      headers: { accept: 'application/json', 'user-agent': USER_AGENT },
      signal: controller.signal,
      redirect: 'manual',
    })
    const text = await readCapped(answer.body, MAX_ANSWER_BYTES)
    io.log.debug(`Action Provider: GET ${url} -> ${answer.status}`)
    return meaning(answer.status, answer.headers.get('content-type'), text, io.redactor)
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'again', why: 'did not answer in time' }
    const cause = excerpt(networkCause(error), io.redactor)
    const shown = { label: '', value: cause }
    // Globus Auth's rule (globus/network-errors.ts): trying again changes neither of these.
    switch (lastingFailure(error)?.kind) {
      case 'untrusted-certificate':
        return {
          kind: 'final',
          why: 'could not be reached: its TLS certificate is not trusted',
          shown,
          fix: 'Give the provider a certificate the runner trusts (for a private CA: NODE_EXTRA_CA_CERTS on the runner).',
        }
      case 'oversized-headers':
        return { kind: 'final', why: 'answered with headers larger than Node.js reads', shown }
      case undefined:
        return { kind: 'again', why: 'could not be reached', shown }
    }
  } finally {
    clearTimeout(timer)
  }
}

/** The way out when provider_url does not lead to a description. */
const BASE_URL = 'Set provider_url to the Action Provider’s base URL (the URL flows use).'

/** What an answer of the provider means; its words are untrusted text (excerpt: redacted, one line, cut). */
function meaning(status: number, type: string | null, text: string | undefined, redactor: Redactor): Read {
  // A gateway's 429 (rate limited) passes as a 5xx does: the same address may answer right soon.
  if (status >= 500 || RETRYABLE_STATUSES.has(status)) return { kind: 'again', why: `answered ${status}` }
  if (status === 401 || status === 403) {
    return {
      kind: 'final',
      why: `answered ${status}: its description is not public`,
      fix:
        `Add "public" to the provider's visible_to, so that users and flows (and this check) can read its ` +
        'description without a token, or leave provider_url out.',
    }
  }
  if (status >= 300 && status < 400) {
    return { kind: 'final', why: `redirected (${status})`, fix: "Set provider_url to the provider's own base URL." }
  }
  if (status === 404) {
    // action-provider-tools answers 404 as well to a caller its visible_to leaves out.
    return {
      kind: 'final',
      why: 'answered 404',
      fix:
        'Set provider_url to the Action Provider’s base URL (the URL flows use), or, if it is that, add "public" ' +
        `to the provider's visible_to: a description not visible to anonymous callers answers 404 too, and this ` +
        'check reads it without a token.',
    }
  }
  if (status >= 400) return { kind: 'final', why: `answered ${status}`, fix: 'Check provider_url.' }
  if (text === undefined)
    return { kind: 'final', why: `answered more than ${MAX_ANSWER_BYTES} bytes: not a description`, fix: BASE_URL }
  const json = parseJson(text)
  if (json === undefined) {
    return {
      kind: 'final',
      why: 'answered something that is not JSON',
      shown: { label: 'content type ', value: type ? excerpt(type, redactor, 60) : 'none' },
      fix: BASE_URL,
    }
  }
  const advertised = (json as { globus_auth_scope?: unknown } | null)?.globus_auth_scope
  if (advertised === undefined) {
    return {
      kind: 'final',
      why: 'answered JSON without globus_auth_scope: not an Action Provider description',
      fix: BASE_URL,
    }
  }
  const parsed = DescriptionSchema.safeParse(json, { error: answerIssueMessage })
  if (parsed.success) return { kind: 'scope', advertised: parsed.data.globus_auth_scope }
  const issue = parsed.error.issues[0]
  return {
    kind: 'final',
    why: `advertises a globus_auth_scope that is not a scope string (${issue ? answerProblem(issue) : 'no detail'})`,
  }
}
