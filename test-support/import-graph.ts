// The imports of src/, read from the text of each file: static value imports, type-only imports
// and dynamic import() apart, so that a test can ask what a chunk loads and where arrows point.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

interface Import {
  /** A path relative to src/ (`globus/client.ts`), or a package name (`zod`, `@actions/core`). */
  target: string
  kind: 'value' | 'type' | 'dynamic'
}

export type ImportGraph = Map<string, Import[]>

/** Every .ts file under `folder`, by its path relative to it, with its imports. */
export function importGraph(folder: string): ImportGraph {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8')
    const imports: Import[] = []
    for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const named = /\{([^}]*)\}/.exec(match[0])?.[1]
      // `import { type A, type B }`: nothing of it is left in the JavaScript.
      const allTypes = named?.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))
      imports.push({ target: targetOf(folder, file, match[2] ?? ''), kind: match[1] || allTypes ? 'type' : 'value' })
    }
    for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      imports.push({ target: targetOf(folder, file, match[1] ?? ''), kind: 'dynamic' })
    }
    graph.set(file, imports)
  }
  return graph
}

function targetOf(folder: string, file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('node:') ? specifier : packageName(specifier)
  return relative(folder, resolve(folder, dirname(file), specifier))
}

/** `@actions/github/lib/utils` -> `@actions/github`; `zod/v4` -> `zod`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/** Every module a file loads at once (static value imports, followed), itself included. */
export function staticClosure(graph: ImportGraph, entry: string): Set<string> {
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const next = queue.pop() as string
    if (seen.has(next)) continue
    seen.add(next)
    for (const edge of graph.get(next) ?? []) if (edge.kind === 'value') queue.push(edge.target)
  }
  return seen
}

/** Import cycles among the files, type-only imports included (they show the tangle too). */
export function cycles(graph: ImportGraph): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const { target } of graph.get(file) ?? []) {
      if (!graph.has(target)) continue
      if (state.get(target) === 'open') found.push(path.slice(path.indexOf(target)))
      else if (!state.has(target)) visit(target)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return found
}
