// The transcript of a run (ENSURE_GLOBUS_SCOPE_TRANSCRIPT): one JSON line per exchange with Globus
// Auth, appended as it happens, for `npm run contract` and for replays in the tests. The records
// come scrubbed from the transport (globus/exchange.ts). A transcript is a side record: when it
// cannot be written, the run goes on and the runner is told once.
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Exchange } from '../globus/exchange.ts'

const TRANSCRIPT_VARIABLE = 'ENSURE_GLOBUS_SCOPE_TRANSCRIPT'

/** The transport's record hook when the variable names a file, else undefined. */
export function transcriptFile(
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
): ((exchange: Exchange) => void) | undefined {
  const path = env[TRANSCRIPT_VARIABLE]
  return path ? transcriptWriter(path, warn) : undefined
}

/** A record hook appending to `path`; after the first failure it says why through `warn` and stops. */
export function transcriptWriter(path: string, warn: (message: string) => void): (exchange: Exchange) => void {
  let fd: number | 'failed' | undefined
  return (exchange) => {
    if (fd === 'failed') return
    try {
      fd ??= openTranscript(path)
      writeSync(fd, `${JSON.stringify(exchange)}\n`)
    } catch (error) {
      fd = 'failed'
      const why = error instanceof Error ? error.message : String(error)
      warn(`Could not write the transcript (${TRANSCRIPT_VARIABLE}) to ${path}: ${why}. The run goes on without it.`)
    }
  }
}

/**
 * A regular file, opened once to append: never a FIFO or a device (a write there could block the
 * one thread past every time limit, or put answers raw into the log), never through a final link.
 */
function openTranscript(path: string): number {
  makeFolder(dirname(path))
  const flags =
    constants.O_WRONLY |
    constants.O_APPEND |
    constants.O_CREAT |
    (constants.O_NONBLOCK ?? 0) |
    (constants.O_NOFOLLOW ?? 0)
  const fd = openSync(path, flags, 0o644)
  if (fstatSync(fd).isFile()) return fd
  closeSync(fd)
  throw new Error('it is not a regular file')
}

/**
 * The folder and its missing parents, one level at a time: Node's recursive mkdir loops forever
 * under /proc (`/proc/nope/x.jsonl`), where a single mkdir fails at once.
 */
function makeFolder(folder: string): void {
  const missing: string[] = []
  for (let at = folder; !existsSync(at) && missing.length < 64; at = dirname(at)) {
    missing.unshift(at)
    if (dirname(at) === at) break
  }
  for (const level of missing) mkdirSync(level)
}
