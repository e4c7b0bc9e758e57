// The name a misspelled scope_file probably meant: found among every name of its folder, wherever
// the folder lists it, at a bounded cost.
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closestJsonFile, editDistance } from '../../../src/scope-file/closest-name.ts'

/** Levenshtein distance, the whole table: what the banded one must agree with. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[]
      const above = table[i - 1] as number[]
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
  }
  return table[a.length]?.[b.length] as number
}

describe('editDistance', () => {
  it('is Levenshtein’s distance up to the limit, and limit + 1 past it', () => {
    expect(editDistance('globus-scope.json', 'globus-scopes.json', 3)).toBe(1)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
    expect(editDistance('kitten', 'sitting', 2)).toBe(3)
    expect(editDistance('', 'abc', 3)).toBe(3)
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 })
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(levenshtein(a, b), limit + 1))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('closestJsonFile', () => {
  /** A folder of 1,500 names far from each other (12 hex digits of a hash each). */
  async function folderOfNames(): Promise<{ folder: string; listed: string[] }> {
    const folder = await mkdtemp(join(tmpdir(), 'nearby-'))
    const names = Array.from({ length: 1500 }, (_, i) => {
      return `${createHash('sha256').update(String(i)).digest('hex').slice(0, 12)}.json`
    })
    await Promise.all(names.map((name) => writeFile(join(folder, name), '{}')))
    return { folder, listed: await readdir(folder) }
  }

  it('finds the nearest name wherever the folder lists it, past the first thousand too', async () => {
    const { folder, listed } = await folderOfNames()
    expect(listed).toHaveLength(1500)
    // The names the folder lists last, and its first: each misspelled by one letter (no hex digit is x).
    for (const target of [...listed.slice(-3), listed[0] as string]) {
      expect(await closestJsonFile(join(folder, `x${target.slice(1)}`))).toBe(target)
    }
  })

  it('takes the first in code-point order among names as near, whatever the listing order', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'nearby-tie-'))
    for (const name of ['scope-b.json', 'scope-a.json', 'scope-c.json', 'scope.yml']) {
      await writeFile(join(folder, name), '{}')
    }
    expect(await closestJsonFile(join(folder, 'scope-x.json'))).toBe('scope-a.json')
    expect(await closestJsonFile(join(folder, 'scope.yaml'))).toBeUndefined()
  })

  it('never suggests a name that is not UTF-8: it could not be written as shown', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'nearby-bytes-'))
    await writeFile(
      Buffer.concat([Buffer.from(`${folder}/globus-scop`), Buffer.from([0xff]), Buffer.from('.json')]),
      '{}',
    )
    expect(await closestJsonFile(join(folder, 'globus-scope.json'))).toBeUndefined()
    await writeFile(join(folder, 'globus-scop\ufffd.json'), '{}')
    expect(await closestJsonFile(join(folder, 'globus-scope.json'))).toBe('globus-scop\ufffd.json')
  })

  it('suggests nothing when comparing every name would cost more than its bound', async () => {
    const { folder, listed } = await folderOfNames()
    const target = listed.at(-1) as string
    const misspelled = `x${target.slice(1)}`
    // One for each name, plus the characters of each compared: 1,500 × (1 + 17).
    expect(await closestJsonFile(join(folder, misspelled), 1500 * 18)).toBe(target)
    expect(await closestJsonFile(join(folder, misspelled), 1500 * 18 - 1)).toBeUndefined()
  })
})
