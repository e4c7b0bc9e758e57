// The deploy gate at both ends, through the bundle: verify reads the deployed provider's
// description (provider_url) and waits out a rollout; a new scope_suffix never surprises.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningFake } from '../../test-support/fake-globus-auth/server.ts'
import type { FakeClient } from '../../test-support/fake-globus-auth/store.ts'
import { FakeProvider } from '../../test-support/fake-provider.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import type { LoopbackServer } from '../../test-support/loopback-server.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})
let provider: FakeProvider
let deployed: LoopbackServer
beforeEach(async () => {
  provider = new FakeProvider()
  deployed = await provider.serve()
})
afterEach(() => deployed.close())

function run(inputs: Record<string, string> = {}, file = EXAMPLE_SCOPE_FILE, workspace?: string): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': file },
    ...(workspace ? { workspace } : {}),
  })
}

const scopeString = () => `https://auth.globus.org/scopes/${client.id}/action_all`
const verify = (extra: Record<string, string> = {}) =>
  run({ mode: 'verify', provider_url: `${deployed.url}/hello/`, ...extra })
const requests = () => server.fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

describe('verify with provider_url', () => {
  beforeEach(async () => {
    await run()
    server.fake.requests.length = 0
  })

  it('passes when the provider advertises the scope: an output, a log line, a row in the summary', async () => {
    provider.scope = scopeString()
    const r = await verify()
    expect([r.exitCode, r.outputs.status, r.outputs.provider_scope]).toEqual([0, 'unchanged', scopeString()])
    expect(r.stdout).toContain(`The Action Provider at ${deployed.url}/hello/ advertises ${scopeString()} (1 read).`)
    expect(r.summary).toContain(`- Action Provider \`${deployed.url}/hello/\` advertises \`${scopeString()}\` ✅`)
    expect(requests()).toEqual(['GET /v2/api/scopes'])
    expect(provider.requests.map((q) => q.path)).toEqual(['/hello/'])
  })

  it('settles a rollout: two 502s, then the scope, saying in the log what it waits for', async () => {
    provider.scope = scopeString()
    provider.statuses.push(502, 502)
    const r = await verify()
    expect([r.exitCode, r.outputs.provider_scope]).toEqual([0, scopeString()])
    expect(
      r.stdout.match(
        /^Waiting for the Action Provider at .* to advertise this scope: it answered 502; reading again in/gm,
      ),
    ).toHaveLength(1)
    expect(r.stdout.match(/^Still waiting \(read 2\): no change; reading again in/gm)).toHaveLength(1)
    expect(provider.requests).toHaveLength(3)
  })

  it('fails after one read on a string that is no scope of this client, pointing at the character', async () => {
    provider.scope = scopeString().slice(0, -1)
    const r = await verify()
    expect([r.exitCode, r.outputs.status, r.outputs.provider_scope]).toEqual([1, 'failed', undefined])
    expect(r.outputs.scope_id).not.toBe('')
    const error = r.commands.filter((c) => c.command === 'error').at(-1)?.message
    expect(error).toBe(
      `Set the provider's globus_auth_scope to ${scopeString()} and deploy it again: the Action Provider at ` +
        `${deployed.url}/hello/ advertises ${provider.scope}, which is no scope of this client: it ends after ` +
        'character 77, where the scope string goes on with "l". It takes its scope from its deployment\'s configuration ' +
        '(the globus_auth_scope of its description; in action-provider-tools, the ActionProviderDescription it is built with).',
    )
    expect(r.summary).toContain('does not advertise this scope ❌')
    expect(r.stdout).not.toMatch(/waiting/i)
    // The scope, then one lookup of the advertised string: it is no scope of this client.
    expect(requests()).toEqual(['GET /v2/api/scopes', 'GET /v2/api/scopes'])
    expect(provider.requests).toHaveLength(1)
  })

  it('waits out a rollout from another scope of this client, saying it once, with one lookup of it', async () => {
    const old = server.fake.addScope(client.id, { scope_suffix: 'last_month', name: 'x', description: 'y' })
    provider.earlierScopes.push(old.scope_string, old.scope_string)
    provider.scope = scopeString()
    server.fake.requests.length = 0
    const r = await verify()
    expect([r.exitCode, r.outputs.provider_scope]).toEqual([0, scopeString()])
    const waits = r.stdout.split('\n').filter((line) => /waiting/i.test(line))
    expect(waits).toHaveLength(2)
    expect(waits[0]).toMatch(
      new RegExp(
        `^Waiting for the Action Provider at .*/hello/ to advertise this scope: it advertises ${old.scope_string}, another scope of this client; reading again in \\d`,
      ),
    )
    expect(waits[1]).toMatch(/^Still waiting \(read 2\): no change; reading again in \d/)
    expect(requests()).toEqual(['GET /v2/api/scopes', 'GET /v2/api/scopes'])
    expect(provider.requests).toHaveLength(3)
  })

  it('accepts a domain variant of the scope, looked up once', async () => {
    const fqdn = server.fake.addScope(client.id, { scope_suffix: 'action_all', name: 'x', description: 'y' })
    fqdn.scope_string = `https://auth.globus.org/scopes/actions.example.org/action_all`
    provider.scope = fqdn.scope_string
    server.fake.requests.length = 0
    const r = await verify()
    expect([r.exitCode, r.outputs.provider_scope]).toEqual([0, fqdn.scope_string])
    expect(requests()).toEqual(['GET /v2/api/scopes', 'GET /v2/api/scopes'])
  })

  it.each([
    [401, /^Add "public" to the provider's visible_to, .* answered 401: its description is not public\.$/],
    [
      404,
      /^Set provider_url to the Action Provider’s base URL .* add "public" to the provider's visible_to: .* answered 404\.$/,
    ],
  ])('fails at once on %s, saying what to change', async (status, message) => {
    provider.statuses.push(status)
    const r = await verify()
    expect(r.exitCode).toBe(1)
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(message)
    expect(provider.requests).toHaveLength(1)
  })

  it('fails a provider that never answers within timeout_seconds', async () => {
    provider.silent = true
    const r = await verify({ timeout_seconds: '3' })
    expect(r.exitCode).toBe(1)
    expect(r.durationMs).toBeLessThan(15_000) // a bound on hanging, not a speed claim
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
      /could not be read: it did not answer in time \(after \d+ reads? in/,
    )
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

  it('never sends the provider a credential', async () => {
    provider.scope = scopeString()
    await verify()
    provider.statuses.push(502)
    await verify()
    const secret = client.secret.slice(4, 16)
    for (const request of provider.requests) {
      expect(Object.keys(request.headers).filter((h) => /authorization|cookie/i.test(h))).toEqual([])
      expect(JSON.stringify(request.headers)).not.toContain(secret)
    }
  })

  it('refuses a provider_url over plain HTTP to another host, before anything is sent', async () => {
    const r = await verify({ provider_url: 'http://actions.example.org/hello/' })
    expect(r.exitCode).toBe(1)
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
      /^Input provider_url is "http:\/\/actions\.example\.org\/hello\/": plain http/,
    )
    expect(server.fake.requests).toEqual([])
  })

  it('is accepted and left for verify in plan and ensure, with a notice', async () => {
    for (const mode of ['plan', 'ensure']) {
      const r = await run({ mode, provider_url: `${deployed.url}/hello/` })
      expect(r.exitCode).toBe(0)
      expect(r.commands.find((c) => c.command === 'notice')?.message).toBe(
        `provider_url is checked in mode: verify only: the provider is deployed after ${mode}. Run verify after the deploy.`,
      )
    }
    expect(provider.requests).toEqual([])
  })
})

describe('a new scope_suffix', () => {
  it('warns in plan and in ensure, naming the scope the client already has, and ensure still creates the new one', async () => {
    await run()
    const renamed = EXAMPLE_SCOPE_FILE.replace('"action_all"', '"action_all_v2"')
    server.fake.requests.length = 0
    const plan = await run({ mode: 'plan' }, renamed)
    expect(plan.outputs.status).toBe('would-create')
    // The lookup by scope string, the client, its scopes by id.
    expect(requests()).toEqual(['GET /v2/api/scopes', `GET /v2/api/clients/${client.id}`, 'GET /v2/api/scopes'])
    const warning = plan.commands.find((c) => c.command === 'warning' && c.properties.includes('A second scope'))
    expect(warning?.message).toMatch(
      new RegExp(
        `^mode: ensure will create a second scope for the client, .*/action_all_v2, beside the scope ${scopeString()}\\. `,
      ),
    )
    expect(warning?.message).toContain('the old scope stays until it is deleted by hand')
    // Said once in the log (the annotation), after a headline that says it first.
    expect(plan.stdout.split('the old scope stays')).toHaveLength(2)
    expect(plan.stdout).toContain('/action_all_v2 does not exist yet and would be a second scope for this client')
    expect(plan.summary).toMatch(
      /^## 📝 Globus Auth scope: a second scope will be created\n\n`mode: ensure` will create a second scope/,
    )

    server.fake.requests.length = 0
    const ensure = await run({}, renamed)
    expect(ensure.outputs.status).toBe('created')
    expect(requests()).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${client.id}`,
      'GET /v2/api/scopes',
      `POST /v2/api/clients/${client.id}/scopes`,
      `GET /v2/api/scopes/${ensure.outputs.scope_id}`,
    ])
    expect(
      ensure.commands.some((c) => c.command === 'warning' && c.message.startsWith('This run created a second scope')),
    ).toBe(true)
    expect(server.fake.scopesOf(client.id)).toHaveLength(2)

    server.fake.requests.length = 0
    const steady = await run({}, renamed)
    expect([steady.outputs.status, requests()]).toEqual(['unchanged', ['GET /v2/api/scopes']])
    expect(steady.commands.filter((c) => c.command === 'warning')).toEqual([])
  })
})

describe('a provider that never finishes its TLS handshake', () => {
  it('ends the step within timeout_seconds, not at the connect timeout of the network library', async () => {
    const { createServer } = await import('node:net')
    await run()
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
