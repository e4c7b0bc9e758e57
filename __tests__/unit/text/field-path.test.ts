// Where a value stands in a JSON document, named as code would, unusual keys quoted and escaped.
import { describe, expect, it } from 'vitest'
import { fieldPath } from '../../../src/text/field-path.ts'

describe('fieldPath', () => {
  it('names a field as code would', () => {
    expect(fieldPath(['scopes', 0, 'scope_string'])).toBe('scopes[0].scope_string')
    expect(fieldPath(['client', 'scopes', 3])).toBe('client.scopes[3]')
    expect(fieldPath([])).toBe('')
    expect(fieldPath(['a b\n', 1])).toBe('["a b\\n"][1]')
  })
})
