// npm run demo: the bundled action against the fake Globus Auth on loopback, as a workflow
// would run it. No account, no network. Shows create, steady state, drift caught by verify,
// the plan of the fix, and ensure repairing it.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type ActionRun, runAction } from '../__tests__/e2e/run-action.ts'
import { startFakeGlobusAuth } from '../__tests__/fake-globus-auth/server.ts'

const scopeFile = await readFile(resolve(import.meta.dirname, '../examples/globus-scope.json'), 'utf8')
const server = await startFakeGlobusAuth()
const client = server.fake.addClient({})
const inputs = {
  client_id: client.id,
  client_secret: client.secret,
  auth_url: server.url,
  scope_file: 'globus-scope.json',
}

async function step(title: string, mode: string, before?: () => void): Promise<ActionRun> {
  before?.()
  const sent = server.fake.requests.length
  const run = await runAction({ inputs: { ...inputs, mode }, files: { 'globus-scope.json': scopeFile } })
  const requests = server.fake.requestLines().slice(sent)
  console.log(`\n=== ${title} (mode: ${mode}) ===`)
  const log = run.stdout
    .split('\n')
    .filter((line) => line && !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
  for (const line of log) console.log(`  ${line}`)
  console.log(`  exit code ${run.exitCode}; outputs: ${JSON.stringify(run.outputs)}`)
  console.log(`  HTTP requests to Globus Auth (${requests.length}):`)
  for (const line of requests) console.log(`    ${line}`)
  if (run.everything.includes(client.secret)) throw new Error('the secret leaked')
  return run
}

console.log(`Fake Globus Auth on ${server.url}; client ${client.id}; scope file examples/globus-scope.json`)
try {
  await step('First run: the scope does not exist yet', 'ensure')
  const steady = await step('Second run: nothing to change', 'ensure')
  await step('Someone edits the scope by hand; the deploy gate catches it', 'verify', () => {
    const scope = server.fake.scopesOf(client.id)[0]
    if (scope) {
      scope.description = 'edited by hand'
      scope.dependent_scopes = scope.dependent_scopes.slice(1)
    }
  })
  await step('A pull request shows the plan', 'plan')
  const fixed = await step('ensure repairs the drift', 'ensure')
  console.log('\n=== Job summary of the repair ===\n')
  console.log(fixed.summary)
  if (steady.outputs.status !== 'unchanged' || fixed.outputs.status !== 'updated') process.exitCode = 1
} finally {
  await server.close()
}
