// Writing a new file into the checkout while someone swaps a folder on its path for a link to
// elsewhere: the file lands inside the checkout or nowhere, whatever the timing.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { writeNewCheckoutFile } from '../../../src/scope-file/checkout-file.ts'

it('never writes outside the checkout while a folder on the path is swapped for a link, over many tries', async () => {
  const root = await mkdtemp(join(tmpdir(), 'write-race-'))
  const workspace = join(root, 'workspace')
  const outside = join(root, 'outside')
  await mkdir(join(workspace, 'sub'), { recursive: true })
  await mkdir(outside)
  // As fast as it can: the folder away, a link to outside in its place, then the folder back.
  const swapper = spawn(
    'bash',
    [
      '-c',
      'cd "$1" && while :; do mv sub sub.real; ln -s "$2" sub; rm sub; mv sub.real sub; done',
      '_',
      workspace,
      outside,
    ],
    { stdio: 'ignore' },
  )
  const verdicts: string[] = []
  try {
    for (let i = 0; i < 200; i++) {
      const result = await writeNewCheckoutFile(join(workspace, 'sub', `x${i}.json`), workspace, `{"n": ${i}}\n`)
      verdicts.push('written' in result ? `written ${i}` : result.reason)
    }
  } finally {
    swapper.kill('SIGKILL')
    await new Promise((done) => swapper.on('close', done))
  }
  // Put the folder back wherever the swap stopped, then look.
  const names = await readdir(workspace)
  const folder = join(workspace, names.includes('sub.real') ? 'sub.real' : 'sub')
  expect(await readdir(outside)).toEqual([])
  const written = verdicts.filter((v) => v.startsWith('written'))
  expect(written.length).toBeGreaterThan(0)
  for (const verdict of written) {
    const i = verdict.split(' ')[1]
    expect(await readFile(join(folder, `x${i}.json`), 'utf8')).toBe(`{"n": ${i}}\n`)
  }
  // Every other try ends in a refusal that names what went wrong, never a file elsewhere.
  expect(new Set(verdicts.filter((v) => !v.startsWith('written')))).toSatisfy((reasons: Set<string>) =>
    [...reasons].every((r) => ['outside', 'no-folder'].includes(r)),
  )
})
