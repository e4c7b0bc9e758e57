// A create that did not settle (refused whatever it says, failed, lost) is followed by a lookup,
// and the status says what this run did: `created` only when this run's create made the scope.
import { describe, expect, it } from 'vitest'
import { CreateRefusedError, ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { CreateAnswerError } from '../../../../src/modes/ensure/scope-choice.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import { asAnswer, type FakeGlobusAuth, GROUPS_SCOPE_STRING } from '../../../../test-support/fake-globus-auth/store.ts'
import { desiredScope } from '../../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const logs: string[] = []
const log = { debug() {}, info: (m: string) => logs.push(m) }

const desired = desiredScope()

/** What another run leaves: the scope as the file says, except for `changes`. */
const createdByAnotherRun =
  (changes: { description?: string; host?: string } = {}) =>
  (fake: FakeGlobusAuth) => {
    fake.addScope(t.client.id, {
      ...desired,
      description: changes.description ?? desired.description,
      dependent_scopes: [{ scope: fake.groupsScopeId, optional: false, requires_refresh_token: false }],
      scope_string: changes.host && `https://${changes.host}/scopes/${t.client.id}/action_all`,
    })
  }

const paths = () => t.fake.requestLines().map((l) => l.split('?')[0] ?? l)

describe('a refused create', () => {
  it('whatever its status and words, leads to a lookup and an unchanged scope when another run made it', async () => {
    logs.length = 0
    t.fake.duplicateSuffixRefusal = { status: 400, code: 'BAD_REQUEST', detail: 'Invalid request' }
    t.fake.inject({ kind: 'meanwhile', act: createdByAnotherRun() }, { method: 'POST' })
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('unchanged')
    expect(result.plan).toEqual({ action: 'none', drift: [] })
    expect(result.scope?.id).toBe(t.fake.scopesOf(t.client.id)[0]?.id)
    expect(paths()).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      `POST /v2/api/clients/${t.client.id}/scopes`,
      'GET /v2/api/scopes',
    ])
    expect(logs.join('\n')).toMatch(
      /answered 400 BAD_REQUEST .*Invalid request.*; looking the scope up before deciding/,
    )
  })

  it('updates what another run made differently, showing what it held before', async () => {
    t.fake.duplicateSuffixRefusal = { status: 422, code: 'UNPROCESSABLE', detail: 'Nope' }
    t.fake.inject({ kind: 'meanwhile', act: createdByAnotherRun({ description: 'theirs' }) }, { method: 'POST' })
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('updated')
    expect(result.plan.drift).toEqual([{ field: 'description', current: 'theirs', desired: 'Run my actions' }])
    expect(t.fake.scopesOf(t.client.id).map((s) => s.description)).toEqual(['Run my actions'])
    expect(paths().slice(4)).toEqual([
      `PUT /v2/api/scopes/${result.scope?.id}`,
      `GET /v2/api/scopes/${result.scope?.id}`,
    ])
  })

  it('fails with Globus’ own message when the scope still does not exist, sending the create once', async () => {
    t.fake.inject(
      { kind: 'status', status: 400, body: '{"errors":[{"detail":"Invalid request"}]}' },
      { method: 'POST' },
    )
    const error = await ensureScope(t.auth(), desired, 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(CreateRefusedError)
    expect(error.message).toMatch(/^Globus Auth answered 400 to POST .*: Invalid request\. No scope of client /)
    expect(error.message).toContain('looked up by scope string and through the client’s own scopes')
    expect(paths()).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      `POST /v2/api/clients/${t.client.id}/scopes`,
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
    ])
  })

  it('is not looked past when the credentials or rights are wrong (401, 403)', async () => {
    for (const status of [401, 403]) {
      t.fake.requests.length = 0
      t.fake.inject({ kind: 'status', status }, { method: 'POST' })
      const error = await ensureScope(t.auth(), desired, 'ensure', log).catch((e) => e)
      expect(error.status).toBe(status)
      expect(paths()).toHaveLength(3)
    }
  })
})

describe('the status', () => {
  it('is unchanged, not created, for a scope under a scope string the action could not compute', async () => {
    createdByAnotherRun({ host: 'auth.sandbox.globuscs.info' })(t.fake)
    for (const run of [1, 2]) {
      const result = await ensureScope(t.auth(), desired, 'ensure', log)
      expect([run, result.status, result.plan.action]).toEqual([run, 'unchanged', 'none'])
      expect(result.scopeString).toBe(`https://auth.sandbox.globuscs.info/scopes/${t.client.id}/action_all`)
    }
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
  })

  it('is created after a lost create only when this run’s create made the scope', async () => {
    t.fake.inject({ kind: 'reset' }, { method: 'POST' })
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('created')
    expect(paths().filter((p) => p.startsWith('POST'))).toHaveLength(2)
  })
})

describe('a create answer', () => {
  it('that holds another scope fails, naming it, and is never reported as success', async () => {
    const groups = asAnswer(t.fake.scopes.get(t.fake.groupsScopeId)!)
    t.fake.inject({ kind: 'raw', body: JSON.stringify({ scopes: [groups] }) }, { method: 'POST' })
    const error = await ensureScope(t.auth(), desired, 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(CreateAnswerError)
    expect(error.message).toContain(`"${GROUPS_SCOPE_STRING}" (id "${t.fake.groupsScopeId}")`)
    expect(paths()).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      `POST /v2/api/clients/${t.client.id}/scopes`,
    ])
  })
})
