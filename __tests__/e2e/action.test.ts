import { describe, expect, it } from 'vitest'
import { type RunningFake, startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import { type FakeClient, GROUPS_SCOPE_ID } from '../../test-support/fake-globus-auth/store.ts'
import { startForwardProxy } from '../../test-support/forward-proxy.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import { type ActionRun, type RunOptions, runAction } from '../../test-support/run-action.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'

const example = EXAMPLE_SCOPE_FILE

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})

function run(inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': example, ...extra.files },
    env: extra.env,
  })
}

// Writes to the scopes API (a token request changes nothing).
const writes = () => server.fake.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/v2/api/'))
const errors = (r: ActionRun) => r.commands.filter((c) => c.command === 'error')

/** `secret` is the one the run was given; the real one must not appear either. */
function expectNoLeak(r: ActionRun, secret = client.secret) {
  for (const value of new Set([secret, client.secret])) {
    expect(r.everything).not.toContain(value)
    expect(r.everything).not.toContain(Buffer.from(`${client.id}:${value}`).toString('base64'))
  }
  // The mask is registered before anything else is printed.
  expect(r.commands[0]).toEqual({ command: 'add-mask', properties: '', message: secret })
}

describe('the bundled action', () => {
  it('creates the scope, verifies it and sets the outputs and the summary', async () => {
    const r = await run()
    expect(r.exitCode).toBe(0)
    const [scope, ...rest] = server.fake.scopesOf(client.id)
    expect(rest).toEqual([])
    expect(r.outputs).toEqual({ status: 'created', scope_id: scope?.id, scope_string: scope?.scope_string })
    expect(scope).toMatchObject({
      name: 'Example Action Provider',
      scope_suffix: 'action_all',
      allows_refresh_token: true,
      dependent_scopes: [
        { scope: GROUPS_SCOPE_ID, optional: false, requires_refresh_token: false },
        { scope: server.fake.transferScopeId, optional: false, requires_refresh_token: true },
      ],
    })
    // Not found by scope string: the client's own list (empty here) before the create.
    expect(server.fake.requestLines().map((l) => l.split('?')[0])).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${client.id}`,
      `POST /v2/api/clients/${client.id}/scopes`,
      `GET /v2/api/scopes/${scope?.id}`,
    ])
    expect(server.fake.requests.every((req) => req.authenticated)).toBe(true)
    expect(r.summary).toContain(`- Scope \`${scope?.scope_string}\`, id \`${scope?.id}\``)
    expect(r.summary).toContain('  dependent_scopes:\n+   "urn:globus:auth:scope:groups.api.globus.org')
    expect(r.commands.filter((c) => c.command === 'warning')).toEqual([])
    expectNoLeak(r)
  })

  it('changes nothing in one request on the second run', async () => {
    await run()
    const before = server.fake.requests.length
    const r = await run()
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('unchanged')
    expect(server.fake.requests.length - before).toBe(1)
    expect(r.stdout).toContain('matches the file')
  })

  it('fails verify on drift, naming the fields, and writes nothing', async () => {
    await run()
    const scope = server.fake.scopesOf(client.id)[0]!
    scope.description = 'edited by hand'
    const before = writes().length
    const r = await run({ mode: 'verify' })
    expect(r.exitCode).toBe(1)
    expect(errors(r).map((e) => e.message)).toEqual([
      `Run this action with mode: ensure to update the scope ${scope.scope_string}: it differs from globus-scope.json ` +
        'in description; the log above and the job summary show each change.',
    ])
    expect(r.outputs.status).toBe('would-update')
    expect(writes().length).toBe(before)
    expect(r.summary).toContain('- description: "edited by hand"\n+ description: "Run and monitor')
  })

  it('fails verify when the scope does not exist', async () => {
    const r = await run({ mode: 'verify' })
    expect(r.exitCode).toBe(1)
    expect(errors(r)[0]?.message).toMatch(
      /^Run this action with mode: ensure to create the scope .*: it does not exist yet\.$/,
    )
    expect(writes()).toEqual([])
  })

  it('plans without writing and without failing', async () => {
    const r = await run({ mode: 'plan' })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'would-create', scope_id: '' })
    expect(r.outputs.scope_string).toBe(`https://auth.globus.org/scopes/${client.id}/action_all`)
    expect(writes()).toEqual([])
  })

  it('stops on a bad scope file before any request, annotating the file and line', async () => {
    const bad = example.replace('"advertised": false', '"advertized": false')
    const r = await run({}, { files: { 'globus-scope.json': bad } })
    expect(r.exitCode).toBe(1)
    expect(server.fake.requests).toEqual([])
    const annotation = errors(r)[0]
    const line = bad.split('\n').findIndex((l) => l.includes('"advertized"')) + 1
    expect(line).toBeGreaterThan(1)
    expect(annotation?.properties).toBe(`title=Invalid scope file,file=globus-scope.json,line=${line},col=5`)
    expect(annotation?.message).toContain('scope.advertized: is not a known field')
    expectNoLeak(r)
  })

  it('names a missing scope file and the input that sets it', async () => {
    const r = await run({ scope_file: 'globus/scope.json' })
    expect(r.exitCode).toBe(1)
    // Said once: the failure line, with no annotation naming a file that is not there.
    expect(errors(r)).toEqual([
      {
        command: 'error',
        properties: '',
        message: expect.stringMatching(
          /^The scope file globus\/scope\.json does not exist; create it .* set the scope_file input/,
        ),
      },
    ])
    expect(r.summary).toContain('The scope file `globus/scope.json` does not exist. Create it')
    expect(server.fake.requests).toEqual([])
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

  it('annotates an unknown dependent scope at its line in the file, before any write', async () => {
    const typo = example.replace('transfer.api.globus.org:all', 'transfer.api.globus.org:al')
    const r = await run({}, { files: { 'globus-scope.json': typo } })
    expect(r.exitCode).toBe(1)
    const line = typo.split('\n').findIndex((l) => l.includes(':al"')) + 1
    expect(errors(r)[0]).toEqual({
      command: 'error',
      properties: `title=Invalid scope file,file=globus-scope.json,line=${line},col=18`,
      message:
        'scope.dependent_scopes[1].scope: no Globus Auth scope with the scope string "urn:globus:auth:scope:transfer.api.globus.org:al" was found, ' +
        'or it is not visible to this client (Globus shows a scope only to its owner, or to everyone when it is advertised); ' +
        "check its spelling, or write the scope's id instead (its owner can read it; a dependent scope given by id is " +
        'written as given), or ask its owner to advertise it',
    })
    expect(errors(r)[1]?.message).toBe(
      `The scope file globus-scope.json names a dependent scope Globus Auth did not find; nothing was changed (1 problem, annotated at line ${line}).`,
    )
    expect(errors(r)).toHaveLength(2)
    expect(writes()).toEqual([])
  })

  it('refuses a new scope whose suffix today’s rule does not allow at its line in the file, before any write', async () => {
    const older = example.replace('"action_all"', '"send-email"')
    const r = await run({}, { files: { 'globus-scope.json': older } })
    expect([r.exitCode, r.outputs.status]).toEqual([1, 'failed'])
    const line = older.split('\n').findIndex((l) => l.includes('"send-email"')) + 1
    expect(errors(r)[0]?.properties).toBe(`title=Invalid scope file,file=globus-scope.json,line=${line},col=21`)
    expect(errors(r)[0]?.message).toMatch(
      /^scope\.scope_suffix: "send-email" is not the suffix of a scope of client \S+, and a new scope's suffix may use only lowercase letters, digits and underscores: Globus Auth would refuse the create, so it was not sent\./,
    )
    expect(errors(r)[1]?.message).toBe(
      `The scope file globus-scope.json names a scope_suffix a new scope cannot have; nothing was changed (1 problem, annotated at line ${line}).`,
    )
    expect(writes()).toEqual([])
  })

  it('warns when the Groups dependent scope is missing, saying what breaks', async () => {
    const noGroups = JSON.stringify({ scope: { name: 'AP', description: 'Runs', scope_suffix: 'action_all' } })
    const r = await run({}, { files: { 'globus-scope.json': noGroups } })
    expect(r.exitCode).toBe(0)
    const warning = r.commands.find((c) => c.command === 'warning')
    expect(warning?.properties).toBe('title=No Globus Groups dependent scope,file=globus-scope.json')
    expect(warning?.message).toContain('group-based runnable_by and monitor_by policies never match')
  })

  it('keeps the secret out of every output, debug logs and failures included', async () => {
    const env = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' }
    const wrong = `${client.secret}x`
    const runs = [
      { r: await run({}, { env }), secret: client.secret },
      { r: await run({}, { env }), secret: client.secret },
      { r: await run({ client_secret: wrong }, { env }), secret: wrong },
      { r: await run({ mode: 'verify', scope_file: 'missing.json' }, { env }), secret: client.secret },
    ]
    server.fake.inject({ kind: 'status', status: 500 }, { times: 100 })
    runs.push({ r: await run({ timeout_seconds: '3' }, { env }), secret: client.secret })
    for (const { r, secret } of runs) {
      expect(r.stdout).toContain('::debug::')
      expectNoLeak(r, secret)
    }
    expect(runs.map(({ r }) => r.exitCode)).toEqual([0, 0, 1, 1, 1])
  })

  it('never hands a plain-HTTP request, credentials and all, to the HTTP_PROXY', async () => {
    const proxy = await startForwardProxy()
    try {
      const r = await run({}, { env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url, NO_PROXY: '' } })
      expect(r.exitCode).toBe(0)
      expect(r.outputs.status).toBe('created')
      expect(proxy.seen).toEqual([])
      expect(server.fake.requests.length).toBe(4)
    } finally {
      await proxy.close()
    }
  })

  it('reaches an HTTPS Globus Auth through HTTPS_PROXY with a CONNECT tunnel', async () => {
    const tls = await selfSignedCertificate()
    const secure = await startFakeGlobusAuth(server.fake, { tls })
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
    const secure = await startFakeGlobusAuth(server.fake, { tls: await selfSignedCertificate() })
    try {
      const r = await run({ auth_url: secure.url, timeout_seconds: '5' })
      expect(r.exitCode).toBe(1)
      expect(errors(r).at(-1)?.message).toMatch(
        /connection failed: .*(certificate|SELF_SIGNED).*is not trusted; nothing was sent/i,
      )
      expect(r.stdout).not.toContain('retry') // a certificate does not become trusted by trying again
      expect(server.fake.requests).toEqual([])
    } finally {
      await secure.close()
    }
  })

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const proxy = await startForwardProxy()
    try {
      const r = await run({}, { env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } })
      expect(r.exitCode).toBe(0)
      expect(proxy.seen).toEqual([])
    } finally {
      await proxy.close()
    }
  })

  it('fails a silent server within the time limit, saying what timed out', async () => {
    server.fake.inject({ kind: 'hang' }, { times: 100 })
    const started = Date.now()
    const r = await run({ timeout_seconds: '2' })
    expect(r.exitCode).toBe(1)
    expect(Date.now() - started).toBeLessThan(15_000) // a bound on hanging, not a speed claim
    expect(errors(r).at(-1)?.message).toMatch(/GET \/v2\/api\/scopes\?scope_strings=.*(no answer within|time limit)/)
  })
})

