// The caller check against the in-process fake: each step's failure, each way the unverified
// points may turn out, the requests it sends (and with whose credentials), and every token given
// along the way revoked by the client that holds it, whatever happened: the fake revokes a token
// only for its holder, so an empty liveTokens() proves each went to the right client.
import { describe, expect, it } from 'vitest'
import { type CallerCheckSubject, checkCaller, MAX_REVOKED, type ProviderTokens } from '../../../src/caller/check.ts'
import type { AuthClient } from '../../../src/globus/client.ts'
import { GlobusAuthError, LostWriteError } from '../../../src/globus/errors.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import {
  type FakeClient,
  type FakeScope,
  GROUPS_SCOPE_STRING,
  TRANSFER_SCOPE_STRING,
} from '../../../test-support/fake-globus-auth/store.ts'

const t = useFakeGlobusAuth()

function setUp(init: { advertised?: boolean; refresh?: boolean; optional?: boolean } = {}) {
  const dependent = (scope: string) => ({
    scope,
    optional: init.optional ?? false,
    requires_refresh_token: init.refresh ?? false,
  })
  const scope: FakeScope = t.fake.addScope(t.client.id, {
    scope_suffix: 'action_all',
    advertised: init.advertised ?? false,
    dependent_scopes: [dependent(t.fake.groupsScopeId), dependent(t.fake.transferScopeId)],
  })
  const caller: FakeClient = t.fake.addClient({})
  const auth = t.auth()
  const subject: CallerCheckSubject = {
    scopeString: scope.scope_string,
    callerId: caller.id,
    providerId: t.client.id,
    advertised: scope.advertised,
    required: (init.optional ? [] : [GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING]).map((scopeString, index) => ({
      id: [t.fake.groupsScopeId, t.fake.transferScopeId][index] ?? '',
      scopeString,
      requiresRefreshToken: init.refresh ?? false,
    })),
  }
  return { scope, caller, auth, subject, io: () => ioOf(auth, caller) }
}

const ioOf = (auth: AuthClient, caller: FakeClient) => ({
  caller: auth.asClient(caller.id, caller.secret),
  provider: auth.tokens,
})

/** Each request as `path [grant type] [access type]`. */
function requests(): string[] {
  return t.fake.requests.map((r) => {
    const form = r.body as Record<string, string>
    const grant = form.grant_type ? ` ${form.grant_type.replace('urn:globus:auth:grant_type:', '')}` : ''
    return `${r.path}${grant}${form.access_type ? ` ${form.access_type}` : ''}`
  })
}

