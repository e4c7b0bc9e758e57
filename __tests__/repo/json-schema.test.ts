import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScopeFile } from '../../src/scope-file/read.ts'
import { renderJsonSchema, SCHEMA_FILE, scopeFileJsonSchema } from '../../src/tooling/json-schema.ts'
import { ROOT } from '../../test-support/paths.ts'

const root = ROOT

describe('the committed JSON Schema of the scope file', () => {
  it('is what the zod schema generates (run `npm run schema` after changing it)', async () => {
    expect(await readFile(resolve(root, SCHEMA_FILE), 'utf8')).toBe(renderJsonSchema())
  })

  it('forbids unknown keys and requires the three fields, as the parser does', () => {
    const schema = scopeFileJsonSchema() as {
      additionalProperties: boolean
      properties: { scope: { additionalProperties: boolean; required: string[] } }
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.scope.additionalProperties).toBe(false)
    expect(schema.properties.scope.required).toEqual(['name', 'description', 'scope_suffix'])
  })

  it('is referenced by the example, which the parser accepts', async () => {
    const text = await readFile(resolve(root, 'examples/globus-scope.json'), 'utf8')
    expect(JSON.parse(text).$schema).toBe(`../${SCHEMA_FILE}`)
    expect(parseScopeFile(text, 'examples/globus-scope.json').desired.scope_suffix).toBe('action_all')
  })

  it('accepts every scope file the README shows', async () => {
    const readme = await readFile(resolve(root, 'README.md'), 'utf8')
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    expect(blocks.length).toBeGreaterThanOrEqual(1)
    for (const block of blocks) expect(parseScopeFile(block, 'README.md').desired.scope_suffix).toBe('action_all')
    // The README names the schema's URL for a "$schema" key (in prose: a JSON line that long would
    // scroll): such a file is accepted too.
    const url = readme.match(/`"\$schema"`, e\.g\.\s+`(https:\/\/[^`]+)`/)?.[1]
    expect(url).toMatch(new RegExp(`/${SCHEMA_FILE.replaceAll('.', '\\.')}$`))
    const withSchema = JSON.stringify({ $schema: url, ...JSON.parse(blocks[0] ?? '{}') })
    expect(parseScopeFile(withSchema, 'README.md').desired.scope_suffix).toBe('action_all')
  })
})
