// Entry point of the bundled action (dist/index.js), in three steps, each its own chunk, so that
// loading the action hides behind the network: open the connection of the first lookup
// (preconnect.ts, small), check everything and send that request (start.ts, with zod), then load
// the rest (main.ts, with the GitHub toolkit) while the answer is on its way.
import { preconnect } from './preconnect.ts'

const pending = await preconnect(process.env)
const { startEarly } = await import('./start.ts')
const early = await startEarly(process.env, pending)
// Loading a module blocks the one thread: the request goes out first (bounded, for a silent host).
if (early?.lookup) {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([early.lookup.written, new Promise((resolve) => (timer = setTimeout(resolve, 1000)))])
  clearTimeout(timer)
}
const { run } = await import('./main.ts')
await run({ early })
