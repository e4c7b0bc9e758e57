// Properties over any input: the parser either yields a valid desired scope or names a field;
// the plan is idempotent and never deletes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DependentScope, Scope } from '../src/globus/schemas.ts'
import { COMPARED_FIELDS, planScope, type ResolvedScope } from '../src/plan.ts'
import { parseScopeFile, ScopeFileError } from '../src/scope-file.ts'

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

function outcome(text: string) {
  try {
    return { desired: parseScopeFile(text, 'globus-scope.json').desired }
  } catch (error) {
    if (error instanceof ScopeFileError) return { error }
    throw error // anything else is a crash, and fails the property
  }
}

describe('the scope-file parser, on any input', () => {
  it('never crashes on arbitrary text, and every problem says what is wrong', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = outcome(text)
        if (result.error) {
          expect(result.error.problems.length).toBeGreaterThan(0)
          for (const p of result.error.problems) expect(p.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 },
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
          expect(result.desired.scope_suffix).toMatch(/^[a-z0-9_]+$/)
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
