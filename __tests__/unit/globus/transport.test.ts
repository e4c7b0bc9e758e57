// The transport under the AuthClient, against the in-process fake: what fails at once, how long
// retries wait, time limits, redirects, TLS failures told apart by code, and messages that carry
// no credential and no line break from outside.
import { describe, expect, it } from 'vitest'
import type { Fetch } from '../../../src/globus/client.ts'
import { DeadlineError, GlobusAuthError, LostWriteError, TransportError } from '../../../src/globus/errors.ts'
import { backoffMs, DEFAULT_RETRY_POLICY } from '../../../src/globus/retry.ts'
import { REDACTED, Redactor } from '../../../src/text/redact.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_ID } from '../../../test-support/fake-globus-auth/store.ts'
import { caught, NEW_SCOPE } from '../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()

describe('answers that fail at once', () => {
  it.each([
    ['an oversized answer', { kind: 'raw', body: `{"scopes":[],"pad":"${'x'.repeat(4096)}"}` }],
    ['an oversized 503 page', { kind: 'status', status: 503, body: 'x'.repeat(4096), contentType: 'text/html' }],
    ['an HTML page', { kind: 'raw', body: '<html>Sign in</html>', contentType: 'text/html' }],
    ['broken JSON', { kind: 'raw', body: '{"scopes": [' }],
    ['an empty body', { kind: 'raw', body: '' }],
    ['a list instead of an object', { kind: 'raw', body: '[]' }],
    ['a field of the wrong shape', { kind: 'field', path: ['scopes', 0, 'scope_string'], value: 'a b' }],
  ] as const)('%s: one request, no retry', async (_, fault) => {
    t.fake.inject(fault, { times: 10 })
    const auth = t.auth({ maxBodyBytes: 2048 })
    const error = await caught(auth.findScopesById([GROUPS_SCOPE_ID]))
    expect(error).toBeInstanceOf(TransportError)
    expect(t.fake.requests).toHaveLength(1)
    expect(auth.requestCount).toBe(1)
    expect(t.sleeps).toEqual([])
  })

  it('an oversized answer to a write is not lost: it fails without being sent again', async () => {
    t.fake.inject({ kind: 'field', path: ['scope', 'pad'], value: 'x'.repeat(4096) }, { method: 'POST' })
    const error = await caught(t.auth({ maxBodyBytes: 2048 }).createScope(NEW_SCOPE))
    expect(error).toBeInstanceOf(TransportError)
    expect(error?.message).toMatch(/the answer \(status 201\) was larger than 2048 bytes; it was not read/)
    expect(t.fake.requests).toHaveLength(1)
  })
})

describe('waits between retries', () => {
  it.each([
    ['Retry-After: 0', '0'],
    ['a Retry-After shorter than the backoff', '1'],
    ['a Retry-After date (ignored)', 'Wed, 21 Oct 2015 07:28:00 GMT'],
  ])('%s waits at least the jittered backoff', async (_, retryAfter) => {
    for (const [status, random] of [
      [503, 0],
      [429, 0.5],
      [500, 1],
    ] as const) {
      t.sleeps.length = 0
      t.fake.inject({ kind: 'status', status, retryAfter }, { times: 5 })
      await t.auth({ random: () => random }).findScopesById([GROUPS_SCOPE_ID])
      const floors = [0, 1, 2, 3, 4].map((attempt) => backoffMs(attempt, random, DEFAULT_RETRY_POLICY))
      expect(t.sleeps).toHaveLength(5)
      t.sleeps.forEach((slept, attempt) => {
        expect(slept).toBe(Math.max(floors[attempt] ?? 0, retryAfter === '1' ? 1000 : 0))
      })
    }
  })

  it('still gives up when the backoff floor would pass the deadline', async () => {
    let now = 0
    t.fake.inject({ kind: 'status', status: 503, retryAfter: '0' }, { times: 10 })
    const auth = t.auth({
      totalTimeoutMs: 1_200,
      now: () => now,
      sleep: async (ms) => {
        t.sleeps.push(ms)
        now += ms
      },
    })
    const error = await caught(auth.findScopesById([GROUPS_SCOPE_ID]))
    expect(error).toBeInstanceOf(GlobusAuthError)
    expect(error?.message).toContain('gave up after 2 attempts: the next wait (1.0 s) would pass the 1.2 s time limit')
    expect(t.sleeps).toEqual([500])
    expect(t.fake.requests).toHaveLength(2)
  })
})

/** A fetch that fails the first `failures` times with `error`, then reaches the fake. */
function failingFetch(error: unknown, failures = Number.POSITIVE_INFINITY): Fetch {
  let calls = 0
  return (url, init) => (calls++ < failures ? Promise.reject(error) : (globalThis.fetch(url, init) as never))
}

const coded = (message: string, code: string, cause?: unknown) =>
  Object.assign(new Error(message, cause === undefined ? {} : { cause }), { code })

