// npm run bench -- --network: the steady state as on a real network. The fake Globus Auth serves
// HTTPS with a throwaway certificate behind a relay that holds every TCP chunk for half a round
// trip, so connecting and the TLS handshake cost round trips. The action, the toolkit floor
// (toolkit-floor.mjs: what any action on @actions/core pays), the guide's curl + jq check and bare
// Node scripts doing the same one request run in alternating order; medians and the ratios are
// printed. BENCH_ENTRIES=name=path/to/index.js,... adds other builds of the action (another tree,
// a variant) as columns beside it. Figures, not tests.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startFakeGlobusAuth } from '../../test-support/fake-globus-auth/server.ts'
import {
  FakeGlobusAuth,
  GROUPS_SCOPE_STRING,
  TRANSFER_SCOPE_STRING,
} from '../../test-support/fake-globus-auth/store.ts'
import { ROOT } from '../../test-support/paths.ts'
import { runAction } from '../../test-support/run-action.ts'
import { selfSignedCertificate } from '../../test-support/self-signed.ts'
import { startRelay } from './relay.ts'
import { buildToolkitFloor, kib, loadedText, loadTracker } from './toolkit.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const root = ROOT
const scopeFilePath = resolve(root, 'examples/globus-scope.json')
const scopeFile = await readFile(scopeFilePath, 'utf8')

const tls = await selfSignedCertificate()
const fake = new FakeGlobusAuth()
const secure = await startFakeGlobusAuth(fake, { tls })
const plain = await startFakeGlobusAuth(fake)
const client = fake.addClient({})
const inputs = (url: string) => ({ client_id: client.id, client_secret: client.secret, auth_url: url })
// The steady state: the scope exists and matches the file.
await runAction({ inputs: inputs(plain.url), files: { 'globus-scope.json': scopeFile } })

function timed(command: string, args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now()
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0 ? done(performance.now() - started) : fail(new Error(`${command} failed`)),
    ),
  )
}

const toolkitFloor = await buildToolkitFloor()
const outputs = await mkdtemp(join(tmpdir(), 'bench-outputs-'))
// setOutput appends to the runner's file, which must exist.
await writeFile(join(outputs, 'output'), '')

/** A bare Node script sending the action's steady-state request: the floor. */
function floor(script: string, url: string, env: Record<string, string> = {}): Promise<number> {
  const strings = [`https://auth.globus.org/scopes/${client.id}/action_all`, GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING]
  return timed(process.execPath, [resolve(root, 'scripts/bench', script)], {
    BENCH_URL: `${url}/v2/api/scopes?scope_strings=${encodeURIComponent(strings.join(','))}`,
    BENCH_AUTH: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
    NODE_EXTRA_CA_CERTS: tls.certPath,
    GITHUB_OUTPUT: join(outputs, 'output'),
    ...env,
  })
}

/** The action's steady state with the bundle at `entry`. */
async function action(url: string, entry?: string, env: Record<string, string> = {}) {
  const run = await runAction({
    inputs: inputs(url),
    files: { 'globus-scope.json': scopeFile },
    env: { NODE_EXTRA_CA_CERTS: tls.certPath, ...env },
    ...(entry ? { entry } : {}),
  })
  if (run.exitCode !== 0 || run.outputs.status !== 'unchanged') throw new Error(`the action failed:\n${run.stdout}`)
  return run.durationMs
}

// Other builds to compare, as name=path pairs.
const others = (process.env.BENCH_ENTRIES ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => pair.split('=') as [string, string])

const ways: Record<string, (url: string) => Promise<number>> = {
  action: (url: string) => action(url),
  ...Object.fromEntries(others.map(([name, entry]) => [name, (url: string) => action(url, entry)])),
  toolkit: (url: string) => floor(toolkitFloor, url),
  guide: (url: string) =>
    timed('bash', [resolve(root, 'scripts/bench/guide-way.sh'), 'check'], {
      CLIENT_ID: client.id,
      CLIENT_SECRET: client.secret,
      AUTH_URL: url,
      SCOPE_FILE: scopeFilePath,
      CURL_CA_BUNDLE: tls.certPath,
    }),
  bare: (url: string) => floor('one-fetch.mjs', url),
  https: (url: string) => floor('one-https.mjs', url),
}

