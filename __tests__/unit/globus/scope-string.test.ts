// Scope suffixes: any one word for a scope that exists (the older guide allowed any string), and
// the suffix of a scope string read back under the same rule.
import { describe, expect, it } from 'vitest'
import {
  ANY_SCOPE_SUFFIX,
  hasSuffix,
  MAX_SCOPE_SUFFIX,
  SCOPE_SUFFIX,
  suffixOf,
} from '../../../src/globus/scope-string.ts'

const OLDER = ['send-email', 'Send_Email', 'ActionAll', 'v1.2', 'café', 'A'.repeat(MAX_SCOPE_SUFFIX)]
const NOT_ONE_WORD = [
  '',
  'a b',
  'a/b',
  'a:b',
  'tab\there',
  'line\n',
  'zero\u200bwidth',
  'rtl\u202e',
  'a'.repeat(MAX_SCOPE_SUFFIX + 1),
]

describe('scope suffixes', () => {
  it.each(OLDER)('takes %j, a suffix the older guide allowed, but not for a new scope', (suffix) => {
    expect(ANY_SCOPE_SUFFIX.test(suffix)).toBe(true)
    expect(SCOPE_SUFFIX.test(suffix)).toBe(false)
  })

  it.each(NOT_ONE_WORD)('refuses %j', (suffix) => {
    expect(ANY_SCOPE_SUFFIX.test(suffix)).toBe(false)
  })

  it('reads an older suffix back from a scope string of either form, and finds the scope by it', () => {
    const url = 'https://auth.globus.org/scopes/aaaaaaaa-0000-4000-8000-00000000000a/send-email'
    expect(suffixOf(url)).toBe('send-email')
    expect(suffixOf('urn:globus:auth:scope:ap.example.org:Send_Email')).toBe('Send_Email')
    expect(suffixOf('https://auth.globus.org/scopes/x/')).toBeUndefined()
    expect([hasSuffix(url, 'send-email'), hasSuffix(url, 'email'), hasSuffix(url, 'Send-Email')]).toEqual([
      true,
      false,
      false,
    ])
  })
})
