import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../src/globus/schemas.ts'
import type { EnsureResult } from '../../../src/modes/ensure/ensure.ts'
import { planScope } from '../../../src/modes/ensure/plan.ts'
import { driftLines, resultLines } from '../../../src/report/lines.ts'
import { renderPlanComment, renderSummary } from '../../../src/report/summary.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { dependent, heldScope, resolvedScope } from '../../../test-support/fixtures.ts'

const none = new Redactor()

const GROUPS = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'
const OTHER = 'aaaaaaaa-0000-4000-8000-000000000001'

const desired = resolvedScope({ name: 'New | name <b>', description: 'd', dependent_scopes: [dependent(GROUPS)] })
const current: Scope = heldScope(desired, { name: 'Old', dependent_scopes: [dependent(OTHER, { optional: true })] })
const groupsScope = {
  ...current,
  id: GROUPS,
  scope_string: 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships',
}

function result(status: EnsureResult['status'], mode: EnsureResult['mode'] = 'plan'): EnsureResult {
  return {
    mode,
    status,
    plan: planScope(desired, current),
    scope: current,
    scopeString: current.scope_string,
    desired,
    knownScopes: new Map([[GROUPS, groupsScope]]),
    missingGroups: false,
    variants: [],
    otherScopes: [],
  }
}

describe('report', () => {
  it('shows dependent scopes by scope string where known, marking additions and removals', () => {
    const line = driftLines(result('would-update').plan.drift, new Map([[GROUPS, groupsScope]])).find(
      (l) => l.field === 'dependent_scopes',
    )
    expect(line).toEqual({
      field: 'dependent_scopes',
      current: [{ marker: '-', text: `${OTHER} (optional: true, requires_refresh_token: false)` }],
      desired: [
        {
          marker: '+',
          text: 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships (optional: false, requires_refresh_token: false)',
        },
      ],
    })
  })

  it('escapes table cells so a value cannot break the summary', () => {
    const summary = renderSummary(
      {
        result: result('would-update'),
        error: undefined,
        scopeFile: 'globus-scope.json',
        authUrl: 'https://auth.globus.org',
        requests: 1,
      },
      none,
    )
    expect(summary).toContain('| name | `"Old"` | `"New \\| name <b>"` |')
    expect(summary).toContain('(1 request)')
    // The file's column holds only what is in the file; what goes away shows on Globus' side.
    expect(summary).toContain(
      `| dependent_scopes | - \`${OTHER} (optional: true, requires_refresh_token: false)\` | + \`urn:`,
    )
  })

  it('puts a failure in the summary as a code block', () => {
    const summary = renderSummary(
      {
        result: undefined,
        error: 'bad ```thing```',
        scopeFile: 'f.json',
        authUrl: undefined,
        requests: 0,
      },
      none,
    )
    expect(summary).toContain('## ❌ Globus Auth scope: failed')
    // A fence longer than any backtick run inside, so the text cannot close it.
    expect(summary).toContain('````\nbad ```thing```\n````')
  })

  it('writes the comment and the log lines from the same differences', () => {
    const comment = renderPlanComment(result('would-update'), 'globus-scope.json', none)
    expect(comment).toContain('### Globus Auth scope plan: `would-update`')
    expect(comment).toContain('will be updated when this is merged')
    expect(resultLines(result('updated', 'ensure'))).toEqual([
      `Scope ${current.scope_string} (id ${current.id}) updated.`,
      '  name: "Old" -> "New | name <b>"',
      '  dependent_scopes:',
      '    + urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships (optional: false, requires_refresh_token: false)',
      `    - ${OTHER} (optional: true, requires_refresh_token: false)`,
      'Existing consents do not cover urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships (added): users and flows must consent again (Globus Flows runs that use this Action Provider wait until they do).',
    ])
    expect(comment).toContain(
      '> [!IMPORTANT]\n> Once this is applied, existing consents do not cover `urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships` (added): users and flows must consent again',
    )
  })
})

describe('size bounds', () => {
  const huge = (text: string): EnsureResult => {
    const r = result('would-update')
    const big = { ...desired, description: text }
    return { ...r, desired: big, plan: planScope(big, current) }
  }

  it('keeps the summary under 1 MiB of bytes, however wide the characters', () => {
    const summary = renderSummary(
      { result: huge('秘'.repeat(400_000)), error: undefined, scopeFile: 'f.json', authUrl: 'https://a', requests: 1 },
      none,
    )
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(512 * 1024)
    expect(summary).toMatch(/\*\(truncated\)\*\n$/)
  })

  it('keeps the plan comment under GitHub’s 65,536 characters, saying where the rest is', () => {
    const comment = renderPlanComment(huge('x'.repeat(70_000)), 'globus-scope.json', none)
    expect(comment.length).toBeLessThan(65_536 - 100)
    expect(comment).toContain('### Globus Auth scope plan: `would-update`')
    expect(comment).toMatch(
      /The differences are too long for a comment \(\d+ characters\): they are in the job summary/,
    )
  })
})