describe('TLS failures, told apart by code', () => {
  it.each([
    [
      'a self-signed certificate',
      new TypeError('fetch failed', { cause: coded('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT') }),
    ],
    [
      'an expired one, wrapped twice',
      new TypeError('fetch failed', {
        cause: new Error('connect failed', { cause: coded('certificate has expired', 'CERT_HAS_EXPIRED') }),
      }),
    ],
    [
      'a wrong host name among several addresses',
      new TypeError('fetch failed', {
        cause: new AggregateError([
          coded('refused', 'ECONNREFUSED'),
          coded("Hostname/IP does not match certificate's altnames", 'ERR_TLS_CERT_ALTNAME_INVALID'),
        ]),
      }),
    ],
  ])('%s is not retried, and says nothing was sent', async (_, error) => {
    const auth = t.auth({ fetch: failingFetch(error) })
    for (const call of [() => auth.findScopesById([GROUPS_SCOPE_ID]), () => auth.createScope(NEW_SCOPE)]) {
      const failure = await caught(call())
      expect(failure).toBeInstanceOf(TransportError)
      expect(failure).not.toBeInstanceOf(LostWriteError)
      expect(failure?.message).toMatch(
        /connection failed: .*The TLS certificate of auth\.globus\.org is not trusted; nothing was sent$/,
      )
      expect(failure?.message).toMatch(/DEPTH_ZERO_SELF_SIGNED_CERT|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID/)
    }
    expect(auth.requestCount).toBe(2)
    expect(t.sleeps).toEqual([])
  })

  it('does not retry headers larger than Node.js reads; a write that got them may have happened', async () => {
    const error = new TypeError('fetch failed', { cause: coded('Headers Overflow Error', 'UND_ERR_HEADERS_OVERFLOW') })
    const auth = t.auth({ fetch: failingFetch(error) })
    const read = await caught(auth.findScopesById([GROUPS_SCOPE_ID]))
    expect(read).toBeInstanceOf(TransportError)
    expect(read).not.toBeInstanceOf(LostWriteError)
    expect(read?.message).toMatch(/UND_ERR_HEADERS_OVERFLOW.*The answer's headers are larger than Node\.js reads$/)
    // The request went out: a write's fate is unknown, and the caller looks before anything else.
    expect(await caught(auth.createScope(NEW_SCOPE))).toBeInstanceOf(LostWriteError)
    expect(auth.requestCount).toBe(2)
    expect(t.sleeps).toEqual([])
  })

  it('does not take an error for TLS because its message mentions certificates', async () => {
    const words = 'CERT_HAS_EXPIRED SELF_SIGNED UNABLE_TO_VERIFY ERR_TLS certificate'
    for (const error of [
      new TypeError('fetch failed', { cause: coded(words, 'ECONNRESET') }),
      new TypeError(`fetch failed: ${words}`),
    ]) {
      t.sleeps.length = 0
      const auth = t.auth({ fetch: failingFetch(error, 1) })
      expect(await auth.findScopesById([GROUPS_SCOPE_ID])).toHaveLength(1)
      expect(auth.requestCount).toBe(2)
      expect(t.sleeps).toEqual([500])
      expect(t.logs.at(-1)).not.toContain('not trusted')
    }
  })
})

describe('messages built from untrusted text', () => {
  const secretOf = () => t.client.secret
  const basicOf = () => Buffer.from(`${t.client.id}:${t.client.secret}`).toString('base64')

  it('redacts an error page that echoes the Authorization header before it is cut', async () => {
    t.fake.inject({
      kind: 'echo',
      status: 401,
      render: (e) =>
        `<html>\n<body><h1>401</h1>\n<pre>Authorization: ${e.authorization}\nsecret=${e.secret}</pre></body></html>`,
    })
    const error = await caught(t.auth().findScopesById([GROUPS_SCOPE_ID]))
    expect(error?.message).toContain(
      `a non-Globus answer (text/html): <html> <body><h1>401</h1> <pre>Authorization: Basic `,
    )
    expect(error?.message).toContain(`${REDACTED} secret=${REDACTED}</pre>`)
    expect(error?.message).not.toContain(secretOf().slice(0, 12))
    expect(error?.message).not.toContain(basicOf().slice(-12))
  })

  it('redacts and escapes every field of a JSON error body, the redirect target and the content type', async () => {
    t.fake.inject({
      kind: 'echo',
      status: 400,
      contentType: 'application/json',
      render: (e) =>
        JSON.stringify({
          errors: [{ id: `req ${e.secret}`, code: `BAD\n::error::${e.secret}`, detail: `you sent ${e.authorization}` }],
        }),
    })
    const error = await caught(t.auth().findScopesById([GROUPS_SCOPE_ID]))
    expect(error?.message).toMatch(
      // The colon before the secret goes too: `:` + its start is a window of `client_id:secret`.
      /^Globus Auth answered 400 BAD ::error:\[redacted\] to GET \S+: you sent Basic \w+\[redacted\] \(request id req \[redacted\]\)\.$/,
    )
    t.fake.inject({
      kind: 'status',
      status: 302,
      location: `https://evil.example/?c=${encodeURIComponent(secretOf())}`,
      body: '',
    })
    const redirect = await caught(t.auth().findScopesById([GROUPS_SCOPE_ID]))
    expect(redirect?.message).toContain(`redirect (302) to https://evil.example/?c=${REDACTED};`)
    t.fake.inject({ kind: 'raw', body: 'nope', contentType: `text/plain; x=${secretOf()}` })
    expect((await caught(t.auth().findScopesById([GROUPS_SCOPE_ID])))?.message).toContain(
      `(text/plain; x=${REDACTED}): nope`,
    )
  })

  it('cuts every piece to at most 200 characters', async () => {
    t.fake.inject({
      kind: 'status',
      status: 400,
      body: JSON.stringify({ errors: [{ code: 'C'.repeat(500), detail: 'D'.repeat(500) }] }),
    })
    const error = await caught(t.auth().findScopesById([GROUPS_SCOPE_ID]))
    expect(error?.message).toContain(` ${'C'.repeat(200)}… to GET`)
    expect(error?.message).toContain(`: ${'D'.repeat(200)}….`)
  })

  it('uses the redactor it was given, and shows it', async () => {
    const token = 'Ag4ZyrBl0Q9xKsVmtTnW8pEe'
    const redactor = new Redactor([t.client.secret])
    const auth = t.auth({ redactor })
    expect(auth.redactor).toBe(redactor)
    auth.redactor.add(token)
    t.fake.inject({ kind: 'status', status: 500, body: `token ${token} leaked` }, { times: 10 })
    expect((await caught(auth.findScopesById([GROUPS_SCOPE_ID])))?.message).toContain(`token ${REDACTED} leaked`)
  })

  it('cleans a connection error too: redacted, one line', async () => {
    const error = new TypeError('fetch failed', {
      cause: coded(`proxy said\n::error::${t.client.secret}`, 'ECONNRESET'),
    })
    const failure = await caught(t.auth({ fetch: failingFetch(error) }).createScope(NEW_SCOPE))
    expect(failure).toBeInstanceOf(LostWriteError)
    expect(failure?.message).toContain(`(connection failed: ECONNRESET proxy said ::error:${REDACTED})`)
  })

  it('escapes line breaks in a described request, so no line can start a workflow command', async () => {
    t.fake.inject({ kind: 'status', status: 500 }, { times: 10 })
    const error = await caught(t.auth().findScopesByString(['urn:a\n::error::forged\r\u2028x']))
    expect(error?.message).toMatch(
      /^Globus Auth answered 500 FAULT_500 to GET \/v2\/api\/scopes\?scope_strings=urn:a\\u000a::error::forged\\u000d\\u2028x: /,
    )
    for (const text of [error?.message ?? '', ...t.logs]) expect(text).not.toMatch(/[\r\n\u2028\u2029]/)
  })
})

describe('retries, time limits and redirects', () => {
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
    await expect(t.auth().createScope(NEW_SCOPE)).rejects.toBeInstanceOf(LostWriteError)
    expect(t.fake.requests).toHaveLength(1)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1) // it did happen
  })

  it('treats a 5xx answer to a write as lost, and retries a 429 (Globus did not act)', async () => {
    t.fake.inject({ kind: 'status', status: 502 }, { method: 'POST' })
    await expect(t.auth().createScope(NEW_SCOPE)).rejects.toBeInstanceOf(LostWriteError)
    t.fake.inject({ kind: 'status', status: 429, retryAfter: '1' }, { method: 'POST' })
    await t.auth().createScope(NEW_SCOPE)
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
    // Long enough for the retry's answer on a loaded machine: the timer is real.
    const found = await t.auth({ requestTimeoutMs: 1_000 }).findScopesById([GROUPS_SCOPE_ID])
    expect(found).toHaveLength(1)
    expect(t.logs.some((l) => l.includes('no answer within 1.0 s'))).toBe(true)
  })

  it('ends with a DeadlineError when the budget is gone before a request', async () => {
    let now = 0
    const auth = t.auth({ totalTimeoutMs: 10, now: () => now })
    now = 11
    await expect(auth.getScope(GROUPS_SCOPE_ID)).rejects.toBeInstanceOf(DeadlineError)
    expect(t.fake.requests).toHaveLength(0)
  })

  it('gives a stand-in caller’s transport the same time limit, and counts its requests with the client’s', async () => {
    let now = 0
    const records: string[] = []
    // A limit no loaded machine reaches in real time (the request's own timer is real); the clock jumps past it.
    const auth = t.auth({ totalTimeoutMs: 60_000, now: () => now, record: (r) => records.push(r.path) })
    const caller = t.fake.addClient({})
    const tokens = auth.asClient(caller.id, caller.secret)
    await tokens.revoke('AgNotAToken0123456789')
    expect([auth.requestCount, records]).toEqual([1, ['/v2/oauth2/token/revoke']])
    now = 60_001
    await expect(tokens.revoke('AgNotAToken0123456789')).rejects.toBeInstanceOf(DeadlineError)
    expect(t.fake.requests).toHaveLength(1)
    // The caller's secret joined the client's redactor.
    expect(auth.redactor.redact(`echo ${caller.secret}`)).toBe('echo [redacted]')
  })
})
