// The first module the bundle evaluates (the entry imports it before anything else, and so does
// run.ts for @github/local-action): on a Node.js older than the action's, say so in one sentence
// and stop, rather than fail later inside a library (undici needs zlib's zstd, which Node 20 lacks).
// It imports nothing of the action, so nothing else has run when it stops.
import { writeSync } from 'node:fs'

/** The Node.js major version the action runs on: action.yml's `runs.using: node24`. */
export const NODE_MAJOR = 24

/** The one sentence for a Node.js older than NODE_MAJOR, with the way to get the right one. */
function nodeTooOld(version: string): string {
  return (
    `ensure-globus-scope needs Node.js ${NODE_MAJOR} and this is Node.js ${version}: on GitHub Actions it runs ` +
    `on node${NODE_MAJOR} (Actions runner 2.327.1 or newer); for a local run, install Node.js ${NODE_MAJOR} or ` +
    'start the command with bash scripts/with-node24.sh (in a clone of the action).'
  )
}

const major = Number.parseInt(process.versions.node, 10)
// Not `major < NODE_MAJOR`: a version that is no number (NaN) must stop here too, not pass.
if (!(major >= NODE_MAJOR)) {
  // Written at once (a pipe may be asynchronous elsewhere), then out before any other module loads.
  writeSync(2, `${nodeTooOld(process.versions.node)}\n`)
  process.exit(1)
}
