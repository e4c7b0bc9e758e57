import { startFakeGlobusAuth } from '../test-support/fake-globus-auth/server.ts'
import { EXAMPLE_SCOPE_FILE } from '../test-support/paths.ts'
import { type ActionRun, runAction } from '../test-support/run-action.ts'

const scopeFile = EXAMPLE_SCOPE_FILE
const server = await startFakeGlobusAuth()
const client = server.fake.addClient({})
const inputs = {
  client_id: client.id,
  client_secret: client.secret,
  auth_url: server.url,
  scope_file: 'globus-scope.json',
}

async function step(title: string, mode: string, before?: () => void, failsOnPurpose?: string): Promise<ActionRun> {
  before?.()
  const sent = server.fake.requests.length
  const run = await runAction({ inputs: { ...inputs, mode }, files: { 'globus-scope.json': scopeFile } })
  const requests = server.fake.requestLines().slice(sent)
  console.log(`\n=== ${title} (mode: ${mode}) ===`)
  if (failsOnPurpose) console.log(`  This step fails on purpose: ${failsOnPurpose}`)
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

console.log(
  `Fake Globus Auth on ${server.url}; client ${client.id}; scope file globus-scope.json (a copy of examples/globus-scope.json)`,
)

// A dependent scope of another service, for the hand edit to add; advertised, so that the plan can
// name it by its scope string (Globus shows another project's scope only when it is advertised).
const other = server.fake.addClient({})
const extra = server.fake.addScope(other.id, { scope_suffix: 'all', name: 'Another service', advertised: true })
const problems: string[] = []
const check = (run: ActionRun, exitCode: number, status: string, what: string) => {
  if (run.exitCode !== exitCode || run.outputs.status !== status) {
    problems.push(
      `${what}: expected exit code ${exitCode} and status ${status}, got ${run.exitCode} and ${run.outputs.status}`,
    )
  }
}
try {
  check(await step('First run: the scope does not exist yet', 'ensure'), 0, 'created', 'create')
  check(await step('Second run: nothing to change', 'ensure'), 0, 'unchanged', 'steady state')
  const caught = await step(
    'Someone edits the scope by hand; the deploy gate catches it',
    'verify',
    () => {
      const scope = server.fake.scopesOf(client.id)[0]
      if (scope) {
        scope.description = 'edited by hand'
        // Groups dropped (+), Transfer's refresh-token flag flipped (- and +), another scope added (-).
        scope.dependent_scopes = [
          ...scope.dependent_scopes.slice(1).map((d) => ({ ...d, requires_refresh_token: !d.requires_refresh_token })),
          { scope: extra.id, optional: false, requires_refresh_token: false },
        ]
      }
    },
    'verify must catch the hand edit, so exit code 1 and the ::error:: line are the expected result.',
  )
  check(caught, 1, 'would-update', 'verify catching the drift')
  check(await step('A pull request shows the plan', 'plan'), 0, 'would-update', 'plan')
  const fixed = await step('ensure repairs the drift', 'ensure')
  check(fixed, 0, 'updated', 'repair')
  console.log('\n=== Job summary of the repair ===\n')
  console.log(fixed.summary)
  if (problems.length > 0) {
    for (const problem of problems) console.error(`Demo failed: ${problem}`)
    process.exitCode = 1
  } else {
    console.log('Demo done: every step did what it should; the one failure above was on purpose.')
  }
} finally {
  await server.close()
}
