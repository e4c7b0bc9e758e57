// The deployed Action Provider's description document (GET <provider_url>, the Action Provider
// "introspection" of Globus' guide) names the scope it takes tokens for: `globus_auth_scope`. It
// is read without credentials of any kind. A deploy rolls out over time, so a 5xx, a failed
// connection or a description naming another scope is read again (backoff) until the time limit;
// any other answer ends the check at once, saying what to change.
import { z } from 'zod'
import { MAX_ANSWER_BYTES, parseJson, readCapped } from '../globus/answer.ts'
import { networkCause } from '../globus/network-errors.ts'
import { type Fetch, REQUEST_TIMEOUT_SECONDS, USER_AGENT } from '../globus/request.ts'
import { backoffMs, DEFAULT_RETRY_POLICY, seconds, sleep } from '../globus/retry.ts'
import { answerIssueMessage, answerProblem, ScopeStringSchema } from '../globus/schemas.ts'
import { excerpt } from '../text/excerpt.ts'
import type { Redactor } from '../text/redact.ts'

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

/** Why the check failed, as data: report/ words it for each door. */
export type ProviderFailure =
  /** It kept naming another scope until the time limit. */
  | { kind: 'other-scope'; advertised: string; reads: number; ms: number }
  /** It kept failing to answer (5xx, no connection) until the time limit. */
  | ({ kind: 'unreadable'; reads: number; ms: number } & Why)
  /** It answered something that ends the check at once (not public, not a provider, ...). */
  | ({ kind: 'refused' } & Why)

/** Why, in this action's words; `shown` is outside text (already an excerpt), quoted by each door. */
export interface Why {
  why: string
  shown?: { label: string; value: string }
}

/** `answered 502`, `could not be reached (ECONNREFUSED)`: what it shows quoted by the door. */
export function whyText(why: Why, quote: (value: string) => string = (value) => value): string {
  return `${why.why}${why.shown ? ` (${why.shown.label}${quote(why.shown.value)})` : ''}`
}

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

const DescriptionSchema = z.object({ globus_auth_scope: ScopeStringSchema })

/** One read: the advertised scope, a reason to read again, or the end of the check. */
type Read = { kind: 'scope'; advertised: string } | ({ kind: 'again' } & Why) | ({ kind: 'final' } & Why)

/**
 * Read the provider's description until it advertises `wanted` (or a scope `accepts` takes: a
 * domain variant of it), or the time limit ends.
 */
export async function waitForProviderScope(
  url: URL,
  wanted: string,
  accepts: (advertised: string) => Promise<boolean>,
  io: ProviderIo,
): Promise<ProviderScope> {
  const now = io.now ?? Date.now
  const pause = io.sleep ?? sleep
  const started = now()
  for (let reads = 1; ; reads++) {
    const read = await readDescription(url, io, now)
    if (read.kind === 'final') throw new ProviderCheckError({ ...read, kind: 'refused' })
    if (read.kind === 'scope' && (read.advertised === wanted || (await accepts(read.advertised)))) {
      return { advertised: read.advertised, reads }
    }
    const why =
      read.kind === 'scope'
        ? `advertises globus_auth_scope ${JSON.stringify(read.advertised)}, not ${JSON.stringify(wanted)}`
        : whyText(read)
    const wait = backoffMs(Math.min(reads - 1, 4), (io.random ?? Math.random)(), DEFAULT_RETRY_POLICY)
    if (now() + wait >= io.deadline) {
      const ms = now() - started
      throw new ProviderCheckError(
        read.kind === 'scope'
          ? { kind: 'other-scope', advertised: read.advertised, reads, ms }
          : { ...read, kind: 'unreadable', reads, ms },
      )
    }
    io.log.info(
      `Waiting for the Action Provider at ${url} to advertise ${wanted}: it ${why}; reading again in ${seconds(wait)}`,
    )
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
    return { kind: 'again', why: 'could not be reached', shown: { label: '', value: cause } }
  } finally {
    clearTimeout(timer)
  }
}

/** What an answer of the provider means; its words are outside text (excerpt: redacted, one line, cut). */
function meaning(status: number, type: string | null, text: string | undefined, redactor: Redactor): Read {
  if (status >= 500) return { kind: 'again', why: `answered ${status}` }
  if (status === 401 || status === 403) {
    return {
      kind: 'final',
      why:
        `answered ${status}: its description is not public. Add "public" to the provider's visible_to, so ` +
        'that users and flows (and this check) can read it without a token, or leave provider_url out.',
    }
  }
  if (status >= 300 && status < 400) {
    return { kind: 'final', why: `redirected (${status}); set provider_url to the provider's own base URL` }
  }
  if (status === 404) {
    return { kind: 'final', why: 'answered 404: provider_url is not an Action Provider’s base URL (the URL flows use)' }
  }
  if (status >= 400) return { kind: 'final', why: `answered ${status}; check provider_url` }
  if (text === undefined)
    return { kind: 'final', why: `answered more than ${MAX_ANSWER_BYTES} bytes: not a description` }
  const json = parseJson(text)
  if (json === undefined) {
    return {
      kind: 'final',
      why: 'answered something that is not JSON: provider_url is not an Action Provider’s base URL',
      shown: { label: 'content type ', value: type ? excerpt(type, redactor, 60) : 'none' },
    }
  }
  const advertised = (json as { globus_auth_scope?: unknown } | null)?.globus_auth_scope
  if (advertised === undefined) {
    return { kind: 'final', why: 'answered JSON without globus_auth_scope: not an Action Provider description' }
  }
  const parsed = DescriptionSchema.safeParse(json, { error: answerIssueMessage })
  if (parsed.success) return { kind: 'scope', advertised: parsed.data.globus_auth_scope }
  const issue = parsed.error.issues[0]
  return {
    kind: 'final',
    why: `advertises a globus_auth_scope that is not a scope string (${issue ? answerProblem(issue) : 'no detail'})`,
  }
}
