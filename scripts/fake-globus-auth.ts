// Serves the fake Globus Auth on loopback until stopped, with one client whose id and secret
// are given, for the end-to-end workflow (`uses: ./` against it) and for trying the action by hand:
//   node scripts/fake-globus-auth.ts --port 8765 --client-id <uuid> --client-secret <secret>
import { parseArgs } from 'node:util'
import { startFakeGlobusAuth } from '../__tests__/fake-globus-auth/server.ts'
import { FakeGlobusAuth } from '../__tests__/fake-globus-auth/store.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
  },
})
const fake = new FakeGlobusAuth()
const client = fake.addClient({ id: values['client-id'], secret: values['client-secret'] })
const server = await startFakeGlobusAuth(fake, { port: Number(values.port) })
console.log(`Fake Globus Auth on ${server.url} for client ${client.id}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    console.log(`${fake.requests.length} requests: ${fake.requestLines().join('; ')}`)
    await server.close()
    process.exit(0)
  })
}
