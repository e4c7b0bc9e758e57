// The typed calls of the AuthClient against the in-process fake: lookups, create answers, what a
// refusal means, and ids checked before they go into a request path.
import { describe, expect, it } from 'vitest'
import { IDS_PER_LOOKUP, ownScope } from '../../../src/globus/client.ts'
import { GlobusAuthError, TransportError } from '../../../src/globus/errors.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_ID, GROUPS_SCOPE_STRING } from '../../../test-support/fake-globus-auth/store.ts'
import { caught, NEW_SCOPE } from '../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()

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
    t.fake.createAnswer = 'scope'
    const [a, ...restA] = await t.auth().createScope(NEW_SCOPE)
    t.fake.createAnswer = 'scopes'
    const [b, ...restB] = await t.auth().createScope({ ...NEW_SCOPE, scope_suffix: 'other' })
    expect(a?.scope_string).toMatch(/\/action_all$/)
    expect(b?.scope_string).toMatch(/\/other$/)
    expect([...restA, ...restB]).toEqual([])
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(2)
  })

  it('reads other services’ scopes with null text, and this client’s scope only whole', async () => {
    t.fake.othersWithNullFields = true
    const own = t.fake.addScope(t.client.id, { scope_suffix: 'action_all' })
    const found = await t.auth().findScopesByString([GROUPS_SCOPE_STRING, own.scope_string])
    expect(found.map((s) => [s.scope_string, s.problem])).toEqual([
      [GROUPS_SCOPE_STRING, 'name: must be a string'],
      [own.scope_string, undefined],
    ])
    expect(ownScope(found[1]!).name).toBe(own.name)
    // Taken for its own, a scope must keep every rule, and the message names the one it breaks.
    expect(() => ownScope(found[0]!)).toThrow(
      `GET /v2/api/scopes: the answer did not have the expected shape for ${GROUPS_SCOPE_STRING} (id ${GROUPS_SCOPE_ID}), a scope of this client, which the action reads whole (name: must be a string)`,
    )
  })

  it('looks hundreds of ids up in pieces of IDS_PER_LOOKUP, one after another, and says how many requests it took', async () => {
    const ids = Array.from({ length: 120 }, () => t.fake.addScope(t.client.id, { scope_suffix: 'many' }).id)
    const found = await t.auth().findScopesById(ids)
    expect(found.map((s) => s.id)).toEqual(ids)
    expect(IDS_PER_LOOKUP).toBe(50)
    expect(t.fake.requests.map((r) => r.query.ids?.split(',').length)).toEqual([50, 50, 20])
    expect(t.fake.requests.map((r) => r.query.ids?.split(',')[0])).toEqual([ids[0], ids[50], ids[100]])
    expect(t.logs.filter((l) => l.startsWith('Looked up'))).toEqual([
      'Looked up 120 scope ids in 3 requests of at most 50',
    ])
  })

  it('looks up to IDS_PER_LOOKUP ids up in one request, saying nothing more', async () => {
    const ids = Array.from({ length: IDS_PER_LOOKUP }, () => t.fake.addScope(t.client.id, { scope_suffix: 'many' }).id)
    expect(await t.auth().findScopesById(ids)).toHaveLength(IDS_PER_LOOKUP)
    expect(t.fake.requests).toHaveLength(1)
    expect(t.logs.filter((l) => l.startsWith('Looked up'))).toEqual([])
  })

  describe('a lookup is read as what it asked for', () => {
    const answer = (...scopes: { id: string; scope_string: string }[]) => ({
      kind: 'raw' as const,
      body: JSON.stringify({ scopes: scopes.map((s) => t.fake.answerFor(t.fake.findScope(s.id)!, t.client.id)) }),
    })

    it('asks each id once, whatever its case, and keeps each asked scope once and nothing else', async () => {
      const mine = t.fake.addScope(t.client.id, { scope_suffix: 'mine' })
      const slipped = t.fake.addScope(t.client.id, { scope_suffix: 'slipped' })
      t.fake.inject(answer(mine, mine, slipped, mine))
      const found = await t.auth().findScopesById([mine.id, mine.id.toUpperCase(), GROUPS_SCOPE_ID])
      expect(found.map((s) => s.id)).toEqual([mine.id])
      expect(t.fake.requests.map((r) => r.query)).toEqual([{ ids: `${mine.id},${GROUPS_SCOPE_ID}` }])
    })

    it('matches ids in lower case and keeps the answer’s own spelling', async () => {
      const mine = t.fake.addScope(t.client.id, { scope_suffix: 'mine' })
      t.fake.inject({ kind: 'field', path: ['scopes', 0, 'id'], value: mine.id.toUpperCase() })
      const found = await t.auth().findScopesById([mine.id])
      expect(found.map((s) => s.id)).toEqual([mine.id.toUpperCase()])
    })

    it('keeps each scope once across the pieces of a long lookup', async () => {
      const ids = Array.from(
        { length: IDS_PER_LOOKUP + 1 },
        () => t.fake.addScope(t.client.id, { scope_suffix: 'many' }).id,
      )
      const scopes = ids.map((id) => t.fake.findScope(id)!)
      t.fake.inject(answer(...scopes.slice(0, IDS_PER_LOOKUP)))
      // The second piece's answer repeats the first piece's first scope.
      t.fake.inject(answer(scopes[0]!, scopes.at(-1)!))
      const found = await t.auth().findScopesById(ids)
      expect(found.map((s) => s.id)).toEqual(ids)
      expect(t.fake.requests).toHaveLength(2)
    })

    it('by scope string: each string asked once, and a scope not asked for is dropped', async () => {
      const mine = t.fake.addScope(t.client.id, { scope_suffix: 'mine' })
      const groups = t.fake.findScope(GROUPS_SCOPE_ID)!
      t.fake.inject(answer(groups, mine, groups))
      const found = await t.auth().findScopesByString([GROUPS_SCOPE_STRING, GROUPS_SCOPE_STRING, 'urn:x'])
      expect(found.map((s) => s.id)).toEqual([GROUPS_SCOPE_ID])
      expect(t.fake.requests.map((r) => r.query)).toEqual([{ scope_strings: `${GROUPS_SCOPE_STRING},urn:x` }])
    })
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
      .createScope(NEW_SCOPE)
      .catch((e) => e)
    expect(error.status).toBe(401) // wrong pair: the other client with our secret
    // Advertised, so this client sees it (Globus hides another client's scope otherwise: 404, not 403).
    const foreign = t.fake.addScope(other.id, { scope_suffix: 'theirs', advertised: true })
    const forbidden = await t
      .auth()
      .updateScope(foreign.id, { name: 'mine now' })
      .catch((e) => e)
    expect(forbidden.status).toBe(403)
    expect(forbidden.message).toContain('do not administer that client or scope')
  })

  it.each([
    [
      'an HTML page from a proxy',
      { kind: 'raw', body: '<html><body>Login required</body></html>', contentType: 'text/html' },
      /not JSON \(text\/html\): <html><body>Login required/,
    ],
    ['malformed JSON', { kind: 'raw', body: '{"scopes": [' }, /not JSON/],
    [
      'a missing scope string',
      { kind: 'field', path: ['scopes', 0, 'scope_string'], value: undefined },
      /\(scopes\[0\]\.scope_string: is missing\)/,
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
})

describe('ids in request paths', () => {
  const bad = [
    '..',
    '.',
    '',
    '%2e%2e',
    '../clients/x',
    `${GROUPS_SCOPE_ID}/..`,
    `${GROUPS_SCOPE_ID}?x=1`,
    ` ${GROUPS_SCOPE_ID}`,
    `${GROUPS_SCOPE_ID}\n`,
  ]

  it.each(bad)('refuses the scope id %j before any request', async (id) => {
    const auth = t.auth()
    for (const call of [
      () => auth.getScope(id),
      () => auth.updateScope(id, { name: 'x' }),
      () => auth.findScopesById([GROUPS_SCOPE_ID, id]),
    ]) {
      const error = await caught(call())
      expect(error).toBeInstanceOf(TransportError)
      expect(error?.message).toMatch(
        /refused to send: the (scope id|ids\[1\]) is not a UUID \(\d+ characters\); nothing was sent/,
      )
      if (id.length >= 4) expect(error?.message).not.toContain(id)
    }
    expect(t.fake.requests).toEqual([])
    expect(auth.requestCount).toBe(0)
  })

  it('refuses a client id that is not a UUID before any request', async () => {
    const auth = t.auth({ clientId: '../scopes' })
    for (const call of [() => auth.getClientScopeIds(), () => auth.createScope(NEW_SCOPE)]) {
      expect((await caught(call()))?.message).toMatch(
        /^(GET|POST) \/v2\/api\/clients\/\{client_id\}.*the client id is not a UUID/,
      )
    }
    expect(t.fake.requests).toEqual([])
  })

  it('refuses an answer that hands out `..` as an id, so it never reaches a path', async () => {
    t.fake.inject({ kind: 'field', path: ['client', 'scopes', 0], value: '..' })
    const error = await caught(t.auth().getClientScopeIds())
    expect(error?.message).toMatch(
      /the answer did not have the expected shape \(client\.scopes\[0\]: must be a UUID\)$/,
    )
    t.fake.inject({ kind: 'field', path: ['scope', 'id'], value: '..' }, { method: 'POST' })
    expect((await caught(t.auth().createScope(NEW_SCOPE)))?.message).toContain('(scope.id: must be a UUID)')
    expect(t.fake.requests).toHaveLength(2)
  })
})
