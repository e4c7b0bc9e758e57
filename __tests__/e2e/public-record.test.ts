// The bundle against the stand-in with each switch the public record of Globus Auth calls for:
// other services' scopes with null text, text Globus stores its own way, error bodies as Globus
// writes them, a client with hundreds of scopes, domain scopes in URL form. Each case is proved in
// the unit tests; these check that the bundle is wired to it, with the requests it takes.
import { describe, expect, it } from 'vitest'
import type { RunningFake } from '../../test-support/fake-globus-auth/server.ts'
import type { FakeClient } from '../../test-support/fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})

/** One run, and the requests it made as `METHOD /path` (no query). */
async function counted(
  inputs: Record<string, string> = {},
  file = EXAMPLE_SCOPE_FILE,
): Promise<{ r: ActionRun; paths: string[] }> {
  const before = server.fake.requests.length
  const r = await runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': file },
  })
  return { r, paths: server.fake.requests.slice(before).map((q) => `${q.method} ${q.path.split('?')[0]}`) }
}

const failure = (r: ActionRun) => r.commands.filter((c) => c.command === 'error').at(-1)?.message

describe('the public record, end to end', () => {
  it('resolves other services’ scopes with null text: created in four requests, then unchanged in one', async () => {
    server.fake.othersWithNullFields = true
    const first = await counted()
    expect([first.r.exitCode, first.r.outputs.status, first.paths.length]).toEqual([0, 'created', 4])
    const second = await counted()
    expect([second.r.exitCode, second.r.outputs.status, second.paths]).toEqual([0, 'unchanged', ['GET /v2/api/scopes']])
  })

  it('names a value Globus stores otherwise; the file written that way then stays unchanged in one request', async () => {
    server.fake.storesText = 'NFKC'
    const file = EXAMPLE_SCOPE_FILE.replace('"Example Action Provider"', '"Example Action Provider ﬁles"')
    const { r, paths } = await counted({}, file)
    expect([r.exitCode, r.outputs.status, paths.length]).toEqual([1, 'failed', 4])
    expect(failure(r)).toContain(
      'name: sent "Example Action Provider ﬁles", Globus Auth keeps "Example Action Provider files" (they differ ' +
        'only in Unicode normalisation (NFKC), U+FB01 sent, U+0066 U+0069 kept: Globus Auth stores the name that way; ' +
        'write it so in the scope file, or every run will write it again)',
    )
    const fixed = await counted({}, file.replace('ﬁles', 'files'))
    expect([fixed.r.outputs.status, fixed.paths]).toEqual(['unchanged', ['GET /v2/api/scopes']])
  })

  it('shows error bodies as Globus writes them: a bare detail, and every error of a list', async () => {
    server.fake.inject({ kind: 'status', status: 404, body: '{"detail": "No such thing here"}' })
    const bare = await counted()
    expect(failure(bare.r)).toMatch(/^Globus Auth answered 404 to GET \/v2\/api\/scopes\?\S+: No such thing here\.$/)
    expect(bare.paths).toEqual(['GET /v2/api/scopes'])
    const errors = [
      { code: 'INVALID', detail: 'first problem' },
      { code: 'INVALID', detail: 'second problem' },
    ]
    server.fake.inject({ kind: 'status', status: 400, body: JSON.stringify({ errors }) })
    const listed = await counted()
    expect(failure(listed.r)).toMatch(/^Globus Auth answered 400 INVALID to GET \S+: first problem; second problem\.$/)
    expect(listed.paths).toEqual(['GET /v2/api/scopes'])
  })

  it('looks a client’s hundreds of scopes up in pieces, and says how many requests it took', async () => {
    for (let i = 0; i < 119; i++) server.fake.addScope(client.id, { scope_suffix: `other_${i}` })
    // Its scope string is not the computed one, so verify looks through the client's own scopes.
    server.fake.scopeStringHost = 'auth.sandbox.globuscs.info'
    server.fake.createScopes(client.id, {
      scope_suffix: 'action_all',
      name: 'Example Action Provider',
      description: "Run and monitor the Example Action Provider's actions on your behalf.",
      dependent_scopes: [
        { scope: server.fake.groupsScopeId, optional: false, requires_refresh_token: false },
        { scope: server.fake.transferScopeId, optional: false, requires_refresh_token: true },
      ],
    })
    const { r, paths } = await counted({ mode: 'verify' })
    expect([r.exitCode, r.outputs.status]).toEqual([0, 'unchanged'])
    expect(paths).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${client.id}`,
      'GET /v2/api/scopes',
      'GET /v2/api/scopes',
      'GET /v2/api/scopes',
    ])
    expect(server.fake.requests.slice(2).map((q) => q.query.ids?.split(',').length)).toEqual([50, 50, 20])
    expect(r.stdout).toContain('Looked up 120 scope ids in 3 requests of at most 50')
  })

  it('writes a dependent scope given by id that this client cannot read, with one notice; then unchanged in one request', async () => {
    // Another client's scope, not advertised: Globus shows it only to its own project.
    const hidden = server.fake.addScope(server.fake.addClient({}).id, { scope_suffix: 'flow', advertised: false })
    const file = EXAMPLE_SCOPE_FILE.replace(
      '"dependent_scopes": [',
      `"dependent_scopes": [\n      { "scope": "${hidden.id}", "optional": false, "requires_refresh_token": false },`,
    )
    const first = await counted({}, file)
    expect([first.r.exitCode, first.r.outputs.status, first.paths.length]).toEqual([0, 'created', 5])
    const notices = (r: ActionRun) => r.commands.filter((c) => c.command === 'notice').map((c) => c.message)
    expect(notices(first.r)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Globus Auth did not show the dependent scope ${hidden.id} \\(scope\\.dependent_scopes\\[0\\]\\.scope\\) to this client`,
        ),
      ),
    ])
    for (const mode of ['ensure', 'verify']) {
      const again = await counted({ mode }, file)
      expect([again.r.exitCode, again.r.outputs.status, again.paths, notices(again.r)]).toEqual([
        0,
        'unchanged',
        ['GET /v2/api/scopes'],
        [],
      ])
    }
  })

  it('names domain scopes in the URL form real answers show, keeping only the client’s own', async () => {
    server.fake.clients.get(client.id)!.fqdns = ['ap.example.org']
    const { r, paths } = await counted()
    expect([r.exitCode, r.outputs.status, paths.length]).toEqual([0, 'created', 4])
    expect(r.outputs.scope_string).toBe(`https://auth.globus.org/scopes/${client.id}/action_all`)
    expect(r.stdout).toContain('Globus Auth also holds https://auth.globus.org/scopes/ap.example.org/action_all (id ')
  })
})
