// node scripts/synthetic-transcripts.ts (after npm run build): records the synthetic transcripts in
// test-support/transcripts/ by running the bundle against the fake Globus Auth, as live.yml records
// real ones: a plan, the create, then an update through a token (the fake refusing Basic, as the
// current guide's Globus may), then verify's caller check with a stand-in caller. Each NAME.jsonl
// gets a NAME.case.json: inputs (never a secret), scope file, outputs.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startFakeGlobusAuth } from '../test-support/fake-globus-auth/server.ts'
import { EXAMPLE_SCOPE_FILE, TRANSCRIPTS } from '../test-support/paths.ts'
import { runAction } from '../test-support/run-action.ts'

const folder = TRANSCRIPTS
const CLIENT_ID = '5f1e7a8c-3b2d-4c6e-9a0f-1d2c3b4a5e6f'
const CALLER_ID = '00000000-0000-4000-8000-0000000ca11e'
const ABOUT =
  'Synthetic: recorded by scripts/synthetic-transcripts.ts from the fake Globus Auth through dist/index.js, ' +
  'until a transcript from the real service (live.yml) replaces it.'

const example = JSON.parse(EXAMPLE_SCOPE_FILE)
delete example.$schema
const server = await startFakeGlobusAuth()
const client = server.fake.addClient({ id: CLIENT_ID })
const caller = server.fake.addClient({ id: CALLER_ID })

async function record(
  name: string,
  inputs: Record<string, string>,
  scopeFile: unknown,
  secrets: Record<string, string> = {},
): Promise<void> {
  const run = await runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs, ...secrets },
    files: { 'globus-scope.json': `${JSON.stringify(scopeFile, null, 2)}\n` },
    env: { ENSURE_GLOBUS_SCOPE_TRANSCRIPT: 'transcript.jsonl' },
  })
  if (run.exitCode !== 0) throw new Error(`${name}: the action failed\n${run.stdout}`)
  await writeFile(join(folder, `${name}.jsonl`), await readFile(join(run.workspace, 'transcript.jsonl'), 'utf8'))
  const recorded = {
    about: ABOUT,
    // The fake's address too: the first lookup also asks for the scope string under the Auth host
    // in use, so a replay must name the same host to send the same request.
    inputs: { client_id: client.id, auth_url: server.url, ...inputs },
    scope_file: scopeFile,
    outputs: run.outputs,
  }
  await writeFile(join(folder, `${name}.case.json`), `${JSON.stringify(recorded, null, 2)}\n`)
  console.log(`${name}: ${run.outputs.status}`)
}

try {
  await record('synthetic-plan', { mode: 'plan', auth_method: 'auto' }, example)
  await record('synthetic-ensure', { mode: 'ensure', auth_method: 'auto' }, example)
  server.fake.apiCredentials = 'token-only'
  const changed = structuredClone(example)
  changed.scope.description = 'Run and monitor the Example Action Provider (synthetic update).'
  await record('synthetic-update', { mode: 'ensure', auth_method: 'auto' }, changed)
  // The example scope is not advertised: whether Globus grants it to another client is unverified.
  server.fake.apiCredentials = 'basic-or-token'
  server.fake.grantsUnadvertised = true
  await record('synthetic-caller', { mode: 'verify', auth_method: 'auto', caller_client_id: caller.id }, changed, {
    caller_client_secret: caller.secret,
  })
} finally {
  await server.close()
}
