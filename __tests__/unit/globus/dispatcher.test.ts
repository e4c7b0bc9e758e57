// dispatcherFor: plain HTTP (loopback only) never goes through a proxy, HTTPS goes through
// HTTPS_PROXY / HTTP_PROXY with a CONNECT tunnel. Real sockets: a forwarding proxy and the fake
// Globus Auth on loopback, reached with undici's fetch.
import { Agent, type Dispatcher, EnvHttpProxyAgent, fetch as undiciFetch } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AuthClient, type Fetch } from '../../../src/globus/client.ts'
import { dispatcherFor } from '../../../src/globus/dispatcher.ts'
import { TransportError } from '../../../src/globus/errors.ts'
import { type RunningFake, startFakeGlobusAuth } from '../../../test-support/fake-globus-auth/server.ts'
import { type FakeClient, GROUPS_SCOPE_ID, GROUPS_SCOPE_STRING } from '../../../test-support/fake-globus-auth/store.ts'
import { type RunningProxy, startForwardProxy } from '../../../test-support/forward-proxy.ts'
import { selfSignedCertificate } from '../../../test-support/self-signed.ts'

let proxy: RunningProxy
let server: RunningFake
let client: FakeClient
const dispatchers: Dispatcher[] = []

beforeEach(async () => {
  proxy = await startForwardProxy()
  server = await startFakeGlobusAuth()
  client = server.fake.addClient({})
  for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) vi.stubEnv(name, proxy.url)
  for (const name of ['NO_PROXY', 'no_proxy']) vi.stubEnv(name, '')
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await Promise.all(dispatchers.splice(0).map((d) => d.close()))
  await proxy.close()
  await server.close()
})

function authOver(dispatcher: Dispatcher, baseUrl = server.url): AuthClient {
  dispatchers.push(dispatcher)
  return new AuthClient({
    baseUrl,
    clientId: client.id,
    clientSecret: client.secret,
    fetch: ((url, init) => undiciFetch(url, { ...init, dispatcher })) as Fetch,
    sleep: async () => {},
  })
}

describe('dispatcherFor', () => {
  it('sends plain HTTP to loopback straight there, never to HTTP_PROXY', async () => {
    // What an environment-driven dispatcher does with it: the proxy gets the Basic header in clear.
    const viaProxy = authOver(new EnvHttpProxyAgent())
    expect(await viaProxy.findScopesById([GROUPS_SCOPE_ID])).toHaveLength(1)
    expect(proxy.seen).toEqual([expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:\d+\/v2\/api\/scopes\?ids=/)])
    proxy.seen.length = 0

    const auth = authOver(dispatcherFor(server.url))
    expect(await auth.findScopesByString([GROUPS_SCOPE_STRING])).toHaveLength(1)
    expect(await auth.getScope(GROUPS_SCOPE_ID)).toMatchObject({ id: GROUPS_SCOPE_ID })
    expect(auth.requestCount).toBe(2)
    expect(proxy.seen).toEqual([])
    expect(server.fake.requests.slice(-2).every((r) => r.authenticated)).toBe(true)
  })

  it('tunnels HTTPS through the proxy with CONNECT, and refuses an untrusted certificate by its code', async () => {
    const secure = await startFakeGlobusAuth(server.fake, { tls: await selfSignedCertificate() })
    try {
      const auth = authOver(dispatcherFor(secure.url), secure.url)
      const error = await auth.findScopesById([GROUPS_SCOPE_ID]).catch((e: unknown) => e)
      expect(proxy.seen).toEqual([`CONNECT ${new URL(secure.url).host}`])
      expect(error).toBeInstanceOf(TransportError)
      expect((error as Error).message).toMatch(/SELF_SIGNED.*is not trusted; nothing was sent$/)
      expect(auth.requestCount).toBe(1)
      expect(server.fake.requests).toEqual([])
    } finally {
      await secure.close()
    }
  })

  it('uses the environment for https and no proxy for loopback http', async () => {
    const https = dispatcherFor(new URL('https://auth.globus.org'))
    const http = dispatcherFor('http://localhost:8080/')
    dispatchers.push(https, http)
    expect(https).toBeInstanceOf(EnvHttpProxyAgent)
    expect(http).toBeInstanceOf(Agent)
    expect(http).not.toBeInstanceOf(EnvHttpProxyAgent)
  })

  it.each(['http://auth.globus.org', 'http://10.0.0.1:8080', 'ftp://127.0.0.1', 'https://user:pass@auth.globus.org'])(
    'refuses %s',
    (url) => {
      expect(() => dispatcherFor(url)).toThrow(/No dispatcher for the Globus Auth URL/)
    },
  )
})
