import { describe, expect, it } from 'vitest'
import { type Exchange, exchangeRecord, REDACTED_TOKEN } from '../../../src/globus/exchange.ts'
import { credentialRedactor, REDACTED } from '../../../src/text/redact.ts'
import { leaks, windows } from '../../../test-support/boundary/checks.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_ID } from '../../../test-support/fake-globus-auth/store.ts'

const CLIENT_ID = '5f1e7a8c-3b2d-4c6e-9a0f-1d2c3b4a5e6f'
const SECRET = 'Zq3vK8pW2mN7xR4tY6uB1cD5eF9gH0jL'
const redactor = () => credentialRedactor(CLIENT_ID, SECRET)
const answered = (text: string) => ({
  method: 'POST',
  path: '/v2/oauth2/token',
  request: undefined,
  result: { status: 200, text },
})

describe('a record of one exchange', () => {
  it('blanks token fields at any depth, and hides any window of those tokens elsewhere in the answer', () => {
    const [access, other, refresh] = [
      'AgAccessToken0123456789abcdef',
      'AgOtherToken0123456789abcdefg',
      'AgRefresh0123456789abcdefghi',
    ]
    const text = JSON.stringify({
      access_token: access,
      other_tokens: [{ access_token: other, refresh_token: refresh, id_token: null }, { id_token: { jwt: 42 } }],
      scope: `echo ${access.slice(3, 20)} and ${refresh.slice(-14)}`,
    })
    const record = exchangeRecord(answered(text), redactor())
    expect(record.answer).toMatchObject({
      access_token: REDACTED_TOKEN,
      other_tokens: [
        { access_token: REDACTED_TOKEN, refresh_token: REDACTED_TOKEN, id_token: null },
        { id_token: REDACTED_TOKEN },
      ],
    })
    const line = JSON.stringify(record)
    expect(
      leaks(
        line,
        [access, other, refresh].flatMap((token) => windows(token)),
      ),
    ).toEqual([])
    expect((record.answer as { scope: string }).scope).toMatch(/^echo \[redacted\]/)
  })

  it('blanks the token a form carries, and every token of a list answer, before the redactor knows them', () => {
    const [caller, groups, refresh] = [
      'AgCallerToken0123456789abcdef',
      'AgGroupsToken0123456789abcdef',
      'AgGroupsRefresh0123456789abcd',
    ]
    const record = exchangeRecord(
      {
        method: 'POST',
        path: '/v2/oauth2/token',
        request: { grant_type: 'urn:globus:auth:grant_type:dependent_token', token: caller, access_type: 'offline' },
        result: {
          status: 200,
          text: JSON.stringify([
            { access_token: groups, refresh_token: refresh, scope: 'urn:x', resource_server: 'groups.api.globus.org' },
          ]),
        },
      },
      redactor(),
    )
    expect(record.request).toEqual({
      grant_type: 'urn:globus:auth:grant_type:dependent_token',
      token: REDACTED_TOKEN,
      access_type: 'offline',
    })
    expect(record.answer).toEqual([
      {
        access_token: REDACTED_TOKEN,
        refresh_token: REDACTED_TOKEN,
        scope: 'urn:x',
        resource_server: 'groups.api.globus.org',
      },
    ])
    expect(
      leaks(
        JSON.stringify(record),
        [caller, groups, refresh].flatMap((token) => windows(token)),
      ),
    ).toEqual([])
  })

  it('scrubs the secret from the request body, the answer and its keys', () => {
    const record = exchangeRecord(
      {
        method: 'PUT',
        path: '/v2/api/scopes/x',
        request: { scope: { description: `says ${SECRET}` } },
        result: { status: 400, text: JSON.stringify({ [SECRET]: 1, errors: [{ detail: SECRET.slice(2, 20) }] }) },
      },
      redactor(),
    )
    expect(record.request).toEqual({ scope: { description: `says ${REDACTED}` } })
    expect(record.answer).toEqual({ [REDACTED]: 1, errors: [{ detail: REDACTED }] })
  })

  it('blanks the whole record when a credential joins up across fields in the line', () => {
    // Neither value holds a window of this secret, but the line written holds all of it.
    const secret = 'abcd","b":"efghij'
    const text = JSON.stringify({ a: 'abcd', b: 'efghij' })
    expect(text).toContain(secret)
    const record = exchangeRecord({ ...answered(text), request: { a: 1 } }, credentialRedactor(CLIENT_ID, secret))
    expect(record).toEqual({
      method: 'POST',
      path: '/v2/oauth2/token',
      status: 200,
      answer: REDACTED,
      request: REDACTED,
    })
    expect(leaks(JSON.stringify(record), windows(secret))).toEqual([])
  })

  it('keeps an answer that is not JSON as one short redacted line, and a failure without a status', () => {
    const page = `<html>\n<p>Authorization: Basic ${SECRET}</p>\n${'x'.repeat(5000)}</html>`
    const record = exchangeRecord(answered(page), redactor())
    expect(record.answer).toBeUndefined()
    expect(record.answerText).toMatch(/^<html> <p>Authorization: Basic \[redacted\]<\/p> x+…$/)
    expect(record.answerText?.length).toBeLessThanOrEqual(2001)
    const failed = exchangeRecord({ ...answered(''), result: { failure: 'connection failed: reset' } }, redactor())
    expect(failed).toEqual({
      method: 'POST',
      path: '/v2/oauth2/token',
      status: null,
      failure: 'connection failed: reset',
    })
  })

  it('stops at a depth instead of running out of stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    const record = exchangeRecord(answered(deep), redactor())
    expect(JSON.stringify(record.answer)).toContain('[nested too deep]')
  })
})

