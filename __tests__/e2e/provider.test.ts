// The deploy gate's wiring through the bundle: verify reads the deployed provider's description
// (provider_url) over the network library, with no credential, within timeout_seconds. What each
// answer means, rollouts and lookups are proved in unit/provider/description.test.ts and
// unit/flow/provider-gate.test.ts.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FakeProvider } from '../../test-support/fake-provider.ts'
import { useBundledAction } from '../../test-support/loopback-globus.ts'
import type { LoopbackServer } from '../../test-support/loopback-server.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'

// One fake for the file, the scope created once: every test verifies it against another provider.
const bundle = useBundledAction({ per: 'file' })
const { run } = bundle
beforeAll(async () => {
  expect((await run()).outputs.status).toBe('created')
})
let provider: FakeProvider
let deployed: LoopbackServer
beforeEach(async () => {
  provider = new FakeProvider()
  deployed = await provider.serve()
})
afterEach(() => deployed.close())

const scopeString = () => `https://auth.globus.org/scopes/${bundle.client.id}/action_all`
const verify = (extra: Record<string, string> = {}) =>
  run({ mode: 'verify', provider_url: `${deployed.url}/hello/`, ...extra })
const requests = () => bundle.server.fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

beforeEach(() => {
  bundle.server.fake.requests.length = 0
})

describe('verify with provider_url', () => {
  it('passes when the provider advertises the scope: an output, a log line, a row in the summary', async () => {
    provider.scope = scopeString()
    const r = await verify()
    expect([r.exitCode, r.outputs.status, r.outputs.provider_scope]).toEqual([0, 'unchanged', scopeString()])
    expect(r.stdout).toContain(`The Action Provider at ${deployed.url}/hello/ advertises ${scopeString()} (1 read).`)
    expect(r.summary).toContain(`- Action Provider \`${deployed.url}/hello/\` advertises \`${scopeString()}\` ✅`)
    expect(requests()).toEqual(['GET /v2/api/scopes'])
    expect(provider.requests.map((q) => q.path)).toEqual(['/hello/'])
    // What reaches the provider as the bundle sends it: no credential of any kind.
    const [request] = provider.requests
    expect(Object.keys(request?.headers ?? {}).filter((h) => /authorization|cookie|token/i.test(h))).toEqual([])
    expect(JSON.stringify(request?.headers)).not.toContain(bundle.client.secret.slice(4, 16))
  })

  it('fails at once on headers larger than Node.js reads: trying again gets the same', async () => {
    provider.scope = scopeString()
    provider.oversizedHeaders = true
    const r = await verify()
    expect(r.exitCode).toBe(1)
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
      /answered with headers larger than Node\.js reads \(UND_ERR_HEADERS_OVERFLOW .*\)\.$/,
    )
    expect(provider.requests).toHaveLength(1)
  })

  it('fails at once on a TLS certificate it cannot trust, sending no request', async () => {
    provider.scope = scopeString()
    const secure = await provider.serve({ tls: await selfSignedCertificate() })
    try {
      const r = await verify({ provider_url: `${secure.url}/hello/` })
      expect(r.exitCode).toBe(1)
      expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
        /^Give the provider a certificate the runner trusts .* could not be reached: its TLS certificate is not trusted \(.*SELF_SIGNED.*\)\.$/,
      )
      expect(r.stdout).not.toMatch(/waiting/i)
      expect(provider.requests).toEqual([])
    } finally {
      await secure.close()
    }
  })
})

describe('a provider that never finishes its TLS handshake', () => {
  it('ends the step within timeout_seconds, not at the connect timeout of the network library', async () => {
    const { createServer } = await import('node:net')
    const silent = createServer((socket) => socket.on('data', () => {}))
    await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready))
    try {
      const port = (silent.address() as { port: number }).port
      const r = await verify({ provider_url: `https://127.0.0.1:${port}/`, timeout_seconds: '3' })
      expect(r.exitCode).toBe(1)
      expect(r.durationMs).toBeLessThan(7_000) // a bound on hanging, not a speed claim
    } finally {
      silent.close()
    }
  })
})
