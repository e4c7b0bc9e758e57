// Entry point of the bundled action (dist/index.js). The first request to Globus Auth goes out
// before the rest of the action loads (start.ts); main.ts, with the GitHub toolkit, is its own
// chunk, loaded while that request is on the wire.
import { startEarly } from './start.ts'

const early = await startEarly(process.env)
// Loading a module blocks the one thread: let the socket connect and the request go out first.
for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve))
const { run } = await import('./main.ts')
await run({ early })