describe('the bundled action under faults', () => {
  it('ends a lost create answer (connection dropped after the write) with one scope and the right outputs', async () => {
    server.fake.inject({ kind: 'lost-answer' }, { method: 'POST' })
    const r = await run()
    expect(r.exitCode).toBe(0)
    const scopes = server.fake.scopesOf(client.id)
    expect(scopes).toHaveLength(1)
    // Whose create made it cannot be told once the answer is lost: found, it is `unchanged`.
    expect(r.outputs).toEqual({ status: 'unchanged', scope_id: scopes[0]?.id, scope_string: scopes[0]?.scope_string })
    expect(writes()).toHaveLength(1)
    expect(r.stdout).toMatch(
      /the answer was lost \(connection failed: .*\); it may or may not have taken effect; looking the scope up/,
    )
  })

  it('retries a 503 with Retry-After, logging the retry', async () => {
    server.fake.inject({ kind: 'status', status: 503, retryAfter: '1' }, { method: 'GET' })
    const r = await run()
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/failed \(status 503\); retry 1 of 5 in 1\.0 s/)
  })

  it('lets two runs racing to create the scope both succeed with the same scope id', async () => {
    // Both lookups find nothing before either create is sent.
    server.fake.inject({ kind: 'barrier', count: 2 }, { method: 'GET', path: /scope_strings/, times: 2 })
    server.fake.inject({ kind: 'barrier', count: 2 }, { method: 'GET', path: /\/v2\/api\/clients\//, times: 2 })
    const [a, b] = await Promise.all([run(), run()])
    expect([a?.exitCode, b?.exitCode]).toEqual([0, 0])
    const scopes = server.fake.scopesOf(client.id)
    expect(scopes).toHaveLength(1)
    expect(a?.outputs.scope_id).toBe(scopes[0]?.id)
    expect(b?.outputs.scope_id).toBe(scopes[0]?.id)
    expect(server.fake.requests.filter((req) => req.method === 'POST')).toHaveLength(2)
    expect(
      [a, b].some((r) => r?.stdout.includes('looking the scope up before deciding (another run may have created it)')),
    ).toBe(true)
    // Only the run whose create made the scope says it created it.
    expect([a?.outputs.status, b?.outputs.status].sort()).toEqual(['created', 'unchanged'])
  })

  it('does not follow a redirect, so the credentials never reach another host', async () => {
    const elsewhere = await startFakeGlobusAuth()
    try {
      server.fake.inject({ kind: 'status', status: 307, location: `${elsewhere.url}/v2/api/scopes`, body: '' })
      const r = await run()
      expect(r.exitCode).toBe(1)
      expect(errors(r).at(-1)?.message).toContain(`redirect (307) to ${elsewhere.url}/v2/api/scopes`)
      expect(elsewhere.fake.requests).toEqual([])
      expect(writes()).toEqual([])
    } finally {
      await elsewhere.close()
    }
  })

  it('turns an HTML page from a proxy into a clear error without a stack trace', async () => {
    server.fake.inject({ kind: 'raw', body: '<html>Sign in to the proxy</html>', contentType: 'text/html' })
    const r = await run()
    expect(r.exitCode).toBe(1)
    expect(errors(r).at(-1)?.message).toMatch(
      /the answer was not JSON \(text\/html\): <html>Sign in to the proxy<\/html>/,
    )
    expect(r.stderr).toBe('')
    expect(writes()).toEqual([])
  })
})
