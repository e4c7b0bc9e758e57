// The bundled action as the runner runs it, against the fake Globus Auth on loopback: the wiring
// (outputs, summary, annotations, masking, exit codes) and what only the real network library shows
// (proxies, TLS, timeouts, a lost answer, a redirect, racing processes). Each case of the flow is
// proved in process: unit/flow/execute.test.ts, unit/modes/, unit/globus/.
import { describe, expect, it } from 'vitest'
import { startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import { GROUPS_SCOPE_ID } from '../../test-support/fake-globus-auth/store.ts'
import { startForwardProxy } from '../../test-support/forward-proxy.ts'
import { EXAMPLE_SCOPE_FILE, useBundledAction } from '../../test-support/loopback-globus.ts'
import type { ActionRun } from '../../test-support/run-action.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'

const example = EXAMPLE_SCOPE_FILE

const bundle = useBundledAction()
const { run } = bundle

// Writes to the scopes API (a token request changes nothing).
const writes = () => bundle.server.fake.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/v2/api/'))
const errors = (r: ActionRun) => r.commands.filter((c) => c.command === 'error')

/** `secret` is the one the run was given; the real one must not appear either. */
function expectNoLeak(r: ActionRun, secret = bundle.client.secret) {
  for (const value of new Set([secret, bundle.client.secret])) {
    expect(r.everything).not.toContain(value)
    expect(r.everything).not.toContain(Buffer.from(`${bundle.client.id}:${value}`).toString('base64'))
  }
  // The mask is registered before anything else is printed.
  expect(r.commands[0]).toEqual({ command: 'add-mask', properties: '', message: secret })
}

describe('the bundled action', () => {
  it('creates the scope, verifies it and sets the outputs and the summary', async () => {
    const r = await run()
    expect(r.exitCode).toBe(0)
    const [scope, ...rest] = bundle.server.fake.scopesOf(bundle.client.id)
    expect(rest).toEqual([])
    expect(r.outputs).toEqual({ status: 'created', scope_id: scope?.id, scope_string: scope?.scope_string })
    expect(scope).toMatchObject({
      name: 'Example Action Provider',
      scope_suffix: 'action_all',
      allows_refresh_token: true,
      dependent_scopes: [
        { scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false },
        { scope: bundle.server.fake.transferScopeId, optional: false, requires_refresh_token: true },
      ],
    })
    // Not found by scope string: the client's own list (empty here) before the create.
    expect(bundle.server.fake.requestLines().map((l) => l.split('?')[0])).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${bundle.client.id}`,
      `POST /v2/api/clients/${bundle.client.id}/scopes`,
      `GET /v2/api/scopes/${scope?.id}`,
    ])
    expect(bundle.server.fake.requests.every((req) => req.authenticated)).toBe(true)
    expect(r.summary).toContain(`- Scope \`${scope?.scope_string}\`, id \`${scope?.id}\``)
    expect(r.summary).toContain('  dependent_scopes:\n+   "urn:globus:auth:scope:groups.api.globus.org')
    expect(r.commands.filter((c) => c.command === 'warning')).toEqual([])
    expectNoLeak(r)

    // The steady state: one request, nothing changed.
    const before = bundle.server.fake.requests.length
    const again = await run()
    expect([again.exitCode, again.outputs.status, bundle.server.fake.requests.length - before]).toEqual([
      0,
      'unchanged',
      1,
    ])
    expect(again.stdout).toContain('matches the file')
  })

  it('stops on a bad scope file before any request, annotating the file and line', async () => {
    const bad = example.replace('"advertised": false', '"advertized": false')
    const r = await run({}, { files: { 'globus-scope.json': bad } })
    expect(r.exitCode).toBe(1)
    expect(bundle.server.fake.requests).toEqual([])
    const annotation = errors(r)[0]
    const line = bad.split('\n').findIndex((l) => l.includes('"advertized"')) + 1
    expect(line).toBeGreaterThan(1)
    expect(annotation?.properties).toBe(`title=Invalid scope file,file=globus-scope.json,line=${line},col=5`)
    expect(annotation?.message).toContain('scope.advertized: is not a known field')
    expectNoLeak(r)
  })

  it('explains wrong credentials and changes nothing', async () => {
    const r = await run({ client_secret: 'not-the-right-secret-at-all' })
    expect(r.exitCode).toBe(1)
    // One error, the way out first; what Globus answered to which request is the log line before it.
    expect(errors(r).map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^Globus Auth refused the client id and secret \(401\): create a new secret .* client_secret\. The client_id\/client_secret pair is wrong, or the secret was deleted; the token endpoint refused them as well \(401\)\.$/,
      ),
    ])
    const lines = r.stdout.split('\n').filter((line) => !line.startsWith('::debug::'))
    const answered = lines.findIndex((line) =>
      /^Globus Auth answered 401 UNAUTHORIZED to GET .* \(request id req-\w+\)\.$/.test(line),
    )
    expect(answered).toBeGreaterThan(-1)
    expect(lines[answered + 1]).toMatch(/^::error::Globus Auth refused/)
    expect(writes()).toEqual([])
    expect(r.everything).not.toContain('not-the-right-secret-at-all')
  })

  it('keeps the secret out of every output, debug logs and failures included', async () => {
    const env = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' }
    const wrong = `${bundle.client.secret}x`
    // A create (every request in the debug log) and a refusal; any secret, any answer and every
    // path are the in-process property's (unit/github/boundary.test.ts): here, the bundle's masking.
    const runs = [
      { r: await run({}, { env }), secret: bundle.client.secret },
      { r: await run({ client_secret: wrong }, { env }), secret: wrong },
    ]
    for (const { r, secret } of runs) {
      expect(r.stdout).toContain('::debug::')
      expectNoLeak(r, secret)
    }
    expect(runs.map(({ r }) => r.exitCode)).toEqual([0, 1])
  })

  it('never hands a plain-HTTP request, credentials and all, to the HTTP_PROXY', async () => {
    const proxy = await startForwardProxy()
    try {
      const r = await run({}, { env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url, NO_PROXY: '' } })
      expect(r.exitCode).toBe(0)
      expect(r.outputs.status).toBe('created')
      expect(proxy.seen).toEqual([])
      expect(bundle.server.fake.requests.length).toBe(4)
    } finally {
      await proxy.close()
    }
  })

  it('reaches an HTTPS Globus Auth through HTTPS_PROXY with a CONNECT tunnel', async () => {
    const tls = await selfSignedCertificate()
    const secure = await startFakeGlobusAuth(bundle.server.fake, { tls })
    const proxy = await startForwardProxy()
    try {
      // An empty lower-case variable beside the upper-case one counts as unset, as the toolkit reads it.
      const r = await run(
        { auth_url: secure.url },
        // The proxy without a scheme (host:port) means http://host:port, as the toolkit reads it.
        {
          env: {
            https_proxy: '',
            HTTPS_PROXY: proxy.url.replace('http://', ''),
            no_proxy: '',
            NODE_EXTRA_CA_CERTS: tls.certPath,
          },
        },
      )
      expect(r.exitCode).toBe(0)
      expect(r.outputs.status).toBe('created')
      expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${new URL(secure.url).host}`]))
    } finally {
      await proxy.close()
      await secure.close()
    }
  })

  it('refuses a Globus Auth whose certificate it cannot trust, sending nothing', async () => {
    const secure = await startFakeGlobusAuth(bundle.server.fake, { tls: await selfSignedCertificate() })
    try {
      const r = await run({ auth_url: secure.url, timeout_seconds: '5' })
      expect(r.exitCode).toBe(1)
      expect(errors(r).at(-1)?.message).toMatch(
        /connection failed: .*(certificate|SELF_SIGNED).*is not trusted; nothing was sent/i,
      )
      expect(r.stdout).not.toContain('retry') // a certificate does not become trusted by trying again
      expect(bundle.server.fake.requests).toEqual([])
    } finally {
      await secure.close()
    }
  })

  it('fails a silent server within the time limit, saying what timed out', async () => {
    bundle.server.fake.inject({ kind: 'hang' }, { times: 100 })
    const started = Date.now()
    const r = await run({ timeout_seconds: '2' })
    expect(r.exitCode).toBe(1)
    expect(Date.now() - started).toBeLessThan(15_000) // a bound on hanging, not a speed claim
    expect(errors(r).at(-1)?.message).toMatch(/GET \/v2\/api\/scopes\?scope_strings=.*(no answer within|time limit)/)
  })
})

describe('the bundled action under faults', () => {
  it('ends a lost create answer (connection dropped after the write) with one scope and the right outputs', async () => {
    bundle.server.fake.inject({ kind: 'lost-answer' }, { method: 'POST' })
    const r = await run()
    expect(r.exitCode).toBe(0)
    const scopes = bundle.server.fake.scopesOf(bundle.client.id)
    expect(scopes).toHaveLength(1)
    // Whose create made it cannot be told once the answer is lost: found, it is `unchanged`.
    expect(r.outputs).toEqual({ status: 'unchanged', scope_id: scopes[0]?.id, scope_string: scopes[0]?.scope_string })
    expect(writes()).toHaveLength(1)
    expect(r.stdout).toMatch(
      /the answer was lost \(connection failed: .*\); it may or may not have taken effect; looking the scope up/,
    )
  })

  it('retries a 503 with Retry-After, logging the retry', async () => {
    bundle.server.fake.inject({ kind: 'status', status: 503, retryAfter: '1' }, { method: 'GET' })
    const r = await run()
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/failed \(status 503\); retry 1 of 5 in 1\.0 s/)
  })

  it('lets two runs racing to create the scope both succeed with the same scope id', async () => {
    // Both lookups find nothing before either create is sent.
    bundle.server.fake.inject({ kind: 'barrier', count: 2 }, { method: 'GET', path: /scope_strings/, times: 2 })
    bundle.server.fake.inject({ kind: 'barrier', count: 2 }, { method: 'GET', path: /\/v2\/api\/clients\//, times: 2 })
    const [a, b] = await Promise.all([run(), run()])
    expect([a?.exitCode, b?.exitCode]).toEqual([0, 0])
    const scopes = bundle.server.fake.scopesOf(bundle.client.id)
    expect(scopes).toHaveLength(1)
    expect(a?.outputs.scope_id).toBe(scopes[0]?.id)
    expect(b?.outputs.scope_id).toBe(scopes[0]?.id)
    expect(bundle.server.fake.requests.filter((req) => req.method === 'POST')).toHaveLength(2)
    expect(
      [a, b].some((r) => r?.stdout.includes('looking the scope up before deciding (another run may have created it)')),
    ).toBe(true)
    // Only the run whose create made the scope says it created it.
    expect([a?.outputs.status, b?.outputs.status].sort()).toEqual(['created', 'unchanged'])
  })

  it('does not follow a redirect, so the credentials never reach another host', async () => {
    const elsewhere = await startFakeGlobusAuth()
    try {
      bundle.server.fake.inject({ kind: 'status', status: 307, location: `${elsewhere.url}/v2/api/scopes`, body: '' })
      const r = await run()
      expect(r.exitCode).toBe(1)
      expect(errors(r).at(-1)?.message).toContain(`redirect (307) to ${elsewhere.url}/v2/api/scopes`)
      expect(elsewhere.fake.requests).toEqual([])
      expect(writes()).toEqual([])
    } finally {
      await elsewhere.close()
    }
  })
})