describe('the transport records', () => {
  const t = useFakeGlobusAuth()

  it('one record per attempt, retries included, with status and answer', async () => {
    const records: Exchange[] = []
    t.fake.inject({ kind: 'status', status: 503 }, { method: 'GET' })
    t.fake.inject({ kind: 'reset' }, { method: 'GET' })
    const auth = t.auth({ record: (r) => records.push(r) })
    await auth.findScopesById([GROUPS_SCOPE_ID])
    expect(records.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `/v2/api/scopes?ids=${GROUPS_SCOPE_ID}`, 503],
      ['GET', `/v2/api/scopes?ids=${GROUPS_SCOPE_ID}`, null],
      ['GET', `/v2/api/scopes?ids=${GROUPS_SCOPE_ID}`, 200],
    ])
    expect(records[1]?.failure).toMatch(/^connection failed/)
    expect(records[2]?.answer).toMatchObject({ scopes: [{ id: GROUPS_SCOPE_ID }] })
    expect(records).toHaveLength(auth.requestCount)
    expect(t.fake.requests).toHaveLength(3)
  })

  it('the token form and the create body, never a header, with the granted token blanked', async () => {
    t.fake.apiCredentials = 'token-only'
    const records: Exchange[] = []
    const auth = t.auth({ authMethod: 'token', record: (r) => records.push(r) })
    await auth.createScope({ scope_suffix: 'action_all', name: 'A', description: 'B' })
    expect(records.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /v2/oauth2/token 200',
      `POST /v2/api/clients/${t.client.id}/scopes 201`,
    ])
    expect(records[0]?.request).toEqual({
      grant_type: 'client_credentials',
      scope: 'urn:globus:auth:scope:auth.globus.org:manage_projects',
    })
    expect(records[0]?.answer).toMatchObject({ access_token: REDACTED_TOKEN, token_type: 'Bearer' })
    expect(records[1]?.request).toEqual({ scope: { scope_suffix: 'action_all', name: 'A', description: 'B' } })
    const text = JSON.stringify(records)
    const basic = Buffer.from(`${t.client.id}:${t.client.secret}`).toString('base64')
    const tokens = [...t.fake.tokens.keys()]
    expect(tokens).toHaveLength(1)
    expect(
      leaks(text, [...windows(t.client.secret), ...windows(basic, 48), ...tokens.flatMap((k) => windows(k))]),
    ).toEqual([])
    expect(text).not.toMatch(/authorization|Basic |Bearer /i)
  })

  it('a hook that throws changes nothing about the request', async () => {
    const auth = t.auth({
      record: () => {
        throw new Error('disk full')
      },
    })
    expect((await auth.findScopesById([GROUPS_SCOPE_ID])).map((s) => s.id)).toEqual([GROUPS_SCOPE_ID])
    expect(auth.requestCount).toBe(1)
  })
})