describe('the caller check', () => {
  it('passes: a token, an introspection, an exchange, then every token revoked by its holder', async () => {
    const { auth, subject, io } = setUp()
    t.fake.grantsUnadvertised = true
    const check = await checkCaller(subject, io())
    expect(check.failure).toBeUndefined()
    expect(check.audience).toBe('lists-provider')
    expect(check.dependents).toEqual({ got: [GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING], unnamed: [], noRefresh: [] })
    expect(check.revoked).toEqual({ caller: 1, provider: 2 })
    expect(check.notRevoked).toEqual([])
    expect(requests()).toEqual([
      '/v2/oauth2/token client_credentials',
      '/v2/oauth2/token/introspect',
      '/v2/oauth2/token dependent_token',
      '/v2/oauth2/token/revoke',
      '/v2/oauth2/token/revoke',
      '/v2/oauth2/token/revoke',
    ])
    // 3 + the revocations, all counted as the client's requests.
    expect(auth.requestCount).toBe(6)
    expect(t.fake.granted).toHaveLength(3)
    expect(t.fake.liveTokens()).toEqual([])
  })

  it('asks for refresh tokens when a required dependent scope requires one, and revokes those too', async () => {
    const { subject, io } = setUp({ refresh: true, advertised: true })
    const check = await checkCaller(subject, io())
    expect(check.failure).toBeUndefined()
    expect(requests()[2]).toBe('/v2/oauth2/token dependent_token offline')
    expect(check.revoked).toEqual({ caller: 1, provider: 4 })
    expect(t.fake.granted).toHaveLength(5)
    expect(t.fake.liveTokens()).toEqual([])
  })

  it('skips the exchange when the scope requires no dependent scope: 3 requests', async () => {
    const { subject, io, auth } = setUp({ optional: true, advertised: true })
    const check = await checkCaller(subject, io())
    expect([check.failure, check.dependents, check.revoked]).toEqual([
      undefined,
      'none-required',
      { caller: 1, provider: 0 },
    ])
    expect(auth.requestCount).toBe(3)
  })

  describe('step 1: the caller’s token', () => {
    it('fails when Globus refuses a client another client’s unadvertised scope, with its code; nothing to revoke', async () => {
      const { subject, io, auth } = setUp({ advertised: false })
      const check = await checkCaller(subject, io())
      expect(check.failure).toEqual({
        step: 'token',
        kind: 'refused',
        refusal: expect.objectContaining({ status: 403, code: 'unauthorized_client' }),
      })
      expect(check.revoked).toEqual({ caller: 0, provider: 0 })
      expect(auth.requestCount).toBe(1)
    })

    it('passes an advertised scope whether or not Globus grants unadvertised ones', async () => {
      for (const grants of [false, true]) {
        const { subject, io } = setUp({ advertised: true })
        t.fake.grantsUnadvertised = grants
        expect((await checkCaller(subject, io())).failure).toBeUndefined()
      }
    })

    it('tells a wrong caller secret (401 invalid_client) from a refusal', async () => {
      const { subject, auth, caller } = setUp({ advertised: true })
      const check = await checkCaller(subject, {
        caller: auth.asClient(caller.id, `${caller.secret}x`),
        provider: auth.tokens,
      })
      expect(check.failure).toEqual({
        step: 'token',
        kind: 'caller-credentials',
        refusal: expect.objectContaining({ status: 401, code: 'invalid_client' }),
      })
    })

    it('revokes the token of an answer it cannot read whole, and says the answer’s problem', async () => {
      const { subject, io, caller } = setUp({ advertised: true })
      t.fake.inject({ kind: 'field', path: ['expires_in'], value: '172800' }, { path: /\/token$/ })
      const onToken: string[] = []
      const check = await checkCaller(subject, {
        ...io(),
        caller: t.auth({ onToken: (token) => onToken.push(token) }).asClient(caller.id, caller.secret),
      })
      expect(check.failure).toEqual({
        step: 'token',
        kind: 'no-answer',
        message: 'POST /v2/oauth2/token: the answer did not have the expected shape (expires_in: must be a number)',
        tokenMayExist: false,
      })
      // Masked before anything could print it, then revoked by the caller that holds it.
      expect(onToken).toEqual(t.fake.granted)
      expect(check.revoked).toEqual({ caller: 1, provider: 0 })
      expect(t.fake.liveTokens()).toEqual([])
    })

    it('revokes any other token the caller’s answer holds (other_tokens)', async () => {
      const { subject, io } = setUp({ advertised: true })
      const other = `Ag${'o'.repeat(40)}`
      const fields = { access_token: other, refresh_token: null, scope: 'openid', token_type: 'Bearer' }
      t.fake.inject({ kind: 'field', path: ['other_tokens'], value: [fields] }, { path: /\/token$/ })
      const check = await checkCaller(subject, io())
      expect(check.failure).toBeUndefined()
      expect(check.revoked).toEqual({ caller: 2, provider: 2 })
      const revoked = t.fake.requests
        .filter((r) => r.path.endsWith('/revoke'))
        .map((r) => (r.body as { token: string }).token)
      expect(revoked).toContain(other)
    })

    it('revokes at most MAX_REVOKED tokens of an answer that holds thousands, and counts the rest', async () => {
      const { subject, io, auth } = setUp({ advertised: true })
      const tokens = Array.from({ length: 10_000 }, (_, index) => ({
        access_token: `Ag${String(index).padStart(20, '0')}`,
      }))
      t.fake.inject({ kind: 'raw', body: JSON.stringify(tokens) }, { path: /\/token$/ })
      const check = await checkCaller(subject, io())
      expect(check.failure).toMatchObject({ step: 'token', kind: 'no-answer', tokenMayExist: false })
      expect(check.revoked).toEqual({ caller: MAX_REVOKED, provider: 0 })
      expect(check.notHeld).toBe(10_000 - MAX_REVOKED)
      expect(auth.requestCount).toBe(1 + MAX_REVOKED)
    })

    it('never sends a grant twice: a lost answer may have made a token, and the check says so', async () => {
      const { subject, io, auth } = setUp({ advertised: true })
      t.fake.inject({ kind: 'reset' }, { path: /\/token$/ })
      const check = await checkCaller(subject, io())
      expect(check.failure).toMatchObject({ step: 'token', kind: 'no-answer', tokenMayExist: true })
      expect(auth.requestCount).toBe(1)
    })
  })

  describe('step 2: introspection by the provider’s client', () => {
    it.each([
      [
        { kind: 'field', path: ['active'], value: false },
        { step: 'introspection', kind: 'inactive' },
      ],
      [
        { kind: 'field', path: ['scope'], value: 'openid email' },
        { step: 'introspection', kind: 'scope', scopes: ['openid', 'email'] },
      ],
    ] as const)('fails on %o and still revokes the caller’s token', async (fault, failure) => {
      const { subject, io } = setUp({ advertised: true })
      t.fake.inject(fault, { path: /introspect/ })
      const check = await checkCaller(subject, io())
      expect(check.failure).toEqual(failure)
      expect(check.revoked).toEqual({ caller: 1, provider: 0 })
      expect(t.fake.liveTokens()).toEqual([])
    })

    it('fails when Globus lists an audience without the provider; passes when aud names it, a list or one string; passes, saying so, when it lists none', async () => {
      const listed = setUp({ advertised: true })
      t.fake.introspectionAudience = 'holder-only'
      const without = await checkCaller(listed.subject, listed.io())
      expect(without.failure).toEqual({ step: 'introspection', kind: 'audience', audience: [listed.caller.id] })

      // RFC 7662 lets aud be one string: read as a list of one.
      const one = setUp({ advertised: true })
      t.fake.introspectionAudience = 'one-string'
      const single = await checkCaller(one.subject, one.io())
      expect([single.failure, single.audience]).toEqual([undefined, 'lists-provider'])

      const none = setUp({ advertised: true })
      t.fake.introspectionAudience = 'absent'
      const unlisted = await checkCaller(none.subject, none.io())
      expect([unlisted.failure, unlisted.audience]).toEqual([undefined, 'not-given'])
      expect(t.fake.liveTokens()).toEqual([])
    })
  })

  describe('step 3: dependent tokens for the provider', () => {
    it('fails naming Groups when no Groups token comes, and revokes the others', async () => {
      const { subject, io } = setUp({ advertised: true })
      t.fake.withheldDependentTokens.add(GROUPS_SCOPE_STRING)
      const check = await checkCaller(subject, io())
      expect(check.failure).toEqual({ step: 'dependent-tokens', kind: 'missing', missing: [GROUPS_SCOPE_STRING] })
      expect(check.dependents).toEqual({ got: [TRANSFER_SCOPE_STRING], unnamed: [], noRefresh: [] })
      expect(check.revoked).toEqual({ caller: 1, provider: 1 })
      expect(t.fake.liveTokens()).toEqual([])
    })

    it('revokes every token of an exchange answer it cannot read whole, refresh tokens included', async () => {
      const { subject, io } = setUp({ advertised: true, refresh: true })
      // The caller's answer takes a harmless extra field; the exchange's list a token_type too long.
      t.fake.inject({ kind: 'field', path: [0, 'token_type'], value: 'x'.repeat(40) }, { path: /\/token$/, times: 2 })
      const check = await checkCaller(subject, io())
      expect(check.failure).toEqual({
        step: 'dependent-tokens',
        kind: 'no-answer',
        message:
          'POST /v2/oauth2/token: the answer did not have the expected shape ([0].token_type: must be at most 32 characters)',
        tokenMayExist: false,
      })
      expect(check.revoked).toEqual({ caller: 1, provider: 4 })
      expect(t.fake.granted).toHaveLength(5)
      expect(t.fake.liveTokens()).toEqual([])
    })

    it('passes, saying so, when a dependent scope that requires a refresh token got none', async () => {
      const { subject, io } = setUp({ advertised: true, refresh: true })
      t.fake.refreshesClientTokens = false
      const check = await checkCaller(subject, io())
      expect(check.failure).toBeUndefined()
      expect(check.dependents).toEqual({
        got: [GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING],
        unnamed: [],
        noRefresh: [GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING],
      })
      expect(t.fake.liveTokens()).toEqual([])
    })

    it('names client_secret, not the exchange, when the provider’s own id and secret are refused there', async () => {
      const { subject, io, auth } = setUp({ advertised: true })
      const refused = new GlobusAuthError(
        { method: 'POST', path: '/v2/oauth2/token' },
        401,
        { error: 'invalid_client' },
        '',
      )
      const provider: ProviderTokens = {
        introspect: (token) => auth.tokens.introspect(token),
        revoke: (token) => auth.tokens.revoke(token),
        dependentTokens: () => Promise.reject(refused),
      }
      const check = await checkCaller(subject, { ...io(), provider })
      expect(check.failure).toEqual({
        step: 'dependent-tokens',
        kind: 'no-answer',
        message: expect.stringMatching(
          /^Globus Auth refused the client id and secret \(401\): create a new secret for this client .* client_secret\. The client_id\/client_secret pair/,
        ),
        tokenMayExist: false,
      })
    })

    it('says refresh tokens may be live when an exchange that asked for them lost its answer', async () => {
      const { subject, io, auth } = setUp({ advertised: true, refresh: true })
      const lost = new LostWriteError({ method: 'POST', path: '/v2/oauth2/token' }, 'status 502')
      const provider: ProviderTokens = {
        introspect: (token) => auth.tokens.introspect(token),
        revoke: (token) => auth.tokens.revoke(token),
        dependentTokens: () => Promise.reject(lost),
      }
      const check = await checkCaller(subject, { ...io(), provider })
      expect(check.failure).toEqual({
        step: 'dependent-tokens',
        kind: 'no-answer',
        message: lost.message,
        tokenMayExist: true,
        refreshMayExist: true,
      })
    })

    it('fails when Globus will not exchange a client’s own token, with its code', async () => {
      const { subject, io } = setUp({ advertised: true })
      t.fake.exchangesClientTokens = false
      const check = await checkCaller(subject, io())
      expect(check.failure).toEqual({
        step: 'dependent-tokens',
        kind: 'refused',
        refusal: expect.objectContaining({ status: 403, code: 'unauthorized_client' }),
      })
      expect(check.revoked).toEqual({ caller: 1, provider: 0 })
    })

    it('does not fail on a required dependent scope it cannot name (given by id, not readable): it says so', async () => {
      const { subject, io } = setUp({ advertised: true })
      const unnamed = { id: t.fake.transferScopeId, scopeString: undefined, requiresRefreshToken: false }
      const check = await checkCaller({ ...subject, required: [subject.required[0]!, unnamed] }, io())
      expect(check.failure).toBeUndefined()
      expect(check.dependents).toEqual({ got: [GROUPS_SCOPE_STRING], unnamed: [t.fake.transferScopeId], noRefresh: [] })
      // Its token came all the same, and is revoked with the rest.
      expect(check.revoked).toEqual({ caller: 1, provider: 2 })
    })
  })

  describe('step 4: revocation, whatever happened', () => {
    it('warns of a token it could not revoke, and revokes the rest', async () => {
      const { subject, io } = setUp({ advertised: true })
      t.fake.inject({ kind: 'status', status: 400 }, { path: /revoke/ })
      const check = await checkCaller(subject, io())
      expect(check.failure).toBeUndefined()
      expect(check.notRevoked).toEqual([
        {
          holder: 'provider',
          kind: 'access',
          scopes: [TRANSFER_SCOPE_STRING],
          why: expect.stringMatching(/^Globus Auth answered 400 injected to POST \/v2\/oauth2\/token\/revoke/),
          expiresIn: 172800,
        },
      ])
      expect(check.revoked).toEqual({ caller: 1, provider: 1 })
      // The one left live is the one the warning names; none is left silently.
      expect(t.fake.liveTokens()).toHaveLength(1)
      expect(t.fake.grants.get(t.fake.liveTokens()[0] ?? '')?.holder).toBe(t.client.id)
    })

    it('names caller_client_secret, never client_secret, when the caller’s own revocation is refused', async () => {
      const { subject, io } = setUp({ advertised: true, optional: true })
      t.fake.inject({ kind: 'status', status: 401 }, { path: /revoke/ })
      const check = await checkCaller(subject, io())
      expect(check.notRevoked).toEqual([expect.objectContaining({ holder: 'caller' })])
      const why = check.notRevoked[0]?.why ?? ''
      expect(why).toMatch(
        /^Globus Auth refused the stand-in caller’s id and secret \(401\): create a new secret for the stand-in caller’s client .* caller_client_secret\. The caller_client_id\/caller_client_secret pair is wrong/,
      )
      expect(why).not.toMatch(/(?<!caller_)client_secret\b/)
    })

    it('revokes what it was given even when a step throws something unforeseen, and throws it on', async () => {
      const { subject, auth, caller } = setUp({ advertised: true })
      const provider: ProviderTokens = {
        introspect: () => Promise.reject(new TypeError('a bug')),
        dependentTokens: (token, offline) => auth.tokens.dependentTokens(token, offline),
        revoke: (token) => auth.tokens.revoke(token),
      }
      await expect(checkCaller(subject, { caller: auth.asClient(caller.id, caller.secret), provider })).rejects.toThrow(
        'a bug',
      )
      expect(t.fake.granted).toHaveLength(1)
      expect(t.fake.liveTokens()).toEqual([])
    })
  })
})
