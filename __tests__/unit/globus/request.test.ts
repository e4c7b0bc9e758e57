// A request as people read it in messages: decoded where that is well formed, one line always.
import { describe, expect, it } from 'vitest'
import { describeUrl } from '../../../src/globus/request.ts'

describe('describeUrl', () => {
  it('decodes for people to read, but escapes what would break a line', () => {
    const url = new URL('https://auth.globus.org/v2/api/scopes')
    url.searchParams.set('scope_strings', 'urn:a:b,urn:x\n::error::forged')
    expect(describeUrl(url)).toBe('/v2/api/scopes?scope_strings=urn:a:b,urn:x\\u000a::error::forged')
    expect(describeUrl(new URL('https://h/a%0d%0a%E2%80%AEb'))).toBe('/a\\u000d\\u000a\\u202eb')
  })

  it('keeps a malformed escape as it is', () => {
    expect(describeUrl(new URL('https://h/a%E2%80b?x=%'))).toBe('/a%E2%80b?x=%')
  })
})
