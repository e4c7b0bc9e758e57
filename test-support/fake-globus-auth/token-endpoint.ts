// The fake's OAuth2 token endpoint: client credentials (Basic) for a manage_projects token, as
// Globus' current Action Provider guide gets one (the Python SDK's ClientApp); tokens for other
// scopes and the dependent-token grant are oauth.ts's.
import { randomBytes } from 'node:crypto'
import { HttpResponse, http } from 'msw'
import { afterWork, formRequest, oauthError } from './answers.ts'
import { clientCredentialsGrant, DEPENDENT_TOKEN_GRANT, dependentTokenGrant } from './oauth.ts'
import type { FakeGlobusAuth } from './store.ts'

export const MANAGE_PROJECTS = 'urn:globus:auth:scope:auth.globus.org:manage_projects'

export function tokenEndpoint(fake: FakeGlobusAuth) {
  return http.post('*/v2/oauth2/token', async ({ request }) => {
    // The same faults as the scopes API (answers.ts: formRequest, afterWork).
    const { form, caller, fault, early } = await formRequest(fake, request)
    if (early) return early
    if (!caller) return oauthError(401, 'invalid_client')
    return afterWork(fault, grant(fake, caller, form))
  })
}

function grant(fake: FakeGlobusAuth, caller: string, form: URLSearchParams): Response {
  if (form.get('grant_type') === DEPENDENT_TOKEN_GRANT) return dependentTokenGrant(fake, caller, form)
  if (form.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type')
  if (form.get('scope') !== MANAGE_PROJECTS) return clientCredentialsGrant(fake, caller, form)
  const token = `Ag${randomBytes(30).toString('base64url')}`
  fake.tokens.set(token, caller)
  return HttpResponse.json({
    access_token: token,
    token_type: 'Bearer',
    expires_in: 172800,
    scope: MANAGE_PROJECTS,
    resource_server: 'auth.globus.org',
    other_tokens: [],
  })
}
