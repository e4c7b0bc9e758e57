// The token route: Basic, a manage_projects token, or Basic until the API refuses it.
import { describe, expect, it } from 'vitest'
import { GlobusAuthError } from '../../../src/globus/errors.ts'
import { TokenAnswerSchema } from '../../../src/globus/schemas.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_STRING } from '../../../test-support/fake-globus-auth/store.ts'
import { MANAGE_PROJECTS } from '../../../test-support/fake-globus-auth/token-endpoint.ts'
import { caught } from '../../../test-support/fixtures.ts'

const t = useFakeGlobusAuth()
const lines = () => t.fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

describe('auth_method', () => {
  it('basic: one request, Basic, no token', async () => {
    const found = await t.auth({ authMethod: 'basic' }).findScopesByString([GROUPS_SCOPE_STRING])
    expect(found).toHaveLength(1)
    expect(lines()).toEqual(['GET /v2/api/scopes'])
    expect(t.fake.tokens.size).toBe(0)
  })

  it('auto: Basic while the API takes it, so the steady state stays one request', async () => {
    await t.auth({ authMethod: 'auto' }).findScopesByString([GROUPS_SCOPE_STRING])
    expect(lines()).toEqual(['GET /v2/api/scopes'])
  })

  it('auto: switches to a token once the API refuses Basic, with a notice, for the rest of the run', async () => {
    t.fake.apiCredentials = 'token-only'
    const notices: string[] = []
    const tokens: string[] = []
    const auth = t.auth({
      authMethod: 'auto',
      onToken: (token) => tokens.push(token),
      log: { debug() {}, info() {}, notice: (m) => notices.push(m) },
    })
    expect(await auth.findScopesByString([GROUPS_SCOPE_STRING])).toHaveLength(1)
    expect(await auth.findScopesByString([GROUPS_SCOPE_STRING])).toHaveLength(1)
    expect(lines()).toEqual(['GET /v2/api/scopes', 'POST /v2/oauth2/token', 'GET /v2/api/scopes', 'GET /v2/api/scopes'])
    expect(t.fake.requests.map((r) => r.authenticated)).toEqual([false, true, true, true])
    expect(t.fake.requests[1]?.body).toEqual({ grant_type: 'client_credentials', scope: MANAGE_PROJECTS })
    expect(tokens).toEqual([...t.fake.tokens.keys()])
    expect(notices).toEqual([expect.stringContaining('Set auth_method: token')])
    // The token is one of the credentials every excerpt is scrubbed of.
    expect(auth.redactor.redact(`echo ${tokens[0]}`)).toBe('echo [redacted]')
  })

  it('token: gets the token first', async () => {
    t.fake.apiCredentials = 'token-only'
    await t.auth({ authMethod: 'token' }).findScopesByString([GROUPS_SCOPE_STRING])
    expect(lines()).toEqual(['POST /v2/oauth2/token', 'GET /v2/api/scopes'])
  })

  it('auto: switches to a token when the API refuses Basic with 403 as well, the notice saying which', async () => {
    t.fake.apiCredentials = 'token-only'
    t.fake.basicRefusal = 403
    const notices: string[] = []
    const auth = t.auth({ authMethod: 'auto', log: { debug() {}, info() {}, notice: (m) => notices.push(m) } })
    expect(await auth.findScopesByString([GROUPS_SCOPE_STRING])).toHaveLength(1)
    expect(lines()).toEqual(['GET /v2/api/scopes', 'POST /v2/oauth2/token', 'GET /v2/api/scopes'])
    expect(t.fake.requests.map((r) => r.authenticated)).toEqual([false, true, true])
    expect(notices).toEqual([expect.stringContaining('refused HTTP Basic on its scopes API (403) but granted')])
  })

  it.each([401, 403] as const)(
    'auto with a wrong secret ends with the API’s %i and the credentials advice, after one token try',
    async (status) => {
      // Refused Basic, whatever the status; the token endpoint then refuses the same pair.
      t.fake.inject({ kind: 'status', status }, { path: /\/v2\/api\// })
      const error = await t
        .auth({ authMethod: 'auto', clientSecret: 'not-the-secret-at-all' })
        .findScopesByString([GROUPS_SCOPE_STRING])
        .catch((e) => e)
      expect(error).toBeInstanceOf(GlobusAuthError)
      expect(error.status).toBe(status)
      // The cause and the way out first, in our words only; then what Globus answered to which request.
      expect(error.refusal).toBe(
        `Globus Auth refused the client id and secret (${status}): create a new secret for this client in the ` +
          "Globus web app's developer settings (https://app.globus.org/settings/developers) and store it in the " +
          'repository secret passed as client_secret. The client_id/client_secret pair is wrong, or the secret was ' +
          'deleted; the token endpoint refused them as well (401).',
      )
      expect(error.answer).toMatch(
        new RegExp(
          `^Globus Auth answered ${status} FAULT_${status} to GET /v2/api/scopes\\?.*: injected status ${status} ` +
            '\\(request id req-[0-9a-f]+\\)\\.$',
        ),
      )
      expect(error.message).toBe(`${error.refusal} ${error.answer}`)
      // Not the advice to try another auth_method: auto has tried them both.
      expect(error.message).not.toContain('auth_method')
      expect(lines()).toEqual(['GET /v2/api/scopes', 'POST /v2/oauth2/token'])
    },
  )

  it('auto: a 403 that a token does not lift is no refused Basic: the 403 advice, and no notice', async () => {
    const other = t.fake.addClient({})
    // Advertised, so this client sees it (Globus hides another client's scope otherwise: 404, not 403).
    const foreign = t.fake.addScope(other.id, { scope_suffix: 'theirs', advertised: true })
    const notices: string[] = []
    const auth = t.auth({ authMethod: 'auto', log: { debug() {}, info() {}, notice: (m) => notices.push(m) } })
    const error = await auth.updateScope(foreign.id, { name: 'mine now' }).catch((e) => e)
    expect(error.status).toBe(403)
    expect(error.message).toContain('These credentials do not administer that client or scope')
    expect(lines()).toEqual([
      `PUT /v2/api/scopes/${foreign.id}`,
      'POST /v2/oauth2/token',
      `PUT /v2/api/scopes/${foreign.id}`,
    ])
    expect(notices).toEqual([])
  })

  it('auto: a token endpoint that fails otherwise than refusing the credentials says so itself', async () => {
    t.fake.apiCredentials = 'token-only'
    t.fake.inject({ kind: 'status', status: 400 }, { path: /oauth2/ })
    const error = await t
      .auth({ authMethod: 'auto' })
      .findScopesByString([GROUPS_SCOPE_STRING])
      .catch((e) => e)
    expect(error.message).toBe('Globus Auth answered 400 injected to POST /v2/oauth2/token: injected.')
    expect(lines()).toEqual(['GET /v2/api/scopes', 'POST /v2/oauth2/token'])
  })

  it('basic with a wrong secret advises the token route, which it did not try', async () => {
    const error = await t
      .auth({ authMethod: 'basic', clientSecret: 'not-the-secret-at-all' })
      .findScopesByString([GROUPS_SCOPE_STRING])
      .catch((e) => e)
    expect(error.refusal).toMatch(/^Globus Auth refused the client id and secret \(401\): create a new secret/)
    expect(error.refusal).toMatch(
      / or the secret was deleted\. If the pair is right, .*use auth_method: auto or token\.$/,
    )
    expect(lines()).toEqual(['GET /v2/api/scopes'])
  })

  it('token with a wrong secret fails at the token endpoint with the same advice', async () => {
    const error = await t
      .auth({ authMethod: 'token', clientSecret: 'not-the-secret-at-all' })
      .findScopesByString([GROUPS_SCOPE_STRING])
      .catch((e) => e)
    expect(error.status).toBe(401)
    expect(error.refusal).toMatch(/^Globus Auth refused the client id and secret \(401\): create a new secret/)
    expect(error.refusal).toMatch(/The client_id\/client_secret pair is wrong, or the secret was deleted\.$/)
    expect(error.answer).toBe('Globus Auth answered 401 invalid_client to POST /v2/oauth2/token: invalid_client.')
    expect(lines()).toEqual(['POST /v2/oauth2/token'])
  })

  it('a write refused with 401 is sent once more with the token, and happens once', async () => {
    t.fake.apiCredentials = 'token-only'
    const created = await t
      .auth({ authMethod: 'auto' })
      .createScope({ name: 'AP', description: 'd', scope_suffix: 'action_all' })
    expect(created).toHaveLength(1)
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(1)
    expect(lines()).toEqual([
      `POST /v2/api/clients/${t.client.id}/scopes`,
      'POST /v2/oauth2/token',
      `POST /v2/api/clients/${t.client.id}/scopes`,
    ])
  })

  it('retries a token request that met a 503 or a dropped connection: asking for a token changes nothing', async () => {
    t.fake.apiCredentials = 'token-only'
    t.fake.inject({ kind: 'status', status: 503 }, { path: /oauth2/ })
    t.fake.inject({ kind: 'reset' }, { path: /oauth2/ })
    await t.auth({ authMethod: 'token' }).findScopesByString([GROUPS_SCOPE_STRING])
    expect(lines()).toEqual([
      'POST /v2/oauth2/token',
      'POST /v2/oauth2/token',
      'POST /v2/oauth2/token',
      'GET /v2/api/scopes',
    ])
    expect(t.sleeps).toHaveLength(2)
  })

  it('refuses a token too short to be told from ordinary text when it is redacted', () => {
    expect(TokenAnswerSchema.safeParse({ access_token: 's' }).success).toBe(false)
    expect(TokenAnswerSchema.safeParse({ access_token: 'AgAbcdefghijklmnop' }).success).toBe(true)
  })

  it('refuses a token a header could not carry, at the schema, in one request, never retried', async () => {
    for (const bad of [
      'Ag€bcdefghijklmnop',
      'Agé0123456789abcdef',
      'Ag bcdefghijklmnop',
      '##[add-mask]FORGED@FORGED',
    ]) {
      expect(TokenAnswerSchema.safeParse({ access_token: bad }).success).toBe(false)
    }
    t.fake.inject({ kind: 'field', path: ['access_token'], value: 'Ag€bcdefghijklmnopqrstuvwxyz' }, { method: 'POST' })
    const auth = t.auth({ authMethod: 'token' })
    const error = await auth.findScopesByString([GROUPS_SCOPE_STRING]).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/access_token: must be a bearer token/)
    expect(t.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v2/oauth2/token'])
    expect(t.sleeps).toEqual([])
  })
})

describe('a token Globus Auth granted, then refused', () => {
  it('is not called a wrong secret: it says what it is, and to run again', async () => {
    t.fake.apiCredentials = 'token-only'
    t.fake.inject({ kind: 'status', status: 401 }, { method: 'GET', path: /\/v2\/api\// })
    const error = await caught<GlobusAuthError>(
      t.auth({ authMethod: 'token' }).findScopesByString([GROUPS_SCOPE_STRING]),
    )
    expect(error?.status).toBe(401)
    expect(error?.message).toMatch(/^Globus Auth answered 401 /)
    expect(error?.message).toContain('refused the manage_projects token it had granted these credentials')
    expect(error?.message).not.toContain('create a new secret')
  })
})
