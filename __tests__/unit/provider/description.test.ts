// Reading the deployed Action Provider's description: what each answer means, waiting out a
// rollout within the time limit, and never a credential on the request.
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Fetch } from '../../../src/globus/request.ts'
import { type AdvertisedScope, ProviderCheckError, waitForProviderScope } from '../../../src/provider/description.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { FakeProvider } from '../../../test-support/fake-provider.ts'
import { caught } from '../../../test-support/fixtures.ts'

const URL_OF = new URL('https://actions.example.org/hello/')
const WANTED = 'https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/action_all'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

let provider: FakeProvider
let now: number
let lines: string[]
beforeEach(() => {
  provider = new FakeProvider(WANTED)
  server.resetHandlers(...provider.handlers())
  now = 0
  lines = []
})

/** Another scope of this client, as the lookup would tell. */
const OLD = 'https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/old_suffix'
const judgeByTable = async (s: string): Promise<AdvertisedScope> => (s === OLD ? 'another-scope' : 'not-own')

function check(judge: (s: string) => Promise<AdvertisedScope> = judgeByTable, seconds = 60) {
  return waitForProviderScope(URL_OF, WANTED, judge, {
    fetch: globalThis.fetch as Fetch,
    redactor: new Redactor(),
    log: { info: (m) => lines.push(m), debug() {} },
    deadline: seconds * 1000,
    now: () => now,
    sleep: async (ms) => {
      now += ms
    },
    random: () => 0.5,
  })
}

const failure = (promise: Promise<unknown>) => caught<ProviderCheckError>(promise)
const whyOf = (error: ProviderCheckError | undefined) => {
  const f = error?.failure
  if (!f || !('why' in f)) return ''
  return `${f.why}${f.shown ? ` (${f.shown.label}${f.shown.value})` : ''}${f.fix ? ` / ${f.fix}` : ''}`
}

