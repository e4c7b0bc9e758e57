// The start-up that hides behind the network: the first lookup goes out on a connection opened
// before the action has loaded, and only after every check; and every chunk of dist/ is loaded
// by some run, so a chunk missing from the commit cannot pass.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../../test-support/fake-github.ts'
import { type RunningFake, startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import { type FakeClient, GROUPS_SCOPE_STRING } from '../../test-support/fake-globus-auth/store.ts'
import { startForwardProxy } from '../../test-support/forward-proxy.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import { CHUNK_TRACKER, DIST, SLOW_RUNNER } from '../../test-support/paths.ts'
import { type ActionRun, runAction } from '../../test-support/run-action.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'

const example = EXAMPLE_SCOPE_FILE
const dist = DIST
const tracker = CHUNK_TRACKER

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})

function run(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  file = example,
): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    files: { 'globus-scope.json': file },
    env,
  })
}

const early = () => server.fake.requests.map((r) => r.connection === 'close')

describe('the early first lookup', () => {
  it('is the steady state’s one request, made on the connection opened before the action loaded', async () => {
    await run()
    server.fake.requests.length = 0
    const r = await run()
    expect(r.outputs.status).toBe('unchanged')
    expect(early()).toEqual([true])
  })

  it('goes over HTTPS as well, with the runner’s extra CA certificates', async () => {
    const tls = await selfSignedCertificate()
    const secure = await startFakeGlobusAuth(server.fake, { tls })
    try {
      const r = await run({ auth_url: secure.url }, { NODE_EXTRA_CA_CERTS: tls.certPath })
      expect(r.outputs.status).toBe('created')
      expect(early()).toEqual([true, false, false, false])
    } finally {
      await secure.close()
    }
  })

  it('is not sent when the scope file has any problem the full check finds', async () => {
    const typo = example.replace('"advertised": false', '"advertized": false')
    const r = await run({}, {}, typo)
    expect(r.exitCode).toBe(1)
    expect(server.fake.requests).toEqual([])
  })

  it('waits for run() when a proxy applies, and for the token with auth_method: token', async () => {
    const proxy = await startForwardProxy()
    try {
      const tls = await selfSignedCertificate()
      const secure = await startFakeGlobusAuth(server.fake, { tls })
      try {
        const env = { HTTPS_PROXY: proxy.url, NO_PROXY: '', NODE_EXTRA_CA_CERTS: tls.certPath }
        const r = await run({ auth_url: secure.url }, env)
        expect(r.outputs.status).toBe('created')
        expect(early()).toEqual([false, false, false, false])
        expect(proxy.seen.length).toBeGreaterThan(0)
      } finally {
        await secure.close()
      }
    } finally {
      await proxy.close()
    }
    server.fake.requests.length = 0
    await run({ auth_method: 'token' })
    expect(early()).toEqual([false, false])
  })
})

describe('the first lookup, built at boot and by ensureScope alike', () => {
  // The cases themselves are proved in unit/modes/ensure/ (case-ids, groups, domains,
  // create-settle); here only that the boot sends what ensureScope would, whatever the inputs.
  it('is the steady state’s one request for an upper-case client_id, another Auth host and a Groups id', async () => {
    const fake = server.fake
    fake.caseInsensitiveIds = true
    // As if this environment wrote its own host into scope strings (unverified either way).
    fake.scopeStringHost = new URL(server.url).host
    const byId = example.replace(GROUPS_SCOPE_STRING, fake.groupsScopeId)
    const upper = { client_id: client.id.toUpperCase() }
    const created = await run(upper, {}, byId)
    expect([created.exitCode, created.outputs.status]).toEqual([0, 'created'])
    expect(created.outputs.scope_string).toBe(`https://${fake.scopeStringHost}/scopes/${client.id}/action_all`)
    for (const mode of ['ensure', 'verify', 'plan']) {
      fake.requests.length = 0
      const r = await run({ ...upper, mode }, {}, byId)
      expect([mode, r.exitCode, r.outputs.status]).toEqual([mode, 0, 'unchanged'])
      expect(early()).toEqual([true])
    }
    expect(fake.scopesOf(client.id)).toHaveLength(1)
  })
})

describe('the first lookup’s answer', () => {
  it('is asked for again on the normal path when it comes compressed despite accept-encoding: identity', async () => {
    await run()
    server.fake.compressAnswers = true
    server.fake.requests.length = 0
    const r = await run()
    expect([r.exitCode, r.outputs.status]).toEqual([0, 'unchanged'])
    // The boot's request (node:http does not decode gzip), then the same lookup through undici.
    expect(early()).toEqual([true, false])
  })

  it('counts when it came in time, though the runner loaded past timeout_seconds', async () => {
    await run()
    server.fake.requests.length = 0
    const slow = { NODE_OPTIONS: `--import=${SLOW_RUNNER}`, SLOW_RUNNER_MS: '1500' }
    const r = await run({ timeout_seconds: '1' }, slow)
    expect([r.exitCode, r.outputs.status]).toEqual([0, 'unchanged'])
    expect(early()).toEqual([true])
  })
})

describe('dist/', () => {
  it('has every chunk loaded by one of the runs: ensure with the verify gate’s inputs, export, and plan with a pull-request comment', async () => {
    const log = join(await mkdtemp(join(tmpdir(), 'chunks-')), 'loaded.txt')
    await writeFile(log, '')
    const traced = { NODE_OPTIONS: `--import=${tracker}`, CHUNK_LOG: log }
    // Outside verify, provider_url and a caller load the checks' chunks only to say they are for verify.
    const caller = server.fake.addClient({})
    const gates = { caller_client_id: caller.id, caller_client_secret: caller.secret }
    expect((await run({ ...gates, provider_url: 'https://actions.example.org/p/' }, traced)).exitCode).toBe(0)
    expect((await run({ mode: 'export' }, traced)).outputs.status).toBe('exported')
    const github = new FakeGitHub()
    github.tokens.set('ghs_chunkTestTokenWithWrite0123456789', 'write')
    const api = await github.serve()
    try {
      const event = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
      await writeFile(event, JSON.stringify({ pull_request: { number: 7 } }))
      const renamed = example.replace('"Example Action Provider"', '"Renamed"')
      const r = await run(
        { mode: 'plan', github_token: 'ghs_chunkTestTokenWithWrite0123456789' },
        {
          ...traced,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'o/ap',
          GITHUB_API_URL: api.url,
        },
        renamed,
      )
      expect(r.stdout).toContain('Commented the plan on the pull request.')
    } finally {
      await api.close()
    }
    const loaded = new Set(
      (await readFile(log, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((url) => url.split('/').at(-1)),
    )
    const chunks = (await readdir(dist)).filter((f) => f.endsWith('.js'))
    expect(chunks.length).toBeGreaterThan(1)
    expect([...loaded].sort()).toEqual(chunks.sort())
  })
})

describe('a host that answers the early lookup oddly', () => {
  it('ends a 101 Switching Protocols as a failed step with its outputs, not a hung one', async () => {
    const { createServer } = await import('node:net')
    const odd = createServer((socket) =>
      socket.once('data', () =>
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n'),
      ),
    )
    await new Promise<void>((ready) => odd.listen(0, '127.0.0.1', ready))
    try {
      const port = (odd.address() as { port: number }).port
      const r = await run({ auth_url: `http://127.0.0.1:${port}`, timeout_seconds: '3' })
      expect(r.exitCode).toBe(1)
      expect(r.outputs.status).toBe('failed')
      expect(r.stderr).not.toContain('unsettled top-level await')
    } finally {
      odd.close()
    }
  })
})
