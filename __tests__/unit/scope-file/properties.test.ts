// Properties over any input: the parser either yields a valid desired scope or names a field;
// the plan is idempotent and never deletes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DependentScope, Scope } from '../../../src/globus/schemas.ts'
import { ANY_SCOPE_SUFFIX } from '../../../src/globus/scope-string.ts'
import { COMPARED_FIELDS, planScope, type ResolvedScope } from '../../../src/modes/ensure/plan.ts'
import { MAX_NESTING } from '../../../src/scope-file/json-text.ts'
import { type FileProblem, MAX_PROBLEMS, ScopeFileError } from '../../../src/scope-file/problems.ts'
import { parseScopeBytes, parseScopeFile } from '../../../src/scope-file/read.ts'
import { firstInvalidUtf8 } from '../../../src/scope-file/utf8.ts'

const FIELDS = [
  'name',
  'description',
  'scope_suffix',
  'dependent_scopes',
  'advertised',
  'allows_refresh_token',
  'allow_refresh_tokens',
  'required_domains',
]

/** JSON values shaped like scope files: mostly right, often subtly wrong. */
const scopeLikeDocument = fc.record(
  {
    $schema: fc.string(),
    scope: fc.record(
      {
        name: fc.oneof(fc.string(), fc.integer()),
        description: fc.string(),
        scope_suffix: fc.oneof(fc.stringMatching(/^[a-z0-9_]{1,12}$/), fc.string()),
        dependent_scopes: fc.array(
          fc.record(
            {
              scope: fc.oneof(fc.uuid(), fc.string()),
              optional: fc.oneof(fc.boolean(), fc.string()),
              requires_refresh_token: fc.boolean(),
            },
            { requiredKeys: ['scope'] },
          ),
          { maxLength: 4 },
        ),
        advertised: fc.oneof(fc.boolean(), fc.constant(null)),
        allows_refresh_token: fc.boolean(),
        allow_refresh_tokens: fc.boolean(),
        required_domains: fc.array(fc.string(), { maxLength: 3 }),
        descripton: fc.string(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

function outcome(input: string | Uint8Array) {
  try {
    const file =
      typeof input === 'string'
        ? parseScopeFile(input, 'globus-scope.json')
        : parseScopeBytes(input, 'globus-scope.json')
    return { desired: file.desired }
  } catch (error) {
    if (error instanceof ScopeFileError) return { error }
    throw error // anything else is a crash, and fails the property
  }
}

/** A refusal says what is wrong, and where: a parsed file's every problem has a line and column. */
function expectPlacedProblems(problems: FileProblem[]) {
  expect(problems.length).toBeGreaterThan(0)
  for (const p of problems) {
    expect(p.message.length).toBeGreaterThan(0)
    expect(p.line).toBeGreaterThan(0)
    expect(p.column).toBeGreaterThan(0)
  }
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** UTF-8-like sequences at the edges of its rules: each kind of lead byte, then 0-3 bytes that may or may not continue it. */
const leads = [0x22, 0x41, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff]
const continuations = [0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0]
const edgeSequences = fc
  .array(fc.tuple(fc.constantFrom(...leads), fc.array(fc.constantFrom(...continuations), { maxLength: 3 })), {
    maxLength: 8,
  })
  .map((sequences) => Uint8Array.from(sequences.flatMap(([lead, rest]) => [lead, ...rest])))

/** Raw bytes, bytes at UTF-8's edges, and scope-file-like text with arbitrary bytes spliced in. */
const scopeLikeBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  edgeSequences,
  fc
    .tuple(
      fc.oneof(fc.string({ unit: 'grapheme' }), fc.json()),
      fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { maxLength: 3 }),
    )
    .map(([text, splices]) => {
      const bytes = [...new TextEncoder().encode(text)]
      for (const [at, insert] of splices) bytes.splice(at % (bytes.length + 1), 0, ...insert)
      return Uint8Array.from(bytes)
    }),
)

/** A pattern of brackets, strings, escapes, comments and line breaks, repeated up to 20,000 times. */
const tokens = ['[', ']', '{', '}', '{"a":', '"', '\\', ',', ':', '/', '*', '//', '/*', '*/', '\n', '\r', '1', 'x']
const deeplyNested = fc
  .tuple(
    fc.array(fc.constantFrom('[', '{', '{"a":', '[{"b":'), { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 1, max: 20_000 }),
  )
  .map(([open, pattern, times]) => open.join('').repeat(times) + pattern.join('').repeat(times))

describe('the scope-file parser, on any input', () => {
  it('never crashes on arbitrary text, and every problem says what is wrong and where', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = outcome(text)
        if (result.error) expectPlacedProblems(result.error.problems)
      }),
      { numRuns: 500 },
    )
  })

  it('never crashes on arbitrary bytes, and refuses exactly the bytes that are not UTF-8, at the first bad one', () => {
    fc.assert(
      fc.property(scopeLikeBytes, (bytes) => {
        const result = outcome(bytes)
        if (result.desired) return
        expectPlacedProblems(result.error?.problems ?? [])
        const message = result.error?.problems[0]?.message ?? ''
        expect(message.startsWith('is not valid UTF-8')).toBe(!isUtf8(bytes))
        if (isUtf8(bytes)) return
        // The first bad byte: all before it is UTF-8, and no character starts at it.
        const bad = firstInvalidUtf8(bytes)
        expect(bad).toBeDefined()
        expect(isUtf8(bytes.subarray(0, bad))).toBe(true)
        for (let length = 1; length <= 4; length++) expect(isUtf8(bytes.subarray(bad, (bad ?? 0) + length))).toBe(false)
        expect(message).toContain(`(byte 0x${bytes[bad ?? 0]?.toString(16).padStart(2, '0')} at line `)
      }),
      { numRuns: 1000 },
    )
  })

  it('never crashes on deeply nested input, and refuses nesting past the limit with its place', () => {
    fc.assert(
      fc.property(deeplyNested, (text) => {
        const result = outcome(text)
        if (result.error) expectPlacedProblems(result.error.problems)
      }),
      { numRuns: 200 },
    )
  })

  it('draws the nesting line at exactly MAX_NESTING levels, in any mix of arrays and objects', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 200 }), (arrays) => {
        const open = arrays.map((array) => (array ? '[' : '{"k":')).join('')
        const close = arrays
          .map((array) => (array ? ']' : '}'))
          .reverse()
          .join('')
        const result = outcome(`{"scope": ${open}1${close}}`)
        const nested = result.error?.problems[0]?.message.startsWith('nests arrays and objects') ?? false
        expect(nested).toBe(arrays.length + 1 > MAX_NESTING)
      }),
    )
  })

  it('yields a complete desired scope or errors naming fields of the document', () => {
    fc.assert(
      fc.property(scopeLikeDocument, (doc) => {
        const result = outcome(JSON.stringify(doc, null, 2))
        if (result.desired) {
          expect(Object.keys(result.desired).sort()).toEqual([
            'advertised',
            'allows_refresh_token',
            'dependent_scopes',
            'description',
            'name',
            'required_domains',
            'scope_suffix',
          ])
          expect(result.desired.scope_suffix).toMatch(ANY_SCOPE_SUFFIX)
          return
        }
        for (const p of result.error?.problems ?? []) {
          expect(
            p.field === 'scope' ||
              p.field === '' ||
              FIELDS.some((f) => p.field.startsWith(`scope.${f}`)) ||
              p.field === 'scope.descripton',
          ).toBe(true)
          expect(p.line).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('a file with syntax errors', () => {
  const SYNTAX_SLIPS = [',', ', ', '//x\n', '/* x */', ',,', ':', '"', '}', ']', 'x', ' true']
  const slipped = fc
    .tuple(scopeLikeDocument, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SYNTAX_SLIPS)), { maxLength: 3 }))
    .map(([doc, slips]) => {
      let text = JSON.stringify(doc, null, 2)
      for (const [at, slip] of slips) {
        const i = at % (text.length + 1)
        text = text.slice(0, i) + slip + text.slice(i)
      }
      return text
    })

  it('never yields a desired scope but from text JSON.parse reads, and then exactly what it reads', () => {
    fc.assert(
      fc.property(fc.oneof(slipped, fc.string(), fc.json()), (text) => {
        const result = outcome(text)
        if (!result.desired) return
        // A scope recovered past a syntax error must never reach a write.
        const parsed = JSON.parse(text)
        expect(result.desired.name).toBe(parsed.scope.name)
        expect(result.desired.description).toBe(parsed.scope.description)
        expect(result.desired.dependent_scopes.map((d) => d.scope)).toEqual(
          (parsed.scope.dependent_scopes ?? []).map((d: { scope: string }) => d.scope),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('reports a trailing comma together with every other problem of the file, in one round', () => {
    fc.assert(
      fc.property(scopeLikeDocument, (doc) => {
        const text = JSON.stringify(doc, null, 2)
        // A comma after the last value of the scope object, where `}` closes it on the next line.
        const end = text.lastIndexOf('\n  }')
        fc.pre(doc.scope !== undefined && Object.keys(doc.scope).length > 0 && end > 0)
        const withComma = `${text.slice(0, end)},${text.slice(end)}`
        const said = (t: string) => (outcome(t).error?.problems ?? []).map((p) => `${p.line}: ${p.field}: ${p.message}`)
        // Within the problems a refusal names, so that the comma does not push one out.
        fc.pre(said(text).length < MAX_PROBLEMS)
        const comma = said(withComma).filter((p) => p.includes('trailing comma'))
        expect(comma).toHaveLength(1)
        expect(said(withComma).filter((p) => !p.includes('trailing comma'))).toEqual(said(text))
      }),
      { numRuns: 300 },
    )
  })
})

const ids = [
  'aaaaaaaa-0000-4000-8000-000000000001',
  'bbbbbbbb-0000-4000-8000-000000000002',
  'cccccccc-0000-4000-8000-000000000003',
]
const dependentScopes = fc.uniqueArray(
  fc.record({ scope: fc.constantFrom(...ids), optional: fc.boolean(), requires_refresh_token: fc.boolean() }),
  { selector: (d) => d.scope, maxLength: 3 },
)
const resolvedScope: fc.Arbitrary<ResolvedScope> = fc.record({
  name: fc.constantFrom('A', 'B'),
  description: fc.constantFrom('x', 'y'),
  scope_suffix: fc.constant('action_all'),
  dependent_scopes: dependentScopes,
  advertised: fc.boolean(),
  allows_refresh_token: fc.boolean(),
  required_domains: fc.uniqueArray(fc.constantFrom('a.org', 'b.org'), { maxLength: 2 }),
})

function asScope(fields: ResolvedScope, order: (list: DependentScope[]) => DependentScope[]): Scope {
  const { scope_suffix, ...rest } = fields
  return {
    ...rest,
    dependent_scopes: order(fields.dependent_scopes),
    id: 'dddddddd-0000-4000-8000-000000000004',
    client: 'eeeeeeee-0000-4000-8000-000000000005',
    scope_string: `https://auth.globus.org/scopes/eeeeeeee-0000-4000-8000-000000000005/${scope_suffix}`,
  }
}

/** What Globus holds after the plan is applied (PUT replaces the fields it is sent). */
function apply(current: Scope | undefined, desired: ResolvedScope): Scope {
  const plan = planScope(desired, current)
  if (plan.action === 'create') return asScope(plan.write as ResolvedScope, (l) => l)
  if (!current) throw new Error('a plan for a missing scope must be a create')
  return plan.action === 'update' ? { ...current, ...plan.write } : current
}

describe('the plan, on any pair of scopes', () => {
  it('is idempotent: applying it and planning again leaves nothing to do', () => {
    fc.assert(
      fc.property(resolvedScope, fc.option(resolvedScope, { nil: undefined }), (desired, existing) => {
        const current = existing && asScope(existing, (l) => [...l].reverse())
        expect(planScope(desired, apply(current, desired))).toEqual({ action: 'none', drift: [] })
      }),
    )
  })

  it('never deletes, and an update sends only fields that differ', () => {
    fc.assert(
      fc.property(resolvedScope, resolvedScope, (desired, existing) => {
        const plan = planScope(
          desired,
          asScope(existing, (l) => l),
        )
        expect(['create', 'update', 'none']).toContain(plan.action)
        if (plan.action === 'update') {
          for (const field of Object.keys(plan.write)) expect(COMPARED_FIELDS).toContain(field)
          expect(Object.keys(plan.write)).toEqual(plan.drift.map((d) => d.field))
        }
      }),
    )
  })

  it('ignores the order of dependent scopes and domains', () => {
    fc.assert(
      fc.property(resolvedScope, (desired) => {
        const shuffled = asScope({ ...desired, required_domains: [...desired.required_domains].reverse() }, (l) =>
          [...l].reverse(),
        )
        expect(planScope(desired, shuffled).action).toBe('none')
      }),
    )
  })
})

describe('the file’s bounds', () => {
  it('asks for no more than the action reads back from Globus Auth, saying which bound', () => {
    const scope = { name: 'AP', description: 'd', scope_suffix: 'a' }
    const fails = (fields: Record<string, unknown>) => {
      try {
        parseScopeFile(JSON.stringify({ scope: { ...scope, ...fields } }), 'f.json')
        return []
      } catch (error) {
        return (error as ScopeFileError).problems.map((p) => `${p.field}: ${p.message}`)
      }
    }
    const ids = Array.from({ length: 101 }, (_, i) => ({
      scope: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }))
    expect(fails({ dependent_scopes: ids })).toEqual([
      'scope.dependent_scopes: must be at most 100 entries (the most the action accepts back from Globus Auth)',
    ])
    expect(fails({ name: 'n'.repeat(1001) })).toEqual([
      'scope.name: must be at most 1000 characters (the most the action accepts back from Globus Auth)',
    ])
    expect(fails({ description: 'd'.repeat(10_001) })).toHaveLength(1)
    expect(fails({ dependent_scopes: [{ scope: `urn:${'x'.repeat(600)}` }] })).toHaveLength(1)
    expect(fails({ required_domains: ['d'.repeat(254)] })).toHaveLength(1)
    expect(fails({ required_domains: ['a b.org'] })).toEqual([
      'scope.required_domains[0]: give a domain, without spaces, for example "example.org"',
    ])
    expect(fails({ name: 'n'.repeat(1000), description: 'd'.repeat(10_000), dependent_scopes: ids.slice(1) })).toEqual(
      [],
    )
  })
})
