// GITHUB_EVENT_PATH, the event that triggered the run: read once, and only as a regular file of
// bounded size. A FIFO there would block the one thread past every time limit (the toolkit reads
// it synchronously), and a path holding a line break would be printed by the toolkit as it is.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'

/** An event larger than this is not a GitHub event. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024

/** Why the event file may not be read, or undefined when it may (or when there is none). */
export function eventFileProblem(path: string | undefined): string | undefined {
  const read = readEvent(path)
  return 'problem' in read ? read.problem : undefined
}

/** The event's JSON, or undefined when there is none or it cannot be read as one. */
export function readEventFile(path: string | undefined): unknown {
  const read = readEvent(path)
  if (!('text' in read)) return undefined
  try {
    return JSON.parse(read.text)
  } catch {
    return undefined
  }
}

/** The event file's text, why it may not be read, or neither when there is none. */
function readEvent(path: string | undefined): { text: string } | { problem: string } | { none: true } {
  if (!path) return { none: true }
  if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(path))
    return { problem: 'GITHUB_EVENT_PATH holds a control character or a line break' }
  let fd: number
  try {
    // Never waiting on a FIFO: a non-blocking open, then only a regular file is read.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return unreadable(error)
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) return { problem: 'GITHUB_EVENT_PATH is not a regular file' }
    if (info.size > MAX_EVENT_BYTES) return { problem: `GITHUB_EVENT_PATH is larger than ${MAX_EVENT_BYTES} bytes` }
    return { text: readFileSync(fd, 'utf8') }
  } catch (error) {
    return unreadable(error)
  } finally {
    closeSync(fd)
  }
}

const unreadable = (error: unknown) => ({
  problem: `GITHUB_EVENT_PATH cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
})