describe('the provider’s description', () => {
  it('verifies in one read, asking for JSON with no credentials of any kind', async () => {
    expect(await check()).toEqual({ advertised: WANTED, reads: 1 })
    const [request] = provider.requests
    expect(request?.headers.accept).toBe('application/json')
    expect(Object.keys(request?.headers ?? {}).filter((h) => /authorization|cookie|token/i.test(h))).toEqual([])
  })

  it('waits out a rollout: two 502s, then the scope, in one short line per wait, the URL said once', async () => {
    provider.statuses.push(502, 502)
    expect(await check()).toEqual({ advertised: WANTED, reads: 3 })
    expect(lines).toEqual([
      'Waiting for the Action Provider at https://actions.example.org/hello/ to advertise this scope: it answered 502; reading again in 0.5 s',
      'Still waiting (read 2): no change; reading again in 1.0 s',
    ])
  })

  it('waits out a gateway’s 429 (rate limited) as it does a 5xx, rather than saying to check provider_url', async () => {
    provider.statuses.push(429)
    expect(await check()).toEqual({ advertised: WANTED, reads: 2 })
    expect(lines).toEqual([
      'Waiting for the Action Provider at https://actions.example.org/hello/ to advertise this scope: it answered 429; reading again in 0.5 s',
    ])
  })

  it('waits while an older deploy names another scope of this client, saying it once, then fails naming both', async () => {
    provider.scope = OLD
    const error = await failure(check(judgeByTable, 20))
    expect(error).toBeInstanceOf(ProviderCheckError)
    expect(error?.failure).toEqual({ kind: 'other-scope', advertised: OLD, reads: 6, ms: 15_500 })
    expect(lines[0]).toBe(
      `Waiting for the Action Provider at ${URL_OF} to advertise this scope: it advertises ${OLD}, another scope of this client; reading again in 0.5 s`,
    )
    expect(lines.slice(1)).toEqual([
      'Still waiting (read 2): no change; reading again in 1.0 s',
      'Still waiting (read 3): no change; reading again in 2.0 s',
      'Still waiting (read 4): no change; reading again in 4.0 s',
      'Still waiting (read 5): no change; reading again in 8.0 s',
    ])
    expect(provider.requests).toHaveLength(6)
    expect(now).toBeLessThanOrEqual(20_000)
  })

  it('says a new reason when the wait’s reason changes, and the rollout ends in the scope', async () => {
    provider.statuses.push(503)
    provider.earlierScopes.push(OLD, OLD)
    expect(await check()).toEqual({ advertised: WANTED, reads: 4 })
    expect(lines.slice(1)).toEqual([
      `Still waiting (read 2): it advertises ${OLD}, another scope of this client; reading again in 1.0 s`,
      'Still waiting (read 3): no change; reading again in 2.0 s',
    ])
  })

  it.each([
    ['a typo of the scope', `${WANTED.slice(0, -1)}`],
    ['a look-alike letter', WANTED.replace('globus', 'gl\u043ebus')],
    ['another client’s scope', 'https://auth.globus.org/scopes/11111111-2222-4333-8444-555555555555/action_all'],
  ])('fails after the first read on %s: no rollout turns it into this scope', async (_, advertised) => {
    provider.scope = advertised
    const asked: string[] = []
    const error = await failure(
      check(async (s) => {
        asked.push(s)
        return 'not-own'
      }),
    )
    expect(error?.failure).toEqual({ kind: 'not-own-scope', advertised })
    expect([provider.requests.length, asked, lines]).toEqual([1, [advertised], []])
  })

  it('takes a domain variant of the scope when the caller says it is one', async () => {
    provider.scope = 'https://auth.globus.org/scopes/actions.example.org/action_all'
    const asked: string[] = []
    const judge = async (s: string): Promise<AdvertisedScope> => {
      asked.push(s)
      return 'this-scope'
    }
    expect(await check(judge)).toEqual({ advertised: provider.scope, reads: 1 })
    expect(asked).toEqual([provider.scope])
  })

  it.each([
    [
      401,
      /^answered 401: its description is not public \/ Add "public" to the provider's visible_to, .* or leave provider_url out\.$/,
    ],
    [403, /^answered 403: its description is not public \/ Add "public"/],
    [
      404,
      /^answered 404 \/ Set provider_url to the Action Provider’s base URL \(the URL flows use\), or, if it is that, add "public" to the provider's visible_to: a description not visible to anonymous callers answers 404 too/,
    ],
    [400, /^answered 400 \/ Check provider_url\.$/],
  ])('ends at once on %s', async (status, message) => {
    provider.statuses.push(status)
    expect(whyOf(await failure(check()))).toMatch(message)
    expect(provider.requests).toHaveLength(1)
  })

  it.each([
    [
      'an HTML page',
      { body: '<html>Sign in</html>', contentType: 'text/html' },
      /^answered something that is not JSON \(content type text\/html\) \/ Set provider_url to the Action Provider’s base URL/,
    ],
    [
      'JSON of another service',
      { body: '{"status":"ok"}', contentType: 'application/json' },
      /JSON without globus_auth_scope: not an Action Provider description/,
    ],
    [
      'a scope string of two lines',
      { body: '{"globus_auth_scope":"a\\n::error::x"}', contentType: 'application/json' },
      /not a scope string \(globus_auth_scope: must be one non-empty line/,
    ],
    [
      'a huge answer',
      { body: `{"x":"${'x'.repeat(1024 * 1024)}"}`, contentType: 'application/json' },
      /answered more than 1048576 bytes/,
    ],
  ])('ends at once on %s', async (_, raw, message) => {
    provider.raw = raw
    const error = await failure(check())
    expect(error?.failure.kind).toBe('refused')
    expect(whyOf(error)).toMatch(message)
    expect(whyOf(error)).not.toContain('::error::')
    expect(provider.requests).toHaveLength(1)
  })

  it('fails a provider that never answers within the time limit, saying it could not be read', async () => {
    const error = await failure(waitWith(rejecting(coded('connect ECONNREFUSED', 'ECONNREFUSED')), 5_000))
    expect(error?.failure).toMatchObject({ kind: 'unreadable', why: 'could not be reached' })
    expect(whyOf(error)).toMatch(/ECONNREFUSED/)
    expect(calls).toBeGreaterThan(1)
  })

  it('gives up on a provider that never answers once the time limit is spent, saying it did not answer in time', async () => {
    provider.silent = true
    // The read is cut at what is left of the limit (50 ms here); no wait for another fits after it.
    const error = await failure(check(judgeByTable, 0.05))
    expect(error?.failure).toMatchObject({ kind: 'unreadable', why: 'did not answer in time', reads: 1 })
    expect(provider.requests).toHaveLength(1)
  })

  it.each([
    [
      'an untrusted certificate',
      coded('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'),
      /^could not be reached: its TLS certificate is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT self-signed certificate\) \/ Give the provider a certificate the runner trusts/,
    ],
    [
      'headers larger than Node.js reads',
      coded('Headers Overflow Error', 'UND_ERR_HEADERS_OVERFLOW'),
      /^answered with headers larger than Node\.js reads \(UND_ERR_HEADERS_OVERFLOW Headers Overflow Error\)$/,
    ],
  ])('ends at once on %s: trying again would not change it', async (_, cause, message) => {
    const error = await failure(waitWith(rejecting(cause), 60_000))
    expect(error?.failure.kind).toBe('refused')
    expect(whyOf(error)).toMatch(message)
    expect([calls, lines]).toEqual([1, []])
  })
})

let calls = 0
const coded = (message: string, code: string) => Object.assign(new Error(message), { code })
/** A fetch that fails as undici does, the socket's error as the cause. */
function rejecting(cause: Error): Fetch {
  calls = 0
  return () => {
    calls++
    return Promise.reject(new TypeError('fetch failed', { cause }))
  }
}

function waitWith(fetch: Fetch, deadline: number) {
  return waitForProviderScope(URL_OF, WANTED, judgeByTable, {
    fetch,
    redactor: new Redactor(),
    log: { info: (m) => lines.push(m), debug() {} },
    deadline,
    now: () => now,
    sleep: async (ms) => {
      now += ms
    },
    random: () => 0.5,
  })
}
