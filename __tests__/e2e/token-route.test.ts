import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type RunningFake, startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import type { FakeClient } from '../../test-support/fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE } from '../../test-support/paths.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'

const example = EXAMPLE_SCOPE_FILE

let server: RunningFake
let client: FakeClient
beforeEach(async () => {
  server = await startFakeGlobusAuth()
  server.fake.apiCredentials = 'token-only'
  client = server.fake.addClient({})
})
afterEach(() => server.close())

async function counted(inputs: Record<string, string> = {}): Promise<{ r: ActionRun; paths: string[] }> {
  const before = server.fake.requests.length
  const r = await runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': example },
  })
  return { r, paths: server.fake.requests.slice(before).map((q) => `${q.method} ${q.path.split('?')[0]}`) }
}

function expectTokensHidden(r: ActionRun) {
  const masked = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)
  for (const token of server.fake.tokens.keys()) {
    expect(r.everything).not.toContain(token.slice(0, 12))
    expect(r.everything).not.toContain(token.slice(-12))
  }
  return masked
}

describe('auth_method: auto against an API that refuses Basic', () => {
  it('creates with a token, says to set auth_method: token, and masks the token', async () => {
    const { r, paths } = await counted()
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('created')
    expect(paths).toEqual([
      'GET /v2/api/scopes',
      'POST /v2/oauth2/token',
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${client.id}`,
      `POST /v2/api/clients/${client.id}/scopes`,
      expect.stringMatching(/^GET \/v2\/api\/scopes\/[0-9a-f-]{36}$/),
    ])
    const notice = r.commands.find((c) => c.command === 'notice')
    expect(notice?.message).toContain('Set auth_method: token')
    const masked = expectTokensHidden(r)
    expect(masked).toContain([...server.fake.tokens.keys()][0])
    expect(server.fake.scopesOf(client.id)).toHaveLength(1)
  })

  it('then stays at three requests in the steady state, and two with auth_method: token', async () => {
    await counted()
    const auto = await counted()
    expect([auto.r.outputs.status, auto.paths.length]).toEqual(['unchanged', 3])
    const token = await counted({ auth_method: 'token' })
    expect([token.r.outputs.status, token.paths]).toEqual([
      'unchanged',
      ['POST /v2/oauth2/token', 'GET /v2/api/scopes'],
    ])
    expect(token.r.commands.filter((c) => c.command === 'notice')).toEqual([])
    expectTokensHidden(token.r)
  })

  it('takes a refusal with 403 for a refused Basic as well: a token, and the notice names the status', async () => {
    server.fake.basicRefusal = 403
    const { r, paths } = await counted()
    expect([r.exitCode, r.outputs.status]).toEqual([0, 'created'])
    expect(paths.slice(0, 3)).toEqual(['GET /v2/api/scopes', 'POST /v2/oauth2/token', 'GET /v2/api/scopes'])
    expect(paths).toHaveLength(6)
    const notice = r.commands.find((c) => c.command === 'notice')
    expect(notice?.message).toContain('refused HTTP Basic on its scopes API (403) but granted a manage_projects token')
    expectTokensHidden(r)
  })

  it('still ends wrong credentials with the 401 advice, writing nothing', async () => {
    const { r, paths } = await counted({ client_secret: 'not-the-secret-of-this-client' })
    expect(r.exitCode).toBe(1)
    expect(r.commands.at(-1)?.message).toMatch(
      /^Globus Auth refused the client id and secret \(401\): create a new secret .* the token endpoint refused them as well \(401\)\.$/,
    )
    // auto tried the token route already: nothing to advise about auth_method.
    expect(r.commands.at(-1)?.message).not.toContain('auth_method')
    expect(paths).toEqual(['GET /v2/api/scopes', 'POST /v2/oauth2/token'])
    expect(r.outputs.status).toBe('failed')
  })

  it('refuses an auth_method it does not know, sending nothing', async () => {
    const { r, paths } = await counted({ auth_method: 'oauth' })
    expect(r.exitCode).toBe(1)
    expect(r.commands.at(-1)?.message).toBe('Input auth_method is "oauth"; use one of: auto, basic, token.')
    expect(paths).toEqual([])
  })

  it('refuses a granted token a header could not carry, in one token request, never retried', async () => {
    server.fake.inject(
      { kind: 'field', path: ['access_token'], value: 'Ag€bcdefghijklmnopqrstuvwxyz0123' },
      { method: 'POST' },
    )
    const { r, paths } = await counted({ auth_method: 'token' })
    expect([r.exitCode, r.outputs.status]).toEqual([1, 'failed'])
    expect(paths).toEqual(['POST /v2/oauth2/token'])
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
      /POST \/v2\/oauth2\/token: the answer did not have the expected shape \(access_token: must be a bearer token/,
    )
    expect(r.stdout).not.toContain('TypeError')
  })
})
