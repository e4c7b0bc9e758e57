// The file a misspelled scope_file probably meant: the closest `*.json` name in the same folder,
// when one is a few edits away (names only; nothing of those files is read). The same rule names
// the field a misspelt key of the scope file meant.
import { readdir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'

/** Names compared at most; a folder of generated files must not cost a run seconds. */
const MAX_NAMES = 1000
/** A name is near when at most this many edits away, and fewer than a third of its length. */
const MAX_EDITS = 3

export async function closestJsonFile(path: string): Promise<string | undefined> {
  const wanted = basename(path)
  let names: string[]
  try {
    const entries = await readdir(dirname(path), { withFileTypes: true })
    names = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name)
  } catch {
    return undefined
  }
  return closestName(wanted, names.slice(0, MAX_NAMES).sort())
}

/**
 * The name `wanted` was probably meant to be: the first of `names` with the fewest edits, when a
 * few edits away (a misspelt file name, a misspelt field of the scope file).
 */
export function closestName(wanted: string, names: Iterable<string>): string | undefined {
  let best: { name: string; edits: number } | undefined
  for (const name of names) {
    if (name === wanted || Math.abs(name.length - wanted.length) > MAX_EDITS) continue
    const edits = editDistance(wanted, name)
    if (edits <= MAX_EDITS && edits * 3 < wanted.length && (!best || edits < best.edits)) best = { name, edits }
  }
  return best?.name
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution))
    }
    previous = row
  }
  return previous[b.length] ?? 0
}
