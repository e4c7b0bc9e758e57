// npm run schema: writes the scope file's JSON Schema, generated from the zod schema.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { renderJsonSchema, SCHEMA_FILE } from '../src/tooling/json-schema.ts'

const path = resolve(import.meta.dirname, '..', SCHEMA_FILE)
await writeFile(path, renderJsonSchema())
console.log(`wrote ${SCHEMA_FILE}`)
