// The stand-in's command line as a person uses it: a child process of this Node (24, which
// strips the types), its help, a free port, a busy port, and extra dependent scopes a real
// scope file can resolve against it, down to the example command it prints.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_SCOPE_FILE, SCRIPTS } from '../../test-support/paths.ts'
import { ACTION_ENTRY, runAction } from '../../test-support/run-action.ts'

const SCRIPT = resolve(SCRIPTS, 'fake-globus-auth.ts')
const CLIENT_ID = '7b0c6d3e-2f4a-4b5c-8d9e-0a1b2c3d4e5f'
const SECRET = 'not-a-real-secret'
const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`

interface Started {
  child: ChildProcess
  url: string
  stdout: () => string
  stop(): Promise<{ code: number | null; stdout: string }>
}

const running: ChildProcess[] = []
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

/** Runs the CLI to its end (for --help and the failures). */
function runToEnd(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

/** Starts the CLI and waits for the line that names its URL. */
function start(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let stdout = ''
  let stderr = ''
  const closed = new Promise<number | null>((done) => child.on('close', done))
  return new Promise((ready, failed) => {
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      const url = /^Fake Globus Auth on (\S+) /m.exec(stdout)?.[1]
      // The whole banner, down to its last line, before anyone reads it.
      if (url && stdout.includes('Ctrl-C stops it')) {
        ready({
          child,
          url,
          stdout: () => stdout,
          async stop() {
            child.kill('SIGTERM')
            return { code: await closed, stdout }
          },
        })
      }
    })
    closed.then((code) => failed(new Error(`exited ${code} before it listened: ${stderr}`)))
  })
}

/** The environment assignments of the example command the CLI prints. */
function exampleInputs(stdout: string): { inputs: Record<string, string>; command: string } {
  const command = /^ {2}env [\s\S]*?dist\/index\.js$/m.exec(stdout)?.[0] ?? ''
  const inputs: Record<string, string> = {}
  for (const [, name, value] of command.matchAll(/INPUT_([A-Z_]+)=('[^']*'|\S+)/g)) {
    inputs[(name ?? '').toLowerCase()] = (value ?? '').replace(/^'(.*)'$/, '$1')
  }
  return { inputs, command }
}

describe('scripts/fake-globus-auth.ts', () => {
  it('--help says how to use it and starts nothing', async () => {
    const { code, stdout, stderr } = await runToEnd(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    for (const option of ['--port', '--client-id', '--client-secret', '--dependent-scope', '--help']) {
      expect(stdout).toContain(option)
    }
    expect(stdout).toContain('npm run fake-globus-auth --')
    expect(stdout).not.toContain('Fake Globus Auth on')
  })

  it('--port 0 listens on a free port and prints the URL it got', async () => {
    const fake = await start(['--port', '0', '--client-id', CLIENT_ID, '--client-secret', SECRET])
    const port = Number(/^http:\/\/127\.0\.0\.1:(\d+)$/.exec(fake.url)?.[1])
    expect(port).toBeGreaterThan(0)
    const answer = await fetch(`${fake.url}/v2/api/scopes?scope_strings=x`, { headers: { authorization: basic } })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ scopes: [] })
    const { code, stdout } = await fake.stop()
    expect(code).toBe(0)
    expect(stdout).toContain('1 requests: GET /v2/api/scopes?scope_strings=x')
  })

  it('prints an example command that runs the action against it, without echoing a secret it was given', async () => {
    const given = await start(['--port', '0', '--client-secret', SECRET])
    expect(given.stdout()).not.toContain(SECRET)
    expect(given.stdout()).toContain('INPUT_CLIENT_SECRET="<the --client-secret you gave>"')
    await given.stop()

    const fake = await start(['--port', '0'])
    const { inputs, command } = exampleInputs(fake.stdout())
    expect(command).toContain(`node ${ACTION_ENTRY}`)
    expect(inputs).toMatchObject({ auth_url: fake.url, mode: 'plan', scope_file: 'globus-scope.json' })
    const scopeFile = EXAMPLE_SCOPE_FILE
    const run = await runAction({ inputs, files: { 'globus-scope.json': scopeFile } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('would-create')
    expect(run.outputs.scope_string).toBe(`https://auth.globus.org/scopes/${inputs.client_id}/action_all`)
  })

  it('says in one line, without a stack trace, that the port is busy', async () => {
    const blocker: Server = createServer()
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done))
    const port = (blocker.address() as { port: number }).port
    try {
      const { code, stdout, stderr } = await runToEnd(['--port', String(port)])
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toBe(
        `fake-globus-auth: port ${port} on 127.0.0.1 is in use: give another --port, or --port 0 for a free one\n`,
      )
    } finally {
      await new Promise((done) => blocker.close(done))
    }
  })

  it.each([
    [['--bogus'], /^fake-globus-auth: Unknown option '--bogus'.* \(see --help\)\n$/],
    [['--port', 'eighty'], /^fake-globus-auth: --port must be 0 to 65535, not "eighty"\n$/],
    [['--port', '70000'], /^fake-globus-auth: --port must be 0 to 65535, not "70000"\n$/],
    [['--client-id', 'not-a-uuid'], /^fake-globus-auth: --client-id must be a UUID/],
    [['--dependent-scope', 'two words'], /^fake-globus-auth: --dependent-scope must be one scope string/],
    [
      ['--client-id', CLIENT_ID, '--dependent-scope', `https://auth.globus.org/scopes/${CLIENT_ID}/action_all`],
      /^fake-globus-auth: --dependent-scope \S+ is the client's own scope/,
    ],
  ])('refuses %j in one line with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await runToEnd(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('creates the extra dependent scopes, by scope string or id, so a lookup resolves them', async () => {
    const extra = 'https://auth.globus.org/scopes/0f0e0d0c-0b0a-4908-8706-050403020100/data_access'
    const extraId = '11111111-2222-4333-8444-555555555555'
    const fake = await start([
      ...['--port', '0', '--client-id', CLIENT_ID, '--client-secret', SECRET],
      ...['--dependent-scope', extra, '--dependent-scope', extraId],
      // Already known: named again, not made twice.
      ...['--dependent-scope', 'urn:globus:auth:scope:transfer.api.globus.org:all'],
    ])
    const lookup = async (query: string) => {
      const answer = await fetch(`${fake.url}/v2/api/scopes?${query}`, { headers: { authorization: basic } })
      expect(answer.status).toBe(200)
      return ((await answer.json()) as { scopes: { id: string; scope_string: string; advertised: boolean }[] }).scopes
    }
    const byString = await lookup(`scope_strings=${encodeURIComponent(extra)}`)
    expect(byString).toHaveLength(1)
    expect(byString[0]).toMatchObject({ scope_string: extra, advertised: true })
    expect(await lookup(`ids=${extraId}`)).toMatchObject([{ id: extraId, advertised: true }])
    const transfer = await lookup('scope_strings=urn:globus:auth:scope:transfer.api.globus.org:all')
    expect(transfer).toHaveLength(1)
    expect(fake.stdout()).toContain(`${extra} (id ${byString[0]?.id})`)

    // A scope file that depends on them, as a user's real one would: the action creates the scope.
    const file = JSON.stringify({
      scope: {
        name: 'Mine',
        description: 'My provider',
        scope_suffix: 'action_all',
        dependent_scopes: [{ scope: extra }, { scope: extraId }],
      },
    })
    const run = await runAction({
      inputs: { client_id: CLIENT_ID, client_secret: SECRET, auth_url: fake.url, mode: 'ensure' },
      files: { 'globus-scope.json': file },
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('created')
    await fake.stop()
  })
})
