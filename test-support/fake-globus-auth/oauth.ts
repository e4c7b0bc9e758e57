// The fake's OAuth2 calls on a caller's behalf, as the Python SDK makes them: a client-credentials
// token for any scope a client may be granted, introspection by the scope's client, the
// dependent-token grant (a JSON list, one token per resource server) and revocation by the client
// that holds a token. What the public record leaves open has a switch on the store: see
// grantsUnadvertised, introspectionAudience, exchangesClientTokens, refreshesClientTokens,
// withheldDependentTokens.
import { randomBytes } from 'node:crypto'
import { HttpResponse, http } from 'msw'
import { afterWork, formRequest, oauthError } from './answers.ts'
import type { FakeGlobusAuth, FakeScope, FakeToken } from './store.ts'

export const DEPENDENT_TOKEN_GRANT = 'urn:globus:auth:grant_type:dependent_token'
/** Two days, as Globus' tokens last (the Python SDK's fixtures). */
const EXPIRES_IN = 172_800

/** Introspection and revocation; the token endpoint's grants are below, called by token-endpoint.ts. */
export function oauthHandlers(fake: FakeGlobusAuth) {
  const handle =
    (answer: (caller: string, form: URLSearchParams) => Response) =>
    async ({ request }: { request: Request }) => {
      const { form, caller, fault, early } = await formRequest(fake, request)
      if (early) return early
      if (!caller) return oauthError(401, 'invalid_client')
      return afterWork(fault, answer(caller, form))
    }
  return [
    http.post(
      '*/v2/oauth2/token/introspect',
      handle((caller, form) => introspect(fake, caller, form)),
    ),
    http.post(
      '*/v2/oauth2/token/revoke',
      handle((caller, form) => revoke(fake, caller, form)),
    ),
  ]
}

/** A client-credentials token for scopes other than manage_projects (space-separated scope strings). */
export function clientCredentialsGrant(fake: FakeGlobusAuth, caller: string, form: URLSearchParams): Response {
  const wanted = (form.get('scope') ?? '').split(' ').filter(Boolean)
  const scopes = wanted.map((text) => [...fake.scopes.values()].find((s) => s.scope_string === text))
  if (wanted.length === 0 || scopes.some((scope) => scope === undefined)) {
    return oauthError(400, 'invalid_scope', 'Unknown scope requested')
  }
  const found = scopes as FakeScope[]
  const refused = found.find((scope) => !mayBeGranted(fake, scope, caller))
  if (refused) return oauthError(403, 'unauthorized_client', `This client may not request ${refused.scope_string}`)
  const resourceServer = found[0]?.client ?? ''
  const token = grant(fake, { holder: caller, kind: 'access', scopeIds: found.map((s) => s.id), resourceServer })
  return HttpResponse.json({
    access_token: token,
    scope: wanted.join(' '),
    resource_server: resourceServer,
    expires_in: EXPIRES_IN,
    token_type: 'Bearer',
    other_tokens: [],
  })
}

/** Its own scopes and advertised ones; another client's unadvertised scope only behind the switch. */
function mayBeGranted(fake: FakeGlobusAuth, scope: FakeScope, caller: string): boolean {
  return fake.sameId(scope.client, caller) || scope.advertised || fake.grantsUnadvertised
}

/**
 * The dependent tokens of a token, for the client its scopes belong to (the resource server): a
 * list with one token per dependent scope's client, refresh tokens too with access_type=offline.
 */
export function dependentTokenGrant(fake: FakeGlobusAuth, caller: string, form: URLSearchParams): Response {
  const given = fake.grants.get(form.get('token') ?? '')
  if (given?.kind !== 'access') return oauthError(400, 'invalid_grant', 'The token is not valid')
  if (!fake.sameId(given.resourceServer, caller)) {
    return oauthError(403, 'unauthorized_client', 'Only the token’s resource server may get its dependent tokens')
  }
  if (!fake.exchangesClientTokens) {
    return oauthError(403, 'unauthorized_client', 'Dependent tokens are not issued for a client identity’s token')
  }
  const dependents = given.scopeIds
    .flatMap((id) => fake.findScope(id)?.dependent_scopes ?? [])
    .map((dependent) => fake.findScope(dependent.scope))
    .filter((scope): scope is FakeScope => scope !== undefined)
    .filter((scope) => !fake.withheldDependentTokens.has(scope.scope_string))
  const byServer = Map.groupBy(dependents, (scope) => scope.client)
  const offline = form.get('access_type') === 'offline' && fake.refreshesClientTokens
  const answer = [...byServer].map(([resourceServer, scopes]) => {
    const scopeIds = scopes.map((scope) => scope.id)
    const access = grant(fake, { holder: caller, kind: 'access', scopeIds, resourceServer })
    const refresh = offline ? grant(fake, { holder: caller, kind: 'refresh', scopeIds, resourceServer }) : undefined
    return {
      access_token: access,
      ...(refresh ? { refresh_token: refresh } : {}),
      scope: scopes.map((scope) => scope.scope_string).join(' '),
      resource_server: resourceServer,
      token_type: 'bearer',
      expires_in: EXPIRES_IN,
    }
  })
  return HttpResponse.json(answer)
}

/** Active only for the client its scopes belong to; `aud` as the switch says. */
function introspect(fake: FakeGlobusAuth, caller: string, form: URLSearchParams): Response {
  const token = fake.grants.get(form.get('token') ?? '')
  if (token?.kind !== 'access' || !fake.sameId(token.resourceServer, caller)) {
    return HttpResponse.json({ active: false })
  }
  const now = Math.floor(Date.now() / 1000)
  const audiences = {
    'resource-server': { aud: [token.resourceServer, token.holder] },
    'one-string': { aud: token.resourceServer },
    'holder-only': { aud: [token.holder] },
    absent: {},
  }
  const audience = audiences[fake.introspectionAudience]
  return HttpResponse.json({
    active: true,
    token_type: 'Bearer',
    scope: token.scopeIds.map((id) => fake.findScope(id)?.scope_string).join(' '),
    client_id: token.holder,
    sub: token.holder,
    username: `${token.holder}@clients.auth.globus.org`,
    ...audience,
    iss: 'https://auth.globus.org',
    exp: now + EXPIRES_IN,
    iat: now,
    nbf: now,
  })
}

/** Only the client that holds a token revokes it; any other answer is the same, as RFC 7009 has it. */
function revoke(fake: FakeGlobusAuth, caller: string, form: URLSearchParams): Response {
  const token = form.get('token') ?? ''
  if (fake.grants.get(token)?.holder === caller) fake.grants.delete(token)
  if (fake.tokens.get(token) === caller) fake.tokens.delete(token)
  return HttpResponse.json({ active: false })
}

function grant(fake: FakeGlobusAuth, token: FakeToken): string {
  const value = `Ag${randomBytes(30).toString('base64url')}`
  fake.grants.set(value, token)
  fake.granted.push(value)
  return value
}
