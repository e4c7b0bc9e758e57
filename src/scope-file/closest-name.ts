// The file a misspelled scope_file probably meant: the closest `*.json` name in the same folder,
// when one is a few edits away (names only; nothing of those files is read). The same rule names
// the field a misspelt key of the scope file meant.
import { opendir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { decodeUtf8 } from './utf8.ts'

/** A name is near when at most this many edits away, and fewer than a third of its length. */
const MAX_EDITS = 3
/**
 * Work at most, counted as one for each name of the folder plus the characters of each name
 * compared: a folder of generated files must not cost a run seconds. Past it no name is
 * suggested, rather than the best of those listed first.
 */
const MAX_WORK = 1_000_000

/** The nearest `*.json` beside `path` (the first in code-point order among equals), if one is near. */
export async function closestJsonFile(path: string, maxWork = MAX_WORK): Promise<string | undefined> {
  const wanted = basename(path)
  let best: Near | undefined
  let work = 0
  try {
    // Every name, in whatever order the folder lists them: the nearest is found wherever it is.
    // Names as bytes (Node's types know only text names here, hence the cast).
    const folder = await opendir(dirname(path), { bufferSize: 256, encoding: 'buffer' as BufferEncoding })
    for await (const entry of folder) {
      // A name that is not UTF-8 could not be written as suggested (it would read with U+FFFD).
      const decoded = decodeUtf8(entry.name as unknown as Uint8Array)
      const name = 'text' in decoded ? decoded.text : ''
      const comparable = name !== '' && Math.abs(name.length - wanted.length) <= MAX_EDITS && name !== wanted
      work += 1 + (comparable ? name.length : 0)
      if (work > maxWork) return undefined
      if (comparable && name.endsWith('.json') && entry.isFile()) best = nearer(best, wanted, name)
    }
  } catch {
    return undefined
  }
  return best?.name
}

/**
 * The name `wanted` was probably meant to be: the one of `names` with the fewest edits (the first
 * in code-point order among equals), when a few edits away (a misspelt field of the scope file).
 */
export function closestName(wanted: string, names: Iterable<string>): string | undefined {
  let best: Near | undefined
  for (const name of names) if (name !== wanted) best = nearer(best, wanted, name)
  return best?.name
}

type Near = { name: string; edits: number }

/** `name` when it is near `wanted` and nearer than `best` so far; else `best`. */
function nearer(best: Near | undefined, wanted: string, name: string): Near | undefined {
  const edits = editDistance(wanted, name, MAX_EDITS)
  if (edits > MAX_EDITS || edits * 3 >= wanted.length) return best
  return !best || edits < best.edits || (edits === best.edits && name < best.name) ? { name, edits } : best
}

/**
 * Levenshtein distance (insertions, deletions and substitutions), or `limit + 1` when it is more
 * than `limit`. Only the cells within `limit` of the diagonal are computed, on two rows kept, so
 * one comparison costs a few steps per character however long the names.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const far = limit + 1
  if (Math.abs(a.length - b.length) > limit) return far
  let previous = new Int32Array(b.length + 1).fill(far)
  let row = new Int32Array(b.length + 1).fill(far)
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit)
    const to = Math.min(b.length, i + limit)
    // The cell left of the band: the first column, or out of reach.
    row[from - 1] = from === 1 && i <= limit ? i : far
    let smallest = row[from - 1] ?? far
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? far) + (a[i - 1] === b[j - 1] ? 0 : 1)
      const cell = Math.min((previous[j] ?? far) + 1, (row[j - 1] ?? far) + 1, substitution, far)
      row[j] = cell
      smallest = Math.min(smallest, cell)
    }
    // The cell right of the band, which the next row reads above it.
    if (to < b.length) row[to + 1] = far
    if (smallest > limit) return far
    ;[previous, row] = [row, previous]
  }
  return Math.min(previous[b.length] ?? far, far)
}
