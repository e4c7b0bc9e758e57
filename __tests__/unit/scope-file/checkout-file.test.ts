// Writing a new file into the checkout while someone swaps a folder on its path for a link to
// elsewhere: the file lands inside the checkout or nowhere, whatever the timing.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { writeNewCheckoutFile } from '../../../src/scope-file/checkout-file.ts'
import { swapFolderForLink } from '../../../test-support/folder-swap.ts'

/** Tries at most: the sample below must hold a write and a refusal, however the two processes are scheduled. */
const MAX_TRIES = 20_000

it('never writes outside the checkout while a folder on the path is swapped for a link, over many tries', async () => {
  const swap = await swapFolderForLink()
  const verdicts: string[] = []
  let folder = ''
  // At least 200 tries, and on until some found the folder in place and some met the swap: which
  // try meets which state is the scheduler's draw (a loaded machine once gave 200 refusals).
  const seen = (kind: 'written' | 'refused') => verdicts.some((v) => v.startsWith('written') === (kind === 'written'))
  try {
    for (let i = 0; i < MAX_TRIES && (i < 200 || !seen('written') || !seen('refused')); i++) {
      const result = await writeNewCheckoutFile(
        join(swap.workspace, 'sub', `x${i}.json`),
        swap.workspace,
        `{"n": ${i}}\n`,
      )
      verdicts.push('written' in result ? `written ${i}` : result.reason)
    }
  } finally {
    folder = await swap.stop()
  }
  expect(await readdir(swap.outside)).toEqual([])
  const written = verdicts.filter((v) => v.startsWith('written'))
  expect(written.length, `no write in ${verdicts.length} tries`).toBeGreaterThan(0)
  expect(verdicts.length - written.length, `no try met the swap in ${verdicts.length}`).toBeGreaterThan(0)
  for (const verdict of written) {
    const i = verdict.split(' ')[1]
    expect(await readFile(join(folder, `x${i}.json`), 'utf8')).toBe(`{"n": ${i}}\n`)
  }
  // Every other try ends in a refusal that names what went wrong, never a file elsewhere.
  expect(verdicts.filter((v) => !v.startsWith('written')).every((r) => ['outside', 'no-folder'].includes(r))).toBe(true)
})
