import { describe, expect, it } from 'vitest'
import { DeadlineError, GlobusAuthError, LostWriteError, TransportError } from '../../../src/globus/errors.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_ID, GROUPS_SCOPE_STRING } from '../../../test-support/fake-globus-auth/store.ts'

const t = useFakeGlobusAuth()

const newScope = { scope_suffix: 'action_all', name: 'A', description: 'B' }

describe('AuthClient', () => {
  it('looks scopes up by scope string with Basic auth, and absent strings are simply absent', async () => {
    const found = await t.auth().findScopesByString([GROUPS_SCOPE_STRING, 'urn:nothing:here'])
    expect(found.map((s) => s.id)).toEqual([GROUPS_SCOPE_ID])
    expect(t.fake.requests).toHaveLength(1)
    expect(t.fake.requests[0]?.authenticated).toBe(true)
    expect(t.fake.requests[0]?.query).toEqual({ scope_strings: `${GROUPS_SCOPE_STRING},urn:nothing:here` })
  })

  it('sends no request for an empty lookup', async () => {
    expect(await t.auth().findScopesById([])).toEqual([])
    expect(t.fake.requests).toHaveLength(0)
  })

  it('accepts both create answer shapes', async () => {
    const [a, ...restA] = await t.auth().createScope(newScope)
    t.fake.createAnswer = 'scopes'
    const [b, ...restB] = await t.auth().createScope({ ...newScope, scope_suffix: 'other' })
    expect(a?.scope_string).toMatch(/\/action_all$/)
    expect(b?.scope_string).toMatch(/\/other$/)
    expect([...restA, ...restB]).toEqual([])
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(2)
  })

  it('explains a 401 with the request id and what to do, without the secret', async () => {
    const error = await t
      .auth({ clientSecret: 'wrong-secret-value' })
      .getScope(GROUPS_SCOPE_ID)
      .catch((e) => e)
    expect(error).toBeInstanceOf(GlobusAuthError)
    expect(error.status).toBe(401)
    expect(error.message).toMatch(
      /answered 401 UNAUTHORIZED to GET \/v2\/api\/scopes\/73320ffe.*Invalid client credentials \(request id req-[0-9a-f]+\)/,
    )
    expect(error.message).toContain('client_id/client_secret pair is wrong, or the secret was deleted')
    expect(error.message).not.toContain('wrong-secret-value')
  })

  it('explains a 403 as credentials that do not administer the client', async () => {
    const other = t.fake.addClient({})
    const error = await t
      .auth({ clientId: other.id })
      .createScope(newScope)
      .catch((e) => e)
    expect(error.status).toBe(401) // wrong pair: the other client with our secret
    const foreign = t.fake.addScope(other.id, { scope_suffix: 'theirs' })
    const forbidden = await t
      .auth()
      .updateScope(foreign.id, { name: 'mine now' })
      .catch((e) => e)
    expect(forbidden.status).toBe(403)
    expect(forbidden.message).toContain('do not administer that client or scope')
  })

  it('retries 503 with jittered exponential backoff and logs each retry', async () => {
    t.fake.inject({ kind: 'status', status: 503 }, { times: 2 })
    const found = await t.auth().findScopesById([GROUPS_SCOPE_ID])
    expect(found).toHaveLength(1)
    expect(t.fake.requests).toHaveLength(3)
    // random() is 0.5: (0.25 + 0.25) * 2^attempt seconds
    expect(t.sleeps).toEqual([500, 1000])
    expect(t.logs.filter((l) => l.includes('retry'))).toEqual([
      'Globus Auth: GET /v2/api/scopes failed (status 503); retry 1 of 5 in 0.5 s',
      'Globus Auth: GET /v2/api/scopes failed (status 503); retry 2 of 5 in 1.0 s',
    ])
  })

  it('honours Retry-After on 429', async () => {
    t.fake.inject({ kind: 'status', status: 429, retryAfter: '7' })
    await t.auth().findScopesById([GROUPS_SCOPE_ID])
    expect(t.sleeps).toEqual([7000])
  })

  it('retries a dropped connection on reads', async () => {
    t.fake.inject({ kind: 'reset' })
    expect(await t.auth().findScopesById([GROUPS_SCOPE_ID])).toHaveLength(1)
    expect(t.fake.requests).toHaveLength(2)
  })

  it('gives up after the bounded number of attempts and says so', async () => {
    t.fake.inject({ kind: 'status', status: 502 }, { times: 100 })
    const error = await t
      .auth()
      .findScopesById([GROUPS_SCOPE_ID])
      .catch((e) => e)
    expect(error).toBeInstanceOf(GlobusAuthError)
    expect(error.message).toContain('gave up after 6 attempts')
    expect(t.fake.requests).toHaveLength(6)
    expect(t.sleeps).toEqual([500, 1000, 2000, 4000, 8000])
  })

  it('does not wait past the overall time limit', async () => {
    t.fake.inject({ kind: 'status', status: 503, retryAfter: '300' })
    const error = await t
      .auth({ totalTimeoutMs: 60_000 })
      .findScopesById([GROUPS_SCOPE_ID])
      .catch((e) => e)
    expect(error.message).toMatch(/next wait \(300 s\) would pass the 60 s time limit/)
    expect(t.sleeps).toEqual([])
  })

  it('stops once the overall deadline has passed', async () => {
    let now = 0
    t.fake.inject({ kind: 'status', status: 500 }, { times: 10 })
    const auth = t.auth({
      totalTimeoutMs: 1_000,
      now: () => now,
      sleep: async (ms) => {
        now += ms
      },
    })
    const error = await auth.findScopesById([GROUPS_SCOPE_ID]).catch((e) => e)
    expect(error).toBeInstanceOf(GlobusAuthError)
    expect(error.message).toContain('would pass the 1.0 s time limit')
    expect(t.fake.requests).toHaveLength(2)
  })

  it('fails fast on other 4xx', async () => {
    t.fake.inject({ kind: 'status', status: 400 })
    await expect(t.auth().findScopesById([GROUPS_SCOPE_ID])).rejects.toThrow(/answered 400/)
    expect(t.fake.requests).toHaveLength(1)
  })

  it('never replays a write whose answer was lost', async () => {
    t.fake.inject({ kind: 'lost-answer' }, { method: 'POST' })
    await expect(t.auth().createScope(newScope)).rejects.toBeInstanceOf(LostWriteError)
    expect(t.fake.requests).toHaveLength(1)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1) // it did happen
  })

  it('treats a 5xx answer to a write as lost, and retries a 429 (Globus did not act)', async () => {
    t.fake.inject({ kind: 'status', status: 502 }, { method: 'POST' })
    await expect(t.auth().createScope(newScope)).rejects.toBeInstanceOf(LostWriteError)
    t.fake.inject({ kind: 'status', status: 429, retryAfter: '1' }, { method: 'POST' })
    await t.auth().createScope(newScope)
    expect(t.fake.requestLines().filter((l) => l.startsWith('POST'))).toHaveLength(3)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
  })

  it('refuses to follow a redirect and names where it pointed', async () => {
    t.fake.inject({ kind: 'status', status: 302, location: 'https://evil.example/steal', body: '' })
    const error = await t
      .auth()
      .findScopesById([GROUPS_SCOPE_ID])
      .catch((e) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(error.message).toContain('redirect (302) to https://evil.example/steal')
    expect(t.fake.requests).toHaveLength(1)
  })

  it.each([
    [
      'an HTML page from a proxy',
      { kind: 'raw', body: '<html><body>Login required</body></html>', contentType: 'text/html' },
      /not JSON \(text\/html\): <html><body>Login required/,
    ],
    ['malformed JSON', { kind: 'raw', body: '{"scopes": [' }, /not JSON/],
    [
      'a missing field',
      { kind: 'field', path: ['scopes', 0, 'client'], value: undefined },
      /\(scopes\[0\]\.client: is missing\)/,
    ],
    ['a malformed id', { kind: 'raw', body: '{"scopes": [{"id": "x"}]}' }, /\(scopes\[0\]\.id: must be a UUID\)/],
    [
      'a huge body',
      { kind: 'raw', body: `{"scopes": [], "pad": "${'x'.repeat(2 * 1024 * 1024)}"}` },
      /the answer \(status 200\) was larger than 1048576 bytes/,
    ],
  ] as const)('turns %s into a clear error at once, without retrying', async (_, fault, message) => {
    t.fake.inject(fault, { times: 10 })
    const error = await t
      .auth()
      .findScopesById([GROUPS_SCOPE_ID])
      .catch((e) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(error.message).toMatch(message)
    expect(t.fake.requests).toHaveLength(1)
    expect(t.sleeps).toEqual([])
  })

  it('shows an HTML error page from a proxy as the detail of the status', async () => {
    t.fake.inject({ kind: 'status', status: 403, body: '<h1>Forbidden by proxy</h1>', contentType: 'text/html' })
    const error = await t
      .auth()
      .findScopesById([GROUPS_SCOPE_ID])
      .catch((e) => e)
    expect(error.message).toContain('answered 403 to GET')
    expect(error.message).toContain('a non-Globus answer (text/html): <h1>Forbidden by proxy</h1>')
  })

  it('times out a silent server and retries reads, within the overall limit', async () => {
    t.fake.inject({ kind: 'hang' })
    const found = await t.auth({ requestTimeoutMs: 200 }).findScopesById([GROUPS_SCOPE_ID])
    expect(found).toHaveLength(1)
    expect(t.logs.some((l) => l.includes('no answer within 0.2 s'))).toBe(true)
  })

  it('ends with a DeadlineError when the budget is gone before a request', async () => {
    let now = 0
    const auth = t.auth({ totalTimeoutMs: 10, now: () => now })
    now = 11
    await expect(auth.getScope(GROUPS_SCOPE_ID)).rejects.toBeInstanceOf(DeadlineError)
    expect(t.fake.requests).toHaveLength(0)
  })
})
