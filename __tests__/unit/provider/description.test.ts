// Reading the deployed Action Provider's description: what each answer means, waiting out a
// rollout within the time limit, and never a credential on the request.
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Fetch } from '../../../src/globus/request.ts'
import { ProviderCheckError, waitForProviderScope } from '../../../src/provider/description.ts'
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

function check(accepts: (s: string) => Promise<boolean> = async () => false, seconds = 60) {
  return waitForProviderScope(URL_OF, WANTED, accepts, {
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
  return f && f.kind !== 'other-scope' ? `${f.why}${f.shown ? ` (${f.shown.label}${f.shown.value})` : ''}` : ''
}

describe('the provider’s description', () => {
  it('verifies in one read, asking for JSON with no credentials of any kind', async () => {
    expect(await check()).toEqual({ advertised: WANTED, reads: 1 })
    const [request] = provider.requests
    expect(request?.headers.accept).toBe('application/json')
    expect(Object.keys(request?.headers ?? {}).filter((h) => /authorization|cookie|token/i.test(h))).toEqual([])
  })

  it('waits out a rollout: two 502s, then the scope, saying what it waits for', async () => {
    provider.statuses.push(502, 502)
    expect(await check()).toEqual({ advertised: WANTED, reads: 3 })
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^Waiting for the Action Provider at https:\/\/actions\.example\.org\/hello\/ to advertise .*action_all: it answered 502; reading again in 0\.5 s$/,
    )
  })

  it('waits while an older deploy names another scope, then fails naming both and where it comes from', async () => {
    provider.scope = 'https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/old_suffix'
    const error = await failure(check(async () => false, 20))
    expect(error).toBeInstanceOf(ProviderCheckError)
    expect(error?.failure).toMatchObject({ kind: 'other-scope', advertised: provider.scope })
    expect(error?.failure.kind === 'other-scope' && error.failure.reads).toBeGreaterThan(2)
    expect(lines.at(-1)).toMatch(/it advertises globus_auth_scope ".*old_suffix", not ".*action_all"; reading again/)
    expect(provider.requests.length).toBeGreaterThan(2)
    expect(now).toBeLessThanOrEqual(20_000)
  })

  it('takes a domain variant of the scope when the caller says it is one', async () => {
    provider.scope = 'https://auth.globus.org/scopes/actions.example.org/action_all'
    const asked: string[] = []
    const accepts = async (s: string) => {
      asked.push(s)
      return true
    }
    expect(await check(accepts)).toEqual({ advertised: provider.scope, reads: 1 })
    expect(asked).toEqual([provider.scope])
  })

  it.each([
    [401, /answered 401: its description is not public\. Add "public" to the provider's visible_to/],
    [403, /answered 403: its description is not public/],
    [404, /answered 404: provider_url is not an Action Provider’s base URL/],
    [400, /answered 400; check provider_url/],
  ])('ends at once on %s', async (status, message) => {
    provider.statuses.push(status)
    expect(whyOf(await failure(check()))).toMatch(message)
    expect(provider.requests).toHaveLength(1)
  })

  it.each([
    [
      'an HTML page',
      { body: '<html>Sign in</html>', contentType: 'text/html' },
      /something that is not JSON: .* \(content type text\/html\)/,
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
    server.resetHandlers(...provider.handlers())
    const fetchThatFails: Fetch = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        }),
      )
    const error = await failure(
      waitForProviderScope(URL_OF, WANTED, async () => false, {
        fetch: fetchThatFails,
        redactor: new Redactor(),
        log: { info: (m) => lines.push(m), debug() {} },
        deadline: 5_000,
        now: () => now,
        sleep: async (ms) => {
          now += ms
        },
        random: () => 0.5,
      }),
    )
    expect(error?.failure).toMatchObject({ kind: 'unreadable', why: 'could not be reached' })
    expect(whyOf(error)).toMatch(/ECONNREFUSED/)
  })
})