const settings = [
  { name: 'loopback, plain HTTP', rtt: undefined },
  { name: 'HTTPS, 0 ms round trip', rtt: 0 },
  { name: 'HTTPS, 30 ms round trip', rtt: 30 },
  { name: 'HTTPS, 100 ms round trip', rtt: 100 },
]

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
// BENCH_WAYS=action,toolkit and BENCH_SETTINGS=30,100 (round trips; loopback for plain HTTP) narrow a run.
const wanted = process.env.BENCH_WAYS?.split(',')
const order = Object.keys(ways).filter((way) => !wanted || wanted.includes(way))
const chosen = process.env.BENCH_SETTINGS?.split(',')
const settingsRun = settings.filter((s) => !chosen || chosen.includes(s.rtt === undefined ? 'loopback' : String(s.rtt)))
const ms = (value = 0) => `${value.toFixed(0)} ms`
const ratio = (x = 0, y = 1) => (x / y).toFixed(2)

// What one steady-state run loads (loopback), for the action, each other build and the floor.
for (const [name, run] of [
  ['action', (env: Record<string, string>) => action(plain.url, undefined, env)],
  ...others.map(([name, entry]) => [name, (env: Record<string, string>) => action(plain.url, entry, env)] as const),
  ['toolkit floor', (env: Record<string, string>) => floor(toolkitFloor, plain.url, env)],
] as const) {
  const tracker = await loadTracker()
  await run(tracker.env)
  console.log(`Loaded by ${name}: ${loadedText(await tracker.loaded())}`)
}
console.log(
  `Goal: at most ${kib(2200 * 1024)} loaded; at most 1.00x the toolkit floor at 30 ms over TLS, 1.25x on loopback.\n`,
)
console.log(`Node ${process.version}, ${RUNS} alternating runs each, median wall time of the whole process\n`)
const names = order.map((way) =>
  way === 'bare'
    ? 'one-fetch script'
    : way === 'https'
      ? 'node:https script'
      : way === 'guide'
        ? 'guide (curl + jq)'
        : way === 'toolkit'
          ? 'toolkit floor'
          : way,
)
const compared = order.filter((way) => way !== 'toolkit' && !['guide', 'bare', 'https'].includes(way))
const guided = order.includes('guide') && order.includes('action')
console.log(
  `| setting | ${names.join(' | ')} | ${compared.map((way) => `${way} / floor`).join(' | ')} |${guided ? ' action / guide |' : ''}`,
)
console.log(`|---|${order.map(() => '---|').join('')}${compared.map(() => '---|').join('')}${guided ? '---|' : ''}`)
try {
  for (const setting of settingsRun) {
    const relay =
      setting.rtt === undefined ? undefined : await startRelay(Number(new URL(secure.url).port), setting.rtt)
    const url = relay ? `https://127.0.0.1:${relay.port}` : plain.url
    const times: Record<string, number[]> = Object.fromEntries(order.map((way) => [way, []]))
    try {
      // One warm-up round, not counted; then each round starts with the next way.
      for (let round = -1; round < RUNS; round++) {
        for (let i = 0; i < order.length; i++) {
          const way = order[(i + Math.max(round, 0)) % order.length] as string
          const time = await (ways[way] as (url: string) => Promise<number>)(url)
          if (round >= 0) times[way]?.push(time)
        }
      }
    } finally {
      await relay?.close()
    }
    const m = Object.fromEntries(order.map((way) => [way, median(times[way] ?? [])]))
    console.log(
      `| ${setting.name} | ${order.map((way) => ms(m[way])).join(' | ')} | ${compared.map((way) => ratio(m[way], m.toolkit)).join(' | ')} |${guided ? ` ${ratio(m.action, m.guide)} |` : ''}`,
    )
  }
} finally {
  await secure.close()
  await plain.close()
}
