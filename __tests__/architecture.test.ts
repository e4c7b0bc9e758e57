// The shape the code keeps: only the runner adapter and the comment module know the GitHub
// toolkit, Globus logic stays plain, and no source file grows two jobs' worth of lines.
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'

const src = resolve(import.meta.dirname, '../src')
const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts')).sort()
const text = Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(join(src, f), 'utf8')])))

it('imports the GitHub toolkit only in the runner adapter and the comment module', () => {
  const toolkit = files.filter((f) => /from '@actions\//.test(text[f] ?? ''))
  expect(toolkit).toEqual(['main.ts', 'plan-comment.ts'])
})

it('prints, sets outputs and writes the summary only in the adapter, through the sinks', () => {
  const printing = files.filter((f) =>
    /\bcore\.(info|setOutput|error|warning|notice|setFailed)\(|\bcore\.summary\./.test(text[f] ?? ''),
  )
  expect(printing).toEqual(['main.ts'])
  expect(files.filter((f) => /process\.stdout|console\./.test(text[f] ?? ''))).toEqual([])
})

it('keeps every source file under about 250 lines', () => {
  const long = files.filter((f) => (text[f] ?? '').split('\n').length > 260)
  expect(long).toEqual([])
})
