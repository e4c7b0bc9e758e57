// The answer schemas: every value bounded, ids UUIDs, scope strings one token; messages name
// the rule and never the value.
import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import {
  answerIssueMessage,
  answerProblem,
  ClientAnswerSchema,
  CreateAnswerSchema,
  ErrorBodySchema,
  IntrospectionAnswerSchema,
  LIMITS,
  LookupAnswerSchema,
  ScopeAnswerSchema,
} from '../../../src/globus/schemas.ts'

const ID = '6f1d3b0e-5c2a-4e8b-9f7d-1a2b3c4d5e6f'
const GROUPS = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'

function scope(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    client: '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f',
    name: 'Example',
    description: 'Runs things.\nOn two lines.',
    scope_string: `https://auth.globus.org/scopes/${ID}/action_all`,
    dependent_scopes: [{ scope: GROUPS, optional: false, requires_refresh_token: false }],
    allows_refresh_token: true,
    advertised: false,
    required_domains: ['example.org'],
    ...overrides,
  }
}

/** `path: message` of the first problem, as the transport reports it; undefined when it parses. */
function problem(schema: z.ZodMiniType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value, { error: answerIssueMessage })
  const issue = parsed.error?.issues[0]
  return issue && answerProblem(issue)
}

describe('the answer schemas', () => {
  it('accept a real answer, unknown extra fields included', () => {
    expect(problem(ScopeAnswerSchema, { scope: { ...scope(), new_field: [1] }, extra: true })).toBeUndefined()
    expect(problem(ScopeAnswerSchema, { scope: scope({ required_domains: undefined }) })).toBeUndefined()
    expect(problem(ClientAnswerSchema, { client: { id: ID, scopes: [GROUPS], fqdns: [] } })).toBeUndefined()
  })

  const long = (n: number) => 'x'.repeat(n)
  it.each([
    ['id', scope({ id: '..' }), 'scope.id: must be a UUID'],
    ['client', scope({ client: 'not-a-uuid' }), 'scope.client: must be a UUID'],
    [
      'a dependent scope',
      scope({ dependent_scopes: [{ scope: '../x', optional: false, requires_refresh_token: false }] }),
      'scope.dependent_scopes[0].scope: must be a UUID',
    ],
    [
      'a scope string with a line break',
      scope({ scope_string: 'urn:a\n::error::x' }),
      'scope.scope_string: must be one non-empty line without spaces or control characters',
    ],
    [
      'a scope string with a space',
      scope({ scope_string: 'urn:a b' }),
      'scope.scope_string: must be one non-empty line without spaces or control characters',
    ],
    [
      'a scope string with a bidi override',
      scope({ scope_string: 'urn:a\u202eb' }),
      'scope.scope_string: must be one non-empty line without spaces or control characters',
    ],
    [
      'an empty scope string',
      scope({ scope_string: '' }),
      'scope.scope_string: must be one non-empty line without spaces or control characters',
    ],
    ['a long scope string', scope({ scope_string: long(513) }), 'scope.scope_string: must be at most 512 characters'],
    ['a long name', scope({ name: long(LIMITS.name + 1) }), 'scope.name: must be at most 1000 characters'],
    [
      'a long description',
      scope({ description: long(LIMITS.description + 1) }),
      'scope.description: must be at most 10000 characters',
    ],
    [
      'a domain with a space',
      scope({ required_domains: ['a.org', 'b .org'] }),
      'scope.required_domains[1]: must be one non-empty line without spaces or control characters',
    ],
    [
      'a long domain',
      scope({ required_domains: [long(254)] }),
      'scope.required_domains[0]: must be at most 253 characters',
    ],
    [
      'too many dependent scopes',
      scope({ dependent_scopes: Array(101).fill({ scope: GROUPS, optional: false, requires_refresh_token: false }) }),
      'scope.dependent_scopes: must have at most 100 entries',
    ],
    ['a missing field', scope({ advertised: undefined }), 'scope.advertised: is missing'],
    ['a mistyped field', scope({ advertised: 'yes please' }), 'scope.advertised: must be true or false'],
    ['null for a list', scope({ required_domains: null }), 'scope.required_domains: must be a list'],
  ])('refuse %s, naming the field and the rule only', (_, value, message) => {
    expect(problem(ScopeAnswerSchema, { scope: value })).toBe(message)
  })

  it('read another service’s scope in a lookup for its id and scope string only, and keep what it breaks', () => {
    // Null text on the Groups or Transfer scope is not this action's to judge.
    const other = scope({ name: null, description: null, client: null, dependent_scopes: undefined })
    const parsed = LookupAnswerSchema.parse({ scopes: [other, scope()] }, { error: answerIssueMessage })
    expect(parsed.scopes[0]).toEqual({
      id: ID,
      scope_string: other.scope_string,
      client: undefined,
      whole: undefined,
      problem: 'client: must be a string',
    })
    expect(parsed.scopes[1]?.whole).toEqual(scope())
    expect(parsed.scopes[1]?.problem).toBeUndefined()
    expect(LookupAnswerSchema.parse({ scopes: [scope({ name: null })] }).scopes[0]?.problem).toBe(
      'name: must be a string',
    )
  })

  it('still refuse a lookup whose scope lacks what every scope is read for: its id and scope string', () => {
    expect(problem(LookupAnswerSchema, { scopes: [scope({ id: null })] })).toBe('scopes[0].id: must be a string')
    expect(problem(LookupAnswerSchema, { scopes: [scope({ scope_string: undefined })] })).toBe(
      'scopes[0].scope_string: is missing',
    )
    expect(problem(LookupAnswerSchema, { scopes: [scope({ scope_string: 'urn:a\nb' })] })).toBe(
      'scopes[0].scope_string: must be one non-empty line without spaces or control characters',
    )
  })

  it('refuse non-UUID ids in a client answer', () => {
    expect(problem(ClientAnswerSchema, { client: { id: ID, scopes: [GROUPS, '..'] } })).toBe(
      'client.scopes[1]: must be a UUID',
    )
    expect(problem(ClientAnswerSchema, { client: { id: 'x y', scopes: [] } })).toBe('client.id: must be a UUID')
    expect(problem(ClientAnswerSchema, 'text')).toBe('the answer: must be an object')
  })

  it('take either create answer shape, and say so when neither is there', () => {
    expect(problem(CreateAnswerSchema, { scope: scope() })).toBeUndefined()
    expect(problem(CreateAnswerSchema, { scopes: [scope()] })).toBeUndefined()
    expect(problem(CreateAnswerSchema, { scopes: [scope({ id: 'x' })] })).toBe('scopes[0].id: must be a UUID')
    expect(problem(CreateAnswerSchema, {})).toBe('the answer: must have a scope or a scopes field')
  })

  it('read introspection’s aud as RFC 7662 allows it: a list, one string, or none (absent or null)', () => {
    const aud = (value: unknown) => IntrospectionAnswerSchema.parse({ active: true, aud: value }).aud
    expect(aud(['a', 'b'])).toEqual(['a', 'b'])
    expect(aud('a')).toEqual(['a'])
    expect(aud(null)).toBeUndefined()
    expect(IntrospectionAnswerSchema.parse({ active: true }).aud).toBeUndefined()
    expect(IntrospectionAnswerSchema.safeParse({ active: true, aud: 7 }).success).toBe(false)
  })

  it('take a bare detail as Globus’ error body', () => {
    expect(ErrorBodySchema.parse({ detail: 'No such scope' }).detail).toBe('No such scope')
  })

  it('bound error bodies and tolerate nulls in them', () => {
    expect(ErrorBodySchema.safeParse({ errors: [{ id: null, code: null, detail: null }] }).success).toBe(true)
    expect(ErrorBodySchema.safeParse({ error_description: long(LIMITS.errorText + 1) }).success).toBe(false)
    expect(ErrorBodySchema.safeParse({ errors: Array(LIMITS.errors + 1).fill({}) }).success).toBe(false)
  })

  it('never repeat the value, whatever zod would have said', () => {
    const secretish = 'do-not-repeat-me'
    for (const value of [
      scope({ id: secretish }),
      scope({ name: secretish.repeat(100) }),
      scope({ scope_string: `${secretish} x` }),
      scope({ advertised: secretish }),
      scope({ dependent_scopes: secretish }),
      scope({ required_domains: [secretish, 7] }),
    ]) {
      const message = problem(ScopeAnswerSchema, { scope: value })
      expect(message).toBeDefined()
      expect(message).not.toContain(secretish)
    }
  })
})
