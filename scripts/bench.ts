// npm run bench: HTTP requests and whole-process wall time (median of several runs) of the
// bundled action for the steady state, a create and an update, side by side with the guide's
// curl-and-jq way against the same loopback fake, and for the steady state the toolkit floor
// (bench/toolkit-floor.mjs: what any action on @actions/core pays); plus the bytes a steady-state
// run loads and the bundle size. Figures, not tests.
import { spawn } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type RunningFake, startFakeGlobusAuth } from '../test-support/fake-globus-auth/server.ts'
import { type FakeClient, GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING } from '../test-support/fake-globus-auth/store.ts'
import { ROOT } from '../test-support/paths.ts'
import { runAction } from '../test-support/run-action.ts'
import { buildToolkitFloor, kib, loadedText, loadTracker } from './bench/toolkit.ts'

if (process.argv.includes('--network')) {
  await import('./bench/network.ts')
  process.exit(0)
}

const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const root = ROOT
const scopeFilePath = resolve(root, 'examples/globus-scope.json')
const scopeFile = await readFile(scopeFilePath, 'utf8')

type Scenario = 'steady state' | 'create' | 'update'
type Way = (server: RunningFake, client: FakeClient, scenario: Scenario) => Promise<number>

/** Puts the fake in the state a scenario starts from. */
async function prepare(server: RunningFake, client: FakeClient, scenario: Scenario) {
  if (scenario === 'create') return
  await runAction({ inputs: inputsFor(server, client), files: { 'globus-scope.json': scopeFile } })
  if (scenario === 'update') {
    const scope = server.fake.scopesOf(client.id)[0]
    if (scope) scope.description = 'drifted'
  }
}

function inputsFor(server: RunningFake, client: FakeClient) {
  return { client_id: client.id, client_secret: client.secret, auth_url: server.url }
}

const action: Way = async (server, client) => {
  const run = await runAction({ inputs: inputsFor(server, client), files: { 'globus-scope.json': scopeFile } })
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}`)
  return run.durationMs
}

const guide: Way = async (server, client, scenario) => {
  const command = scenario === 'steady state' ? 'check' : scenario
  const started = performance.now()
  const child = spawn('bash', [resolve(root, 'scripts/bench/guide-way.sh'), command], {
    env: {
      PATH: process.env.PATH,
      CLIENT_ID: client.id,
      CLIENT_SECRET: client.secret,
      AUTH_URL: server.url,
      SCOPE_FILE: scopeFilePath,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const code = await new Promise((done) => child.on('close', done))
  if (code !== 0) throw new Error(`the guide's way failed (${command})`)
  return performance.now() - started
}

const toolkitFloor = await buildToolkitFloor()

/** The toolkit floor: the steady state's one lookup and one setOutput (the scenario is always the steady state). */
const toolkit: Way = async (server, client) => (await toolkitRun(server, client)).durationMs

async function toolkitRun(server: RunningFake, client: FakeClient, env: Record<string, string> = {}) {
  const strings = [`https://auth.globus.org/scopes/${client.id}/action_all`, GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING]
  const run = await runAction({
    inputs: {},
    entry: toolkitFloor,
    env: {
      BENCH_URL: `${server.url}/v2/api/scopes?scope_strings=${encodeURIComponent(strings.join(','))}`,
      BENCH_AUTH: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
      ...env,
    },
  })
  if (run.exitCode !== 0 || run.outputs.status !== 'unchanged')
    throw new Error(`the toolkit floor failed:\n${run.stderr}`)
  return run
}

async function measure(way: Way, scenario: Scenario) {
  const times: number[] = []
  let requests = 0
  // One fake for all runs, with a new client each; the first run warms the fake and is not counted.
  const server = await startFakeGlobusAuth()
  try {
    for (let i = 0; i <= RUNS; i++) {
      const client = server.fake.addClient({})
      await prepare(server, client, scenario)
      const before = server.fake.requests.length
      const time = await way(server, client, scenario)
      requests = server.fake.requests.length - before
      if (i > 0) times.push(time)
    }
  } finally {
    await server.close()
  }
  times.sort((a, b) => a - b)
  return { requests, median: times[Math.floor(times.length / 2)] ?? 0 }
}

const rows: string[] = []
for (const scenario of ['steady state', 'create', 'update'] as const) {
  const ours = await measure(action, scenario)
  const theirs = await measure(guide, scenario)
  const floor = scenario === 'steady state' ? `${(await measure(toolkit, scenario)).median.toFixed(0)} ms` : ''
  rows.push(
    `| ${scenario} | ${ours.requests} | ${ours.median.toFixed(0)} ms | ${floor} | ${theirs.requests} | ${theirs.median.toFixed(0)} ms |`,
  )
}
const distDir = resolve(root, 'dist')
const files = (await readdir(distDir)).filter((f) => f.endsWith('.js'))
const sizes = await Promise.all(files.map(async (f) => ({ f, size: (await stat(resolve(distDir, f))).size })))
console.log(
  `Node ${process.version}, ${RUNS} runs each, median wall time of the whole process, loopback fake Globus Auth\n`,
)
console.log(
  '| scenario | action: requests | action: time | toolkit floor: time | guide (curl + jq): requests | guide: time |',
)
console.log('|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
const total = sizes.reduce((sum, { size }) => sum + size, 0)
console.log(
  `\nBundle: ${kib(total)} in ${files.length} files (${sizes.map(({ f, size }) => `${f} ${kib(size)}`).join(', ')})`,
)

// What a steady-state run loads, beside the toolkit floor's one file.
const server = await startFakeGlobusAuth()
try {
  const client = server.fake.addClient({})
  await prepare(server, client, 'steady state')
  const ran = await loadTracker()
  await runAction({ inputs: inputsFor(server, client), files: { 'globus-scope.json': scopeFile }, env: ran.env })
  const floorRan = await loadTracker()
  await toolkitRun(server, client, floorRan.env)
  console.log(`Loaded by a steady-state run: ${loadedText(await ran.loaded())}; goal: at most ${kib(2200 * 1024)}`)
  console.log(`Loaded by the toolkit floor: ${loadedText(await floorRan.loaded())}`)
} finally {
  await server.close()
}
