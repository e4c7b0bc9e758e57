// Entry point of the bundled action (dist/index.js), in three steps, each its own chunk, so that
// loading the action hides behind the network: open the connection to Globus Auth (boot/
// preconnect.ts, small), check everything and send the first lookup (boot/check-and-send.ts,
// with zod), then load the GitHub side (github/, with the GitHub toolkit) while the answer is on its way.
// First of all, before any other module is evaluated: a Node.js too old for the action stops here.
import './github/node-version.ts'
import { preconnect } from './boot/preconnect.ts'

const connection = preconnect(process.env)
// The TLS client hello goes out once connected; loading a module blocks the one thread, so the
// next load waits for it (bounded: a silent host must not hold the run here).
await within(connection?.connected, 100)
const { checkAndSend } = await import('./boot/check-and-send.ts')
const boot = await checkAndSend(process.env, connection)
// Likewise the request goes out before the GitHub side loads.
await within(boot?.firstLookup?.written, 1000)
const { run } = await import('./github/run.ts')
await run({ boot })

/** Wait for `step`, but never longer than `ms` (a silent host must not hold the run here). */
async function within(step: Promise<void> | undefined, ms: number): Promise<void> {
  if (!step) return
  let timer: NodeJS.Timeout | undefined
  await Promise.race([step, new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
