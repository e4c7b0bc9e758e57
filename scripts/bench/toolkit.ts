// For the bench: the toolkit floor (toolkit-floor.mjs) bundled by ncc from the project's own
// node_modules, as an action's dist/ would be, into a temp folder (never committed); and what a
// run of a bundle loads, in bytes per file (the chunk tracker's log).
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { CHUNK_TRACKER, ROOT } from '../../test-support/paths.ts'

/** Bundles the toolkit floor; returns its entry (…/dist/index.mjs, so the chunk tracker sees it). */
export async function buildToolkitFloor(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'toolkit-floor-')), 'dist')
  const ncc = resolve(ROOT, 'node_modules/.bin/ncc')
  await promisify(execFile)(ncc, [
    'build',
    resolve(ROOT, 'scripts/bench/toolkit-floor.mjs'),
    '-o',
    out,
    '--target',
    'es2024',
  ])
  return join(out, 'index.mjs')
}

/** An environment that makes a run record each file of a dist/ it loads, and the sizes it recorded. */
export async function loadTracker(): Promise<{ env: Record<string, string>; loaded(): Promise<LoadedFile[]> }> {
  const log = join(await mkdtemp(join(tmpdir(), 'loaded-')), 'loaded.txt')
  await writeFile(log, '')
  return {
    env: { NODE_OPTIONS: `--import=${CHUNK_TRACKER}`, CHUNK_LOG: log },
    loaded: async () => {
      const urls = [...new Set((await readFile(log, 'utf8')).split('\n').filter(Boolean))]
      return Promise.all(
        urls.map(async (url) => ({ name: url.split('/').at(-1) ?? url, bytes: (await stat(fileURLToPath(url))).size })),
      )
    },
  }
}

export interface LoadedFile {
  name: string
  bytes: number
}

export const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`

/** `2,289 KiB: index.js 31 KiB, 165.index.js 357 KiB, …` */
export function loadedText(files: LoadedFile[]): string {
  const total = files.reduce((sum, f) => sum + f.bytes, 0)
  return `${kib(total)} (${files.map((f) => `${f.name} ${kib(f.bytes)}`).join(', ')})`
}
