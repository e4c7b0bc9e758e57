// The fake's OAuth2 token endpoint: client credentials (Basic) for a manage_projects token, as
// Globus' current Action Provider guide gets one (the Python SDK's ClientApp).
import { randomBytes } from 'node:crypto'
import { HttpResponse, http } from 'msw'
import { authenticateBasic, withField } from './handlers.ts'
import type { FakeGlobusAuth } from './store.ts'

export const MANAGE_PROJECTS = 'urn:globus:auth:scope:auth.globus.org:manage_projects'

export function tokenEndpoint(fake: FakeGlobusAuth) {
  return http.post('*/v2/oauth2/token', async ({ request }) => {
    const form = new URLSearchParams(await request.text())
    const caller = authenticateBasic(fake, request.headers.get('authorization'))
    fake.requests.push({
      method: 'POST',
      path: new URL(request.url).pathname,
      query: {},
      // The form, never the credentials: it holds none.
      body: Object.fromEntries(form),
      authenticated: caller !== undefined,
    })
    // The same faults as the scopes API: a status, a dropped connection, a value at a field.
    const fault = fake.takeFault('POST', new URL(request.url).pathname)
    if (fault?.kind === 'reset') return HttpResponse.error()
    if (fault?.kind === 'status') return HttpResponse.json({ error: 'injected' }, { status: fault.status })
    if (!caller) return HttpResponse.json({ error: 'invalid_client' }, { status: 401 })
    if (form.get('grant_type') !== 'client_credentials') {
      return HttpResponse.json({ error: 'unsupported_grant_type' }, { status: 400 })
    }
    if (form.get('scope') !== MANAGE_PROJECTS) return HttpResponse.json({ error: 'invalid_scope' }, { status: 400 })
    const token = `Ag${randomBytes(30).toString('base64url')}`
    fake.tokens.set(token, caller)
    const answer = HttpResponse.json({
      access_token: token,
      token_type: 'Bearer',
      expires_in: 172800,
      scope: MANAGE_PROJECTS,
      resource_server: 'auth.globus.org',
      other_tokens: [],
    })
    return fault?.kind === 'field' ? withField(answer, fault.path, fault.value) : answer
  })
}
