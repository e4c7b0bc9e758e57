// Entry point of the bundled action (dist/index.js), in three steps, each its own chunk, so that
// loading the action hides behind the network: open the connection of the first lookup
// (preconnect.ts, small), check everything and send that request (start.ts, with zod), then load
// the rest (main.ts, with the GitHub toolkit) while the answer is on its way.
import { preconnect } from './preconnect.ts'

const pending = await preconnect(process.env)
await within(pending?.connecting, 100)
const { startEarly } = await import('./start.ts')
const early = await startEarly(process.env, pending)
// Loading a module blocks the one thread: the request goes out first (bounded, for a silent host).
await within(early?.lookup?.written, 1000)
const { run } = await import('./main.ts')
await run({ early })

/** Wait for `step`, but never longer than `ms` (a silent host must not hold the run here). */
async function within(step: Promise<void> | undefined, ms: number): Promise<void> {
  if (!step) return
  let timer: NodeJS.Timeout | undefined
  await Promise.race([step, new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
