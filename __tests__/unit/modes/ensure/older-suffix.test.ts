// Suffixes the older guide allowed ("any string is acceptable"): an existing scope with `send-email`
// or capitals is managed in every mode and exported as a file that verify then passes; only a
// create is held to today's rule, before anything is written.
import { describe, expect, it } from 'vitest'
import { ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { NewScopeSuffixError } from '../../../../src/modes/ensure/new-suffix.ts'
import { exportScopes } from '../../../../src/modes/export/export.ts'
import { parseScopeFile } from '../../../../src/scope-file/read.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_ID, GROUPS_SCOPE_STRING } from '../../../../test-support/fake-globus-auth/store.ts'
import { dependent, desiredScope } from '../../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const log = { debug() {}, info() {} }

const file = (suffix: string) =>
  desiredScope({ scope_suffix: suffix, dependent_scopes: [dependent(GROUPS_SCOPE_STRING)] })

/** A scope made when the guide allowed any suffix, holding what `file(suffix)` declares. */
function older(suffix: string) {
  const declared = file(suffix)
  return t.fake.addScope(t.client.id, {
    scope_suffix: suffix,
    name: declared.name,
    description: declared.description,
    dependent_scopes: [{ scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false }],
  })
}

const writes = () => t.fake.requests.filter((r) => r.method !== 'GET')

describe('an existing scope with a suffix the older guide allowed', () => {
  it.each(['send-email', 'Send_Email'])('%s is unchanged in every mode, in one request', async (suffix) => {
    const scope = older(suffix)
    for (const mode of ['ensure', 'verify', 'plan'] as const) {
      const auth = t.auth()
      const result = await ensureScope(auth, file(suffix), mode, log)
      expect([mode, result.status, result.scope?.id, auth.requestCount]).toEqual([mode, 'unchanged', scope.id, 1])
    }
  })

  it('is updated when it drifts, and a plan shows the update', async () => {
    const scope = older('send-email')
    scope.advertised = true
    expect((await ensureScope(t.auth(), file('send-email'), 'plan', log)).status).toBe('would-update')
    expect((await ensureScope(t.auth(), file('send-email'), 'ensure', log)).status).toBe('updated')
    expect(scope.advertised).toBe(false)
  })

  it('is exported as a scope file that verify then passes in one request', async () => {
    older('send-email')
    const [exported] = await exportScopes(t.auth())
    const read = parseScopeFile(exported?.text ?? '', 'globus-scope.json')
    expect(read.desired.scope_suffix).toBe('send-email')
    const auth = t.auth()
    expect([(await ensureScope(auth, read.desired, 'verify', log)).status, auth.requestCount]).toEqual(['unchanged', 1])
  })
})

describe('a new scope with a suffix outside today’s rule', () => {
  it('is refused before the create, naming the rule and the suffix', async () => {
    const error = await ensureScope(t.auth(), file('send-email'), 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(NewScopeSuffixError)
    expect(error.message).toBe(
      `scope_suffix "send-email" is not the suffix of a scope of client ${t.client.id}, and a new scope's suffix ` +
        'may use only lowercase letters, digits and underscores: Globus Auth would refuse the create, so it was ' +
        'not sent. For a new scope write a suffix such as "send_email"; for an existing one, check that ' +
        'scope_suffix is written exactly as in its scope string and that client_id is the client that owns it. ' +
        'Nothing was changed.',
    )
    expect(writes()).toEqual([])
    expect(t.fake.scopesOf(t.client.id)).toEqual([])
  })

  it.each(['plan', 'verify'] as const)('is a create that would be refused, in %s mode', async (mode) => {
    const error = await ensureScope(t.auth(), file('Send-Email'), mode, log).catch((e) => e)
    expect(error).toBeInstanceOf(NewScopeSuffixError)
    expect(error.problem).toContain('a create would be refused. For a new scope write a suffix such as "send_email"')
    expect(writes()).toEqual([])
  })

  it('is not confused with an existing scope whose suffix differs only in case, and names that one', async () => {
    older('send-email')
    const error = await ensureScope(t.auth(), file('Send-Email'), 'ensure', log).catch((e) => e)
    expect(error).toBeInstanceOf(NewScopeSuffixError)
    // Not "send_email": that would be a second scope.
    expect(error.problem).toContain(
      'so it was not sent. The client has a scope with the suffix "send-email", which differs only in case: ' +
        'to manage it, write scope_suffix exactly so',
    )
    expect(writes()).toEqual([])
  })
})
