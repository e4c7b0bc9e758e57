// No test passes or fails on a random draw: every property test draws from the one seed the setup
// file fixes (FC_SEED explores others), and no test draws from Math.random itself.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { PROPERTY_SEED } from '../../test-support/fast-check-seed.ts'
import { ROOT } from '../../test-support/paths.ts'

it('runs every property test from one seed, named in each failure', () => {
  expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED)
  expect(Number.isSafeInteger(PROPERTY_SEED)).toBe(true)
})

it('leaves no seed to a test file and no draw to Math.random', async () => {
  const tests = (await readdir(join(ROOT, '__tests__'), { recursive: true })).filter((f) => f.endsWith('.test.ts'))
  const drawing: string[] = []
  for (const file of tests) {
    const text = await readFile(join(ROOT, '__tests__', file), 'utf8')
    // A seed of its own would bypass FC_SEED; Math.random would not replay at all.
    if (/\bseed:\s*[^,}\s]|Math\.random\(/.test(text) && !file.endsWith('test-seed.test.ts')) drawing.push(file)
  }
  expect(drawing).toEqual([])
})
