// Writing a new file into the checkout while someone swaps a folder on its path for a link to
// elsewhere: the file lands inside the checkout or nowhere, whatever the timing; and never in
// Git's own folder, however the path reaches it.
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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

describe('a new file in Git’s own folder', () => {
  async function checkout() {
    const workspace = await mkdtemp(join(tmpdir(), 'checkout-git-'))
    await mkdir(join(workspace, '.git', 'hooks'), { recursive: true })
    await mkdir(join(workspace, 'docs'))
    return workspace
  }

  it('is refused through a committed link to .git, and nothing lands there', async () => {
    const workspace = await checkout()
    await symlink(join(workspace, '.git', 'hooks'), join(workspace, 'cfg'))
    await symlink('.git', join(workspace, 'repo-meta'))
    for (const typed of ['cfg/post-checkout', 'repo-meta/hooks/pre-commit', 'repo-meta/description']) {
      expect(await writeNewCheckoutFile(join(workspace, typed), workspace, '#!/bin/sh\n'), typed).toEqual({
        reason: 'in-git',
      })
    }
    expect(await readdir(join(workspace, '.git', 'hooks'))).toEqual([])
    expect((await readdir(join(workspace, '.git'))).sort()).toEqual(['hooks'])
  })

  it('is refused as typed in any case, with Windows’ trailing dots and short name, or named .git itself', async () => {
    const workspace = await checkout()
    for (const typed of [
      '.git/hooks/x',
      '.GIT/hooks/x',
      '.Git./hooks/x',
      'GIT~1/hooks/x',
      'git~1. /hooks/x',
      '.git::$INDEX_ALLOCATION/hooks/x',
      '.git. :stream/x',
      'docs/.git',
      'docs/.git/x',
    ]) {
      expect(await writeNewCheckoutFile(join(workspace, typed), workspace, '{}\n'), typed).toEqual({ reason: 'in-git' })
    }
    expect(await readdir(join(workspace, 'docs'))).toEqual([])
  })

  it('is refused in a git folder a .git file points to, under any name, directly or through a link', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'checkout-gitdir-'))
    // `git init --separate-git-dir=gitdata`, and a worktree's folder (HEAD and commondir).
    await mkdir(join(workspace, 'gitdata', 'hooks'), { recursive: true })
    await mkdir(join(workspace, 'gitdata', 'objects'))
    await mkdir(join(workspace, 'gitdata', 'refs'))
    await writeFile(join(workspace, 'gitdata', 'HEAD'), 'ref: refs/heads/main\n')
    await writeFile(join(workspace, '.git'), 'gitdir: gitdata\n')
    await mkdir(join(workspace, 'meta', 'wt'), { recursive: true })
    await writeFile(join(workspace, 'meta', 'wt', 'HEAD'), 'ref: refs/heads/main\n')
    await writeFile(join(workspace, 'meta', 'wt', 'commondir'), '../../gitdata\n')
    await symlink(join(workspace, 'gitdata', 'hooks'), join(workspace, 'cfg'))
    for (const typed of ['gitdata/hooks/post-checkout', 'gitdata/x', 'cfg/post-checkout', 'meta/wt/x']) {
      expect(await writeNewCheckoutFile(join(workspace, typed), workspace, '#!/bin/sh\n'), typed).toEqual({
        reason: 'in-git',
      })
    }
    expect(await readdir(join(workspace, 'gitdata', 'hooks'))).toEqual([])
    // A folder with a HEAD file alone is no git folder.
    await mkdir(join(workspace, 'docs'))
    await writeFile(join(workspace, 'docs', 'HEAD'), 'notes\n')
    expect(await writeNewCheckoutFile(join(workspace, 'docs', 'scope.json'), workspace, '{}\n')).toEqual({
      written: true,
    })
  })

  it('leaves names that only look like it alone', async () => {
    const workspace = await checkout()
    await symlink(join(workspace, 'docs'), join(workspace, '.github-link'))
    for (const typed of ['docs/.gitignore.json', 'docs/git.json', '.github-link/x.json', 'docs/.git-scope.json']) {
      expect(await writeNewCheckoutFile(join(workspace, typed), workspace, '{}\n'), typed).toEqual({ written: true })
    }
  })
})
