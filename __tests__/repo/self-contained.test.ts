// The project never points at files outside itself: every relative path written in a source,
// test, script or document resolves to a file inside the repository, and every code file a
// comment or document names exists.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from '../../test-support/paths.ts'

const root = ROOT
const skipped = new Set(['node_modules', 'dist', 'lib', '.git', 'coverage'])

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((e) => !skipped.has(e.name))
      .map((e) => (e.isDirectory() ? files(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  )
  return nested.flat().filter((f) => /\.(ts|md|json|yml|yaml|sh)$/.test(f) && !f.endsWith('package-lock.json'))
}

it('has no relative path that leaves the repository or names a file it lacks', async () => {
  const outside: string[] = []
  for (const file of await files(root)) {
    const text = await readFile(file, 'utf8')
    for (const [path] of text.matchAll(/(?:\.\.\/)+[\w./-]+/g)) {
      const target = resolve(dirname(file), path.replace(/[.]$/, ''))
      // Documents must name files that exist; code may hold made-up paths (attack inputs), but
      // none that leaves the repository.
      const leaves = relative(root, target).startsWith('..') || /\bshared\//.test(path)
      if (leaves || (file.endsWith('.md') && !existsSync(target))) outside.push(`${relative(root, file)}: ${path}`)
    }
  }
  expect(outside).toEqual([])
})

it('names in its comments and documents only code files and folders that exist (a renamed one leaves no stale name)', async () => {
  const all = (await files(root)).map((f) => relative(root, f).replaceAll('\\', '/'))
  const known = (cited: string) => all.some((f) => f === cited || f.endsWith(`/${cited}`))
  const stale: string[] = []
  for (const file of all) {
    // The API notes cite files of other repositories (the SDKs) as evidence; the changelog is history.
    const exempt = ['docs/globus-auth-api.md', 'CHANGELOG.md']
    if (!/^(src|test-support|scripts|__tests__|docs)\/|^[A-Z]+\.md$/.test(file) || exempt.includes(file)) continue
    const text = await readFile(join(root, file), 'utf8')
    for (const [cited = ''] of text.matchAll(/(?<![\w.-])[\w-]+(?:\/[\w-]+)*\.ts\b/g)) {
      if (!known(cited)) stale.push(`${file}: ${cited}`)
    }
    // A folder named from the repository root, as `src/flow/` or `__tests__/unit/github/`.
    for (const [cited = ''] of text.matchAll(/(?<![\w./-])(?:src|test-support|__tests__|scripts)\/(?:[\w-]+\/)*/g)) {
      if (!existsSync(join(root, cited))) stale.push(`${file}: ${cited}`)
    }
  }
  expect(stale).toEqual([])
})
