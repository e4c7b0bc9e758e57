// The plan as a diff: `-` in Globus Auth, `+` in the file, one line per field, a changed dependent
// scope as a pair, values as JSON, dependent scopes by scope string where known; and its count.
import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../src/globus/schemas.ts'
import { planScope } from '../../../src/modes/ensure/plan.ts'
import { changeCount, countText, diffText, planDiff, unchangedLines } from '../../../src/report/diff.ts'
import { markdown } from '../../../src/text/markdown.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { CODE_WIDTH } from '../../../src/text/wrap.ts'
import { dependent, heldScope, resolvedScope } from '../../../test-support/fixtures.ts'

const GROUPS = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'
const TRANSFER = 'aaaaaaaa-0000-4000-8000-000000000001'
const OTHER = 'bbbbbbbb-0000-4000-8000-000000000002'
const known = new Map<string, Scope>()
for (const [id, scope_string] of [
  [GROUPS, 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'],
  [TRANSFER, 'urn:globus:auth:scope:transfer.api.globus.org:all'],
] as const) {
  known.set(id, { ...heldScope(resolvedScope()), id, scope_string })
}

// The demo's hand edit: a description, Groups dropped, Transfer's flag flipped, another scope added.
const desired = resolvedScope({
  description: 'Run my actions',
  dependent_scopes: [dependent(GROUPS), dependent(TRANSFER, { requires_refresh_token: true })],
})
const current = heldScope(desired, {
  description: 'edited by hand',
  dependent_scopes: [dependent(TRANSFER), dependent(OTHER)],
})
const update = planScope(desired, current)
const create = planScope(desired, undefined)

describe('planDiff', () => {
  it('shows an update: a field as a -/+ pair, dependent scopes added, changed (a pair) and removed', () => {
    expect(diffText(planDiff(update, known))).toEqual([
      '- description: "edited by hand"',
      '+ description: "Run my actions"',
      '  dependent_scopes:',
      '+   "urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"',
      '+     optional: false, requires_refresh_token: false',
      '-   "urn:globus:auth:scope:transfer.api.globus.org:all"',
      '-     optional: false, requires_refresh_token: false',
      '+   "urn:globus:auth:scope:transfer.api.globus.org:all"',
      '+     optional: false, requires_refresh_token: true',
      // Not known by scope string: by its id, still exact.
      `-   "${OTHER}"`,
      '-     optional: false, requires_refresh_token: false',
    ])
  })

  it('shows a create as every field added, and an empty list as []', () => {
    expect(diffText(planDiff(create, known))).toEqual([
      '+ name: "My Action Provider"',
      '+ description: "Run my actions"',
      '+ advertised: false',
      '+ allows_refresh_token: true',
      '+ required_domains: []',
      '  dependent_scopes:',
      '+   "urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"',
      '+     optional: false, requires_refresh_token: false',
      '+   "urn:globus:auth:scope:transfer.api.globus.org:all"',
      '+     optional: false, requires_refresh_token: true',
    ])
    const bare = planScope(resolvedScope({ dependent_scopes: [] }), undefined)
    expect(diffText(planDiff(bare, known)).at(-1)).toBe('+ dependent_scopes: []')
  })

  it('quotes values as JSON, so a value cannot pass for another line or marker', () => {
    const odd = planScope(resolvedScope({ name: 'two\nlines "quoted"', required_domains: ['a.org'] }), current)
    expect(diffText(planDiff(odd, known))).toContain('+ name: "two\\nlines \\"quoted\\""')
    expect(diffText(planDiff(odd, known))).toContain('+ required_domains: ["a.org"]')
  })

  it('lists what an update leaves as it is, for the collapsed context', () => {
    expect(diffText(unchangedLines(update, desired, known))).toEqual([
      '  name: "My Action Provider"',
      '  advertised: false',
      '  allows_refresh_token: true',
      '  required_domains: []',
    ])
    const renamed = planScope(resolvedScope({ ...desired, name: 'New' }), heldScope(desired))
    expect(diffText(unchangedLines(renamed, desired, known))).toContain(
      '    "urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"',
    )
    expect(unchangedLines(create, desired, known)).toEqual([])
  })
})

describe('in a ```diff block', () => {
  const md = markdown(new Redactor())

  it('wraps a long value onto lines of its own, each marked, none past the width', () => {
    const long = planScope(resolvedScope({ description: 'word '.repeat(60).trim() }), current)
    const block = md.diff(planDiff(long, known)).split('\n')
    expect(block[0]).toBe('```diff')
    expect(block).toContain('- description: "edited by hand"')
    const wrapped = block.slice(block.indexOf('+ description:'), block.indexOf('  dependent_scopes:'))
    expect(wrapped[0]).toBe('+ description:')
    expect(wrapped.length).toBeGreaterThan(3)
    for (const line of wrapped.slice(1)) expect(line).toMatch(/^\+ {3}\S/)
    for (const line of block) expect([...line].length).toBeLessThanOrEqual(CODE_WIDTH)
    // Broken at blanks: no word is cut in two.
    expect(
      wrapped
        .slice(1)
        .map((l) => l.slice(4))
        .join(''),
    ).toBe(`"${'word '.repeat(60).trim()}"`)
  })
})

describe('changeCount', () => {
  it('counts fields and dependent scopes by what happens to them', () => {
    expect(changeCount(update)).toEqual({
      total: '4 changes',
      parts: '1 field, 1 dependent scope added, 1 changed, 1 removed',
    })
    const added = planScope(
      resolvedScope({ dependent_scopes: [dependent(GROUPS), dependent(OTHER)] }),
      heldScope(resolvedScope()),
    )
    expect(countText(changeCount(added) ?? { total: '', parts: '' })).toBe('2 changes: 2 dependent scopes added')
  })

  it('counts a create as a new scope, and nothing when nothing changes', () => {
    expect(changeCount(create)).toEqual({ total: 'new scope', parts: '5 fields, 2 dependent scopes' })
    expect(changeCount(planScope(desired, heldScope(desired)))).toBeUndefined()
  })
})
