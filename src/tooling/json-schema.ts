// The JSON Schema of the scope file, generated from the zod schema so the two never disagree.
// Editors use it through "$schema"; `npm run schema` writes it to globus-scope.schema.json.
import { z } from 'zod'
import { ScopeDocumentSchema } from '../scope-file/document.ts'

export const SCHEMA_FILE = 'globus-scope.schema.json'

export function scopeFileJsonSchema(): Record<string, unknown> {
  // The input side: what a person may write, so fields with defaults are optional.
  const schema = z.toJSONSchema(ScopeDocumentSchema, { io: 'input', target: 'draft-2020-12' })
  return { ...schema, title: 'Globus Auth scope for an Action Provider (ensure-globus-scope)' }
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(scopeFileJsonSchema(), null, 2)}\n`
}
