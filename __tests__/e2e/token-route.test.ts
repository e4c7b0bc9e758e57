// auth_method through the bundle, against an API that refuses Basic: the token it is granted is
// masked (::add-mask::) before anything can print it. Each way the route is chosen, and each
// refusal, is proved in unit/globus/credentials.test.ts; the input in unit/settings/settings.test.ts.
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
})
