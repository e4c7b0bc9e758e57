// npm run docs: writes the README's inputs and outputs tables from action.yml.
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ACTION_FILE, README_FILE, renderReadme } from '../src/tooling/action-docs.ts'

const root = resolve(import.meta.dirname, '..')
const readme = resolve(root, README_FILE)
const before = await readFile(readme, 'utf8')
const after = renderReadme(before, await readFile(resolve(root, ACTION_FILE), 'utf8'))
if (after !== before) await writeFile(readme, after)
console.log(after === before ? `${README_FILE} is current` : `wrote the tables of ${README_FILE} from ${ACTION_FILE}`)
