import { describe, expect, it } from 'vitest'
import { TransportError } from '../../../../src/globus/errors.ts'
import { UnknownDependentScopeError } from '../../../../src/modes/ensure/dependent-scopes.ts'
import { ensureScope, VerificationError } from '../../../../src/modes/ensure/ensure.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import {
  GROUPS_SCOPE_ID,
  GROUPS_SCOPE_STRING,
  TRANSFER_SCOPE_STRING,
} from '../../../../test-support/fake-globus-auth/store.ts'
import { dependent, desiredScope } from '../../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const log = { debug() {}, info() {} }

const desired = desiredScope({
  dependent_scopes: [
    dependent(GROUPS_SCOPE_STRING),
    dependent(TRANSFER_SCOPE_STRING, { requires_refresh_token: true }),
  ],
})

function seedMatching() {
  return t.fake.addScope(t.client.id, {
    scope_suffix: 'action_all',
    name: desired.name,
    description: desired.description,
    dependent_scopes: [
      { scope: t.fake.transferScopeId, optional: false, requires_refresh_token: true },
      { scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false },
    ],
  })
}

const writes = () => t.fake.requests.filter((r) => r.method !== 'GET')

describe('ensureScope', () => {
  it('creates a missing scope in four requests (lookup, the client’s own list, create, read back)', async () => {
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('created')
    const [scope, ...others] = t.fake.scopesOf(t.client.id)
    expect(others).toEqual([])
    expect(result.scope?.id).toBe(scope?.id)
    expect(result.scopeString).toBe(`https://auth.globus.org/scopes/${t.client.id}/action_all`)
    expect(scope?.dependent_scopes).toEqual([
      { scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false },
      { scope: t.fake.transferScopeId, optional: false, requires_refresh_token: true },
    ])
    expect(t.fake.requestLines()).toEqual([
      `GET /v2/api/scopes?scope_strings=${result.scopeString},${GROUPS_SCOPE_STRING},${TRANSFER_SCOPE_STRING}`,
      `GET /v2/api/clients/${t.client.id}`,
      `POST /v2/api/clients/${t.client.id}/scopes`,
      `GET /v2/api/scopes/${scope?.id}`,
    ])
    expect(t.fake.requests[2]?.body).toEqual({
      scope: {
        name: desired.name,
        description: desired.description,
        scope_suffix: 'action_all',
        dependent_scopes: scope?.dependent_scopes,
        advertised: false,
        allows_refresh_token: true,
        required_domains: [],
      },
    })
  })

  it('changes nothing in exactly one request when all is right, whatever the order of dependent scopes', async () => {
    const seeded = seedMatching()
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('unchanged')
    expect(result.scope?.id).toBe(seeded.id)
    expect(t.fake.requests).toHaveLength(1)
    expect(result.missingGroups).toBe(false)
  })

  it('sends one update with only the drifted fields, and the whole dependent list', async () => {
    const seeded = seedMatching()
    seeded.description = 'old words'
    seeded.dependent_scopes = [{ scope: GROUPS_SCOPE_ID, optional: true, requires_refresh_token: false }]
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('updated')
    expect(result.plan.drift.map((d) => d.field)).toEqual(['description', 'dependent_scopes'])
    expect(writes()).toHaveLength(1)
    expect(writes()[0]?.body).toEqual({
      scope: {
        description: 'Run my actions',
        dependent_scopes: [
          { scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false },
          { scope: t.fake.transferScopeId, optional: false, requires_refresh_token: true },
        ],
      },
    })
    expect(t.fake.requests).toHaveLength(3)
    expect(seeded.description).toBe('Run my actions')
  })

  it('resolves new dependent scopes given by id in one extra request, within four in all', async () => {
    const seeded = seedMatching()
    seeded.name = 'drifted'
    const byId = {
      ...desired,
      dependent_scopes: [
        { scope: t.fake.transferScopeId.toUpperCase(), optional: false, requires_refresh_token: true },
      ],
    }
    seeded.dependent_scopes = []
    const result = await ensureScope(t.auth(), byId, 'ensure', log)
    expect(result.status).toBe('updated')
    expect(t.fake.requestLines().map((l) => l.split('?')[0])).toEqual([
      'GET /v2/api/scopes',
      'GET /v2/api/scopes',
      `PUT /v2/api/scopes/${seeded.id}`,
      `GET /v2/api/scopes/${seeded.id}`,
    ])
    expect(result.missingGroups).toBe(true)
  })

  it('stops before any write when a dependent scope string is unknown, naming it', async () => {
    const wrong = {
      ...desired,
      dependent_scopes: [
        { scope: 'urn:globus:auth:scope:transfer.api.globus.org:al', optional: false, requires_refresh_token: false },
      ],
    }
    const error = await ensureScope(t.auth(), wrong, 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(UnknownDependentScopeError)
    expect(error.message).toContain(
      'scope.dependent_scopes[0].scope: no Globus Auth scope with the scope string "urn:globus:auth:scope:transfer.api.globus.org:al" was found, or it is not visible to this client',
    )
    expect(writes()).toEqual([])
  })

  it('reports every unknown dependent scope string at once; an id is not one of them (Globus decides)', async () => {
    const id = '11111111-2222-3333-4444-555555555555'
    const wrong = {
      ...desired,
      dependent_scopes: [
        { scope: 'urn:nope', optional: false, requires_refresh_token: false },
        { scope: id, optional: false, requires_refresh_token: false },
        { scope: 'urn:nope:either', optional: false, requires_refresh_token: false },
      ],
    }
    const error = await ensureScope(t.auth(), wrong, 'ensure', log).catch((e) => e)
    expect(error.problems.map((p: { path: unknown[] }) => p.path)).toEqual([
      ['scope', 'dependent_scopes', 0, 'scope'],
      ['scope', 'dependent_scopes', 2, 'scope'],
    ])
    expect(error.message).toMatch(
      /^Unknown dependent scopes; nothing was changed:\n {2}scope\.dependent_scopes\[0\]\.scope: .*\n {2}scope\.dependent_scopes\[2\]\.scope: no Globus Auth scope with the scope string "urn:nope:either"/,
    )
    expect(writes()).toEqual([])
  })

  it('plan and verify modes never write', async () => {
    const seeded = seedMatching()
    seeded.advertised = true
    for (const mode of ['plan', 'verify'] as const) {
      const result = await ensureScope(t.auth(), desired, mode, log)
      expect(result.status).toBe('would-update')
      expect(result.plan.drift).toEqual([{ field: 'advertised', current: true, desired: false }])
    }
    t.fake.scopes.delete(seeded.id)
    expect((await ensureScope(t.auth(), desired, 'plan', log)).status).toBe('would-create')
    expect(writes()).toEqual([])
  })

  it('names by scope string, in plan mode, a dependent scope that will be removed', async () => {
    seedMatching()
    const result = await ensureScope(
      t.auth(),
      { ...desired, dependent_scopes: [desired.dependent_scopes[0]!] },
      'plan',
      log,
    )
    expect(result.status).toBe('would-update')
    expect(result.knownScopes.get(t.fake.transferScopeId)?.scope_string).toBe(TRANSFER_SCOPE_STRING)
    expect(t.fake.requests.map((r) => r.query)).toEqual([
      { scope_strings: `${result.scopeString},${GROUPS_SCOPE_STRING}` },
      { ids: t.fake.transferScopeId },
    ])
    // Nothing to show, nothing to look up.
    await ensureScope(t.auth(), desired, 'plan', log)
    expect(t.fake.requests).toHaveLength(3)
  })

  it('ends a lost create answer with exactly one scope, found by looking again', async () => {
    t.fake.inject({ kind: 'lost-answer' }, { method: 'POST' })
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    // Whose create made it cannot be told: found, it is reported by what this run changed.
    expect(result.status).toBe('unchanged')
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
    expect(result.scope?.id).toBe(t.fake.scopesOf(t.client.id)[0]?.id)
    expect(writes()).toHaveLength(1)
  })

  it('sends the create again when a create answered 5xx and the scope is not there', async () => {
    t.fake.inject({ kind: 'status', status: 503 }, { method: 'POST' })
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('created')
    expect(writes()).toHaveLength(2)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
  })

  it('takes a refused create (a racing run) as a reason to look again, not to fail', async () => {
    // The other run creates the scope between our lookup and our create.
    const auth = t.auth()
    const original = auth.createScope.bind(auth)
    auth.createScope = async (write) => {
      seedMatching()
      return original(write)
    }
    const result = await ensureScope(auth, desired, 'ensure', log)
    expect(result.status).toBe('unchanged')
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
    expect(result.scope?.id).toBe(t.fake.scopesOf(t.client.id)[0]?.id)
    expect(t.fake.requestLines().map((l) => l.split('?')[0])).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      `POST /v2/api/clients/${t.client.id}/scopes`,
      'GET /v2/api/scopes',
    ])
  })

  it('finds its scope through the client’s own list when the computed scope string is a wrong guess', async () => {
    const seeded = seedMatching()
    seeded.scope_string = `https://auth.sandbox.globuscs.info/scopes/${t.client.id}/action_all`
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('unchanged')
    expect(result.scope?.id).toBe(seeded.id)
    expect(result.scopeString).toBe(seeded.scope_string)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
  })

  it('finds its scope through the client’s own list in verify mode too, and says when it is missing', async () => {
    const seeded = seedMatching()
    seeded.scope_string = `https://auth.sandbox.globuscs.info/scopes/${t.client.id}/action_all`
    const found = await ensureScope(t.auth(), desired, 'verify', log)
    expect(found).toMatchObject({ status: 'unchanged', scopeString: seeded.scope_string })
    t.fake.scopes.delete(seeded.id)
    t.fake.clients.get(t.client.id)!.scopes = []
    expect((await ensureScope(t.auth(), desired, 'verify', log)).status).toBe('would-create')
    expect(t.fake.requestLines().map((l) => l.split('?')[0])).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      'GET /v2/api/scopes',
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
    ])
  })

  it('repairs an update whose answer was lost only after reading the scope again', async () => {
    const seeded = seedMatching()
    seeded.name = 'drifted'
    t.fake.inject({ kind: 'reset' }, { method: 'PUT' })
    const result = await ensureScope(t.auth(), desired, 'ensure', log)
    expect(result.status).toBe('updated')
    expect(t.fake.requestLines().map((l) => l.split(' ')[0])).toEqual(['GET', 'PUT', 'GET', 'PUT', 'GET'])
    expect(seeded.name).toBe(desired.name)
  })

  it('does not send an update again when the lost one took effect', async () => {
    const seeded = seedMatching()
    seeded.name = 'drifted'
    t.fake.inject({ kind: 'lost-answer' }, { method: 'PUT' })
    await ensureScope(t.auth(), desired, 'ensure', log)
    expect(writes()).toHaveLength(1)
  })

  it('fails verification, naming the field, when Globus acknowledges a write it does not keep', async () => {
    const seeded = seedMatching()
    seeded.description = 'old'
    t.fake.inject(
      { kind: 'raw', body: JSON.stringify({ scope: { ...seeded, description: 'new' } }) },
      { method: 'PUT' },
    )
    const error = await ensureScope(t.auth(), desired, 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toMatch(
      /accepted the update .* but reading it back shows other values than were written: description: sent "Run my actions", Globus Auth keeps "old"\. Nothing else was changed; run again/,
    )
  })

  it('says which value Globus keeps otherwise after a create, and that the file should say it so', async () => {
    t.fake.storesText = 'trimmed'
    const error = await ensureScope(t.auth(), { ...desired, name: ' My Action Provider ' }, 'ensure', log).catch(
      (e) => e,
    )
    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toMatch(
      /^Globus Auth accepted the create of \S+ \(id [0-9a-f-]{36}\), but reading it back shows other values than were written: name: sent " My Action Provider ", Globus Auth keeps "My Action Provider" \(they differ only in whitespace: Globus Auth stores the name that way; write it so in the scope file, or every run will write it again\)\. Nothing else was changed\.$/,
    )
    expect(t.fake.requestLines().map((l) => l.split(' ')[0])).toEqual(['GET', 'GET', 'POST', 'GET'])
  })

  it('says so after an update too, for text Globus stores Unicode-normalised', async () => {
    const seeded = seedMatching()
    t.fake.storesText = 'NFC'
    const error = await ensureScope(
      t.auth(),
      { ...desired, description: 'Run my actions, cafe\u0301' },
      'ensure',
      log,
    ).catch((e) => e)
    expect(error.message).toContain(
      'description: sent "Run my actions, cafe\u0301", Globus Auth keeps "Run my actions, café" (they differ only in ' +
        'Unicode normalisation (NFC), U+0065 U+0301 sent, U+00E9 kept: Globus Auth stores the description that way',
    )
    expect(seeded.description).toBe('Run my actions, café')
    expect(t.fake.requestLines().map((l) => l.split(' ')[0])).toEqual(['GET', 'PUT', 'GET'])
  })

  it('resolves and names other services’ scopes whatever their text, in the usual requests', async () => {
    t.fake.othersWithNullFields = true
    expect((await ensureScope(t.auth(), desired, 'ensure', log)).status).toBe('created')
    expect((await ensureScope(t.auth(), desired, 'ensure', log)).status).toBe('unchanged')
    const planned = await ensureScope(
      t.auth(),
      { ...desired, dependent_scopes: [desired.dependent_scopes[0]!] },
      'plan',
      log,
    )
    expect(planned.knownScopes.get(t.fake.transferScopeId)?.scope_string).toBe(TRANSFER_SCOPE_STRING)
    expect(t.fake.requestLines().map((l) => l.split('?')[0])).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      `POST /v2/api/clients/${t.client.id}/scopes`,
      expect.stringMatching(/^GET \/v2\/api\/scopes\/[0-9a-f-]{36}$/),
      'GET /v2/api/scopes',
      'GET /v2/api/scopes',
      'GET /v2/api/scopes',
    ])
  })

  it('still holds its own scope to every rule, naming the field it breaks, before any write', async () => {
    const seeded = seedMatching()
    seeded.name = 'drifted'
    // The lookup answers Groups, Transfer, then this client's scope.
    t.fake.inject({ kind: 'field', path: ['scopes', 2, 'description'], value: null }, { method: 'GET' })
    const error = await ensureScope(t.auth(), desired, 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(error.message).toBe(
      `GET /v2/api/scopes: the answer did not have the expected shape for ${seeded.scope_string} (id ${seeded.id}), ` +
        'a scope of this client, which the action reads whole (description: must be a string)',
    )
    expect(writes()).toEqual([])
  })

  it('never takes another client’s scope from its own list for this one, whatever suffix it has', async () => {
    // Globus names another client as the owner of a scope in this client's list: not this client's.
    const other = t.fake.addClient({})
    const theirs = t.fake.addScope(other.id, { scope_suffix: 'action_all', advertised: true })
    t.fake.clients.get(t.client.id)!.scopes.push(theirs.id)
    const result = await ensureScope(t.auth(), desired, 'plan', log)
    expect([result.status, result.scope, result.variants, result.otherScopes]).toEqual([
      'would-create',
      undefined,
      [],
      [],
    ])
    expect(writes()).toEqual([])
  })

  it('refuses a scope string that belongs to another client', async () => {
    const other = t.fake.addClient({})
    t.fake.addScope(other.id, {
      scope_suffix: 'action_all',
      scope_string: `https://auth.globus.org/scopes/${t.client.id}/action_all`,
      // Advertised, so the lookup by scope string shows it to this client.
      advertised: true,
    })
    const error = await ensureScope(t.auth(), desired, 'ensure', log).catch((e) => e)
    expect(error.message).toContain(`belongs to client ${other.id}, not to ${t.client.id}`)
    expect(writes()).toEqual([])
  })
})
