// Where things are in the repository, for tests and scripts: written once, so a moved folder
// is fixed in one place.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..')
export const DIST = resolve(ROOT, 'dist')
/** The bundled action, as the runner runs it. */
export const ACTION_ENTRY = resolve(DIST, 'index.js')
export const SCRIPTS = resolve(ROOT, 'scripts')
export const TRANSCRIPTS = resolve(ROOT, 'test-support/transcripts')
/** A Node loader hook that records which files of dist/ a run loads (CHUNK_LOG). */
export const CHUNK_TRACKER = resolve(ROOT, 'test-support/chunk-tracker.mjs')
/** A preload that makes Node.js report an older version (OLD_NODE_VERSION). */
export const OLD_NODE = resolve(ROOT, 'test-support/old-node.mjs')
/** A Node loader hook that holds the thread while the chunk with the GitHub toolkit loads (SLOW_RUNNER_MS). */
export const SLOW_RUNNER = resolve(ROOT, 'test-support/slow-runner.mjs')
const EXAMPLE_SCOPE_FILE_PATH = resolve(ROOT, 'examples/globus-scope.json')
/** The example scope file users copy: most tests start from it. */
export const EXAMPLE_SCOPE_FILE = readFileSync(EXAMPLE_SCOPE_FILE_PATH, 'utf8')
