import { parseArgs } from 'node:util'
import { isUuid } from '../src/globus/scope-string.ts'
import { ROOT } from '../test-support/paths.ts'

const USAGE = `Usage: npm run fake-globus-auth -- [options]
       node scripts/fake-globus-auth.ts [options]     (Node 24)

Serves a stand-in of Globus Auth on 127.0.0.1 until stopped (Ctrl-C), with one confidential
client, the Globus Groups and Transfer scopes, and any dependent scopes you name. Nothing leaves
this machine. On stop it prints the requests it received.

Options:
  --port <n>                 port on 127.0.0.1 (default 8765); 0 picks a free port, and the URL
                             printed says which
  --client-id <uuid>         the client's id (default: a random UUID); give your Action
                             Provider's own id to get its real scope string
  --client-secret <secret>   the client's secret (default: a random one, printed); any text:
                             this is not Globus, never give it a real secret
  --dependent-scope <scope>  a scope string (or a scope id, a UUID) your scope file depends on:
                             the stand-in creates an advertised scope with it, so the file
                             resolves; repeat for several
  -h, --help                 print this help and exit`

/** One line on stderr and the exit code: 2 for usage, 1 for a port that cannot be had. */
function fail(message: string, code: number): never {
  console.error(`fake-globus-auth: ${message}`)
  process.exit(code)
}

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '8765' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        'dependent-scope': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]} (see --help)`, 2)
  }
}

const values = options()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const port = Number(values.port)
if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port must be 0 to 65535, not "${values.port}"`, 2)
const clientId = values['client-id']
if (clientId !== undefined && !isUuid(clientId)) {
  fail(`--client-id must be a UUID, as the action's client_id must; "${clientId}" is not`, 2)
}
if (values['client-secret'] === '') fail('--client-secret must not be empty', 2)

// The stand-in (msw and all) loads only once the options are good: --help and a mistake answer at once.
const [{ startFakeGlobusAuth }, { FakeGlobusAuth }] = await Promise.all([
  import('../test-support/fake-globus-auth/server.ts'),
  import('../test-support/fake-globus-auth/store.ts'),
])

const fake = new FakeGlobusAuth()
const client = fake.addClient({ id: clientId, secret: values['client-secret'] })
const others = fake.addClient({})
const ownPrefix = `https://auth.globus.org/scopes/${client.id}/`
const known = () => [...fake.scopes.values()].filter((scope) => scope.client !== client.id)
for (const [index, value] of values['dependent-scope'].entries()) {
  if (!value || /[\s\p{Cc}]/u.test(value)) fail(`--dependent-scope must be one scope string without spaces`, 2)
  if (value.toLowerCase().startsWith(ownPrefix)) {
    fail(`--dependent-scope ${value} is the client's own scope: the action creates it, leave it out`, 2)
  }
  if (known().some((scope) => scope.id === value.toLowerCase() || scope.scope_string === value)) continue
  const suffix = `dependent_${index + 1}`
  fake.addScope(others.id, {
    ...(isUuid(value) ? { id: value.toLowerCase() } : { scope_string: value }),
    scope_suffix: suffix,
    name: `Dependent scope ${index + 1}`,
    description: `Stand-in for ${value}`,
    advertised: true,
  })
}

let server: Awaited<ReturnType<typeof startFakeGlobusAuth>>
try {
  server = await startFakeGlobusAuth(fake, { port })
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EADDRINUSE')
    fail(`port ${port} on 127.0.0.1 is in use: give another --port, or --port 0 for a free one`, 1)
  if (code === 'EACCES') fail(`port ${port} on 127.0.0.1 is not allowed for this user: give a port above 1023`, 1)
  fail(`could not listen on 127.0.0.1:${port}: ${(error as Error).message}`, 1)
}

const root = ROOT
const secret = values['client-secret'] === undefined ? `'${client.secret}'` : '"<the --client-secret you gave>"'
console.log(`Fake Globus Auth on ${server.url} for client ${client.id}`)
console.log('Scopes it knows besides the client’s own:')
for (const scope of known()) console.log(`  ${scope.scope_string} (id ${scope.id})`)
console.log(`
Run the action against it from another terminal, in the folder that holds your globus-scope.json
(in this repository: INPUT_SCOPE_FILE=examples/globus-scope.json); INPUT_MODE is plan, ensure or verify:
  env INPUT_CLIENT_ID=${client.id} \\
    INPUT_CLIENT_SECRET=${secret} \\
    INPUT_AUTH_URL=${server.url} \\
    INPUT_SCOPE_FILE=globus-scope.json INPUT_MODE=plan GITHUB_WORKSPACE="$PWD" \\
    bash ${root}/scripts/with-node24.sh node ${root}/dist/index.js
Ctrl-C stops it and lists the requests it received.`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    console.log(`${fake.requests.length} requests: ${fake.requestLines().join('; ')}`)
    await server.close()
    process.exit(0)
  })
}
