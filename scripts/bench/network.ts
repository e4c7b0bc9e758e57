// npm run bench -- --network: the steady state as on a real network. The fake Globus Auth serves
// HTTPS with a throwaway certificate behind a relay that holds every TCP chunk for half a round
// trip, so connecting and the TLS handshake cost round trips. The action, the guide's curl + jq
// check and a bare Node script doing the same one fetch run in alternating order; medians and
// the ratios to the floor (the bare script) and to the guide are printed. Figures, not tests.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
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

/** A bare Node script sending the action's steady-state request: the floor. */
function floor(script: string, url: string): Promise<number> {
  const strings = [`https://auth.globus.org/scopes/${client.id}/action_all`, GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING]
  return timed(process.execPath, [resolve(root, 'scripts/bench', script)], {
    BENCH_URL: `${url}/v2/api/scopes?scope_strings=${encodeURIComponent(strings.join(','))}`,
    BENCH_AUTH: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
    NODE_EXTRA_CA_CERTS: tls.certPath,
  })
}

const ways = {
  action: async (url: string) => {
    const run = await runAction({
      inputs: inputs(url),
      files: { 'globus-scope.json': scopeFile },
      env: { NODE_EXTRA_CA_CERTS: tls.certPath },
    })
    if (run.exitCode !== 0 || run.outputs.status !== 'unchanged') throw new Error(`the action failed:\n${run.stdout}`)
    return run.durationMs
  },
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
type Way = keyof typeof ways

const settings = [
  { name: 'loopback, plain HTTP', rtt: undefined },
  { name: 'HTTPS, 0 ms round trip', rtt: 0 },
  { name: 'HTTPS, 30 ms round trip', rtt: 30 },
  { name: 'HTTPS, 100 ms round trip', rtt: 100 },
]

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
console.log(`Node ${process.version}, ${RUNS} alternating runs each, median wall time of the whole process\n`)
console.log(
  '| setting | action | guide (curl + jq) | one-fetch script | node:https script | action / fetch | action / https | action / guide |',
)
console.log('|---|---|---|---|---|---|---|---|')
try {
  for (const setting of settings) {
    const relay =
      setting.rtt === undefined ? undefined : await startRelay(Number(new URL(secure.url).port), setting.rtt)
    const url = relay ? `https://127.0.0.1:${relay.port}` : plain.url
    const times: Record<Way, number[]> = { action: [], guide: [], bare: [], https: [] }
    const order: Way[] = ['action', 'guide', 'bare', 'https']
    try {
      // One warm-up round, not counted; then each round starts with the next way.
      for (let round = -1; round < RUNS; round++) {
        for (let i = 0; i < order.length; i++) {
          const way = order[(i + Math.max(round, 0)) % order.length] as Way
          const time = await ways[way](url)
          if (round >= 0) times[way].push(time)
        }
      }
    } finally {
      await relay?.close()
    }
    const [a, g, b, h] = [times.action, times.guide, times.bare, times.https].map(median) as number[]
    const ms = (value = 0) => `${value.toFixed(0)} ms`
    const ratio = (x = 0, y = 1) => (x / y).toFixed(2)
    console.log(
      `| ${setting.name} | ${ms(a)} | ${ms(g)} | ${ms(b)} | ${ms(h)} | ${ratio(a, b)} | ${ratio(a, h)} | ${ratio(a, g)} |`,
    )
  }
} finally {
  await secure.close()
  await plain.close()
}
