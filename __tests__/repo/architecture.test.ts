// The shape the code keeps, read from its imports: folders by role with arrows pointing one way,
// no import cycles, the GitHub toolkit and printing only on the GitHub side (github/), Globus Auth knowing
// nothing of GitHub, and an entry chunk that stays small and free of the heavy libraries.
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cycles, importGraph, staticClosure } from '../../test-support/import-graph.ts'
import { ACTION_ENTRY, ROOT } from '../../test-support/paths.ts'

const SRC = resolve(ROOT, 'src')
const graph = importGraph(SRC)
const files = [...graph.keys()].sort()
const folderOf = (file: string) => (file.startsWith('modes/') ? dirname(file) : file.split('/')[0]) as string

/** Top to bottom: a folder may import only those below it (and itself). */
const LAYERS = [
  'index.ts',
  'github',
  'boot',
  'flow',
  'report',
  'modes/ensure|modes/export',
  'provider|caller',
  'settings',
  'scope-file',
  'globus',
  'text',
]
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.split('|').includes(folder))

describe('src/', () => {
  it('has only the entry at its top; every other file sits in a folder by role', () => {
    expect(files.filter((f) => !f.includes('/'))).toEqual(['index.ts'])
    const folders = new Set(files.map(folderOf))
    for (const folder of folders) expect([...LAYERS.flatMap((l) => l.split('|')), 'tooling']).toContain(folder)
  })

  it('has no import cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('points every import down the layers', () => {
    const upward: string[] = []
    for (const [file, imports] of graph) {
      const from = folderOf(file)
      for (const { target } of imports) {
        if (!graph.has(target)) continue
        const to = folderOf(target)
        if (to === from) continue
        // tooling/ is for scripts only: it may read anything, and nothing of the action reads it.
        if (from === 'tooling' && to !== 'tooling') continue
        if (to === 'tooling' || layerOf(to) <= layerOf(from)) upward.push(`${file} -> ${target}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('keeps text/ free of the action and globus/ free of everything but text/', () => {
    const reaching = (folder: string, allowed: string[]) =>
      files
        .filter((f) => folderOf(f) === folder)
        .flatMap((f) => (graph.get(f) ?? []).filter((i) => graph.has(i.target)).map((i) => `${f} -> ${i.target}`))
        .filter((edge) => !allowed.includes(folderOf(edge.split(' -> ')[1] ?? '')))
    expect(reaching('text', ['text'])).toEqual([])
    expect(reaching('globus', ['globus', 'text'])).toEqual([])
  })

  it('imports the GitHub toolkit only in github/', () => {
    const toolkit = files.filter((f) => (graph.get(f) ?? []).some((i) => i.target.startsWith('@actions/')))
    expect(toolkit.length).toBeGreaterThan(0)
    expect(toolkit.filter((f) => folderOf(f) !== 'github')).toEqual([])
  })

  it('prints, sets outputs and writes the summary only in github/, through the escapes of text/', () => {
    const text = (f: string) => readFileSync(resolve(SRC, f), 'utf8')
    const printing = files.filter((f) =>
      /\bcore\.(info|debug|setOutput|error|warning|notice|setFailed)\(|\bcore\.summary\./.test(text(f)),
    )
    expect(printing.length).toBeGreaterThan(0)
    expect(printing.filter((f) => folderOf(f) !== 'github')).toEqual([])
    // Straight to stdout or stderr: only the Node.js version check, which runs before the toolkit can load.
    const straight = files.filter((f) => /process\.(stdout|stderr)|console\.|writeSync\(2\b/.test(text(f)))
    expect(straight).toEqual(['github/node-version.ts'])
  })

  it('lets only the entry and github/ import boot/', () => {
    const importers = files.filter(
      (f) => folderOf(f) !== 'boot' && (graph.get(f) ?? []).some((i) => i.target.startsWith('boot/')),
    )
    expect(importers.sort()).toEqual(['github/run.ts', 'index.ts'])
  })
})

describe('test-support/', () => {
  it('has no import cycle either (the fake Globus Auth included)', () => {
    expect(cycles(importGraph(resolve(ROOT, 'test-support')))).toEqual([])
  })
})

describe('the entry chunk', () => {
  it('loads none of zod, jsonc-parser, undici or the toolkit before the first connection is open', () => {
    const loaded = [...staticClosure(graph, 'index.ts')]
    expect(loaded.filter((m) => /^(zod|jsonc-parser|undici|@actions\/)/.test(m))).toEqual([])
    // What it does load: the boot's first step and the zod-free helpers it needs.
    expect(loaded).toContain('boot/preconnect.ts')
    expect(loaded).not.toContain('boot/check-and-send.ts')
  })

  it('evaluates the Node.js version check before any other module, and it imports nothing of the action', () => {
    const first = (file: string) => graph.get(file)?.[0]?.target
    expect(first('index.ts')).toBe('github/node-version.ts')
    // @github/local-action loads run.ts without the entry.
    expect(first('github/run.ts')).toBe('github/node-version.ts')
    expect((graph.get('github/node-version.ts') ?? []).map((i) => i.target)).toEqual(['node:fs'])
  })

  it('leaves export and the verify gate’s checks to chunks of their own, off the GitHub side’s static imports', () => {
    const steady = [...staticClosure(graph, 'github/run.ts')]
    const offPath =
      /^(flow\/export|flow\/provider-gate|flow\/caller-gate|provider\/description|caller\/|modes\/export\/|report\/(export|caller))/
    expect(steady.filter((m) => offPath.test(m))).toEqual([])
  })

  it('stays within 48 KiB in dist/', () => {
    expect(statSync(ACTION_ENTRY).size).toBeLessThanOrEqual(48 * 1024)
  })
})
