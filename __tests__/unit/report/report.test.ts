// The job summary, the plan comment and the log lines of a result, and how they read at a pull
// request's width: rendered as GitHub does, nothing scrolls sideways, no empty header row, and
// no untrusted text renders live.
import { describe, expect, it } from 'vitest'
import type { Scope } from '../../../src/globus/schemas.ts'
import type { EnsureResult } from '../../../src/modes/ensure/ensure.ts'
import { planScope } from '../../../src/modes/ensure/plan.ts'
import { resultLines, verifyFailure } from '../../../src/report/lines.ts'
import { renderPlanComment, renderSummary, type SummaryInput } from '../../../src/report/summary.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { liveMarkdown } from '../../../test-support/boundary/checks.ts'
import { dependent, heldScope, resolvedScope } from '../../../test-support/fixtures.ts'
import { widthProblems } from '../../../test-support/render-checks.ts'

const none = new Redactor()

const GROUPS = '73320ffe-4cb4-4b25-a0a3-83d53d59ce4f'
const OTHER = 'aaaaaaaa-0000-4000-8000-000000000001'
const GROUPS_STRING = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'

const desired = resolvedScope({ name: 'New | name <b>', description: 'd', dependent_scopes: [dependent(GROUPS)] })
const current: Scope = heldScope(desired, { name: 'Old', dependent_scopes: [dependent(OTHER, { optional: true })] })
const groupsScope = { ...current, id: GROUPS, scope_string: GROUPS_STRING }

function result(status: EnsureResult['status'], mode: EnsureResult['mode'] = 'plan'): EnsureResult {
  const creating = status === 'would-create' || status === 'created'
  return {
    mode,
    status,
    plan: planScope(desired, creating ? undefined : current),
    scope: status === 'would-create' ? undefined : current,
    scopeString: current.scope_string,
    desired,
    knownScopes: new Map([[GROUPS, groupsScope]]),
    missingGroups: false,
    variants: [],
    otherScopes: [],
  }
}

const summaryOf = (r: EnsureResult | undefined, more: Partial<SummaryInput> = {}) =>
  renderSummary(
    {
      result: r,
      error: r?.mode === 'verify' && r.status !== 'unchanged' ? verifyFailure(r, 'globus-scope.json') : undefined,
      scopeFile: 'globus-scope.json',
      authUrl: 'https://auth.globus.org',
      requests: 1,
      ...more,
    },
    none,
  )

const push = { commit: '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345', runUrl: 'https://github.com/o/r/actions/runs/42' }

describe('the job summary', () => {
  it('shows a drift plan as a count and a diff, with a heading that agrees with the status', () => {
    const summary = summaryOf(result('would-update'))
    expect(summary).toMatch(/^## 📝 Globus Auth scope: will change\n/)
    expect(summary).toContain('**3 changes:** 1 field, 1 dependent scope added, 1 removed')
    expect(summary).toContain(
      [
        // One line says what the markers mean, right before the diff.
        '`-` in Globus Auth now, `+` in the scope file:',
        '',
        '```diff',
        '- name: "Old"',
        '+ name: "New | name <b>"',
        '  dependent_scopes:',
        `+   "${GROUPS_STRING}"`,
        '+     optional: false, requires_refresh_token: false',
        `-   "${OTHER}"`,
        '-     optional: true, requires_refresh_token: false',
        '```',
      ].join('\n'),
    )
    // What stays is there, collapsed.
    expect(summary).toContain('<details><summary>What stays as it is</summary>\n\n```diff\n  description: "d"')
    expect(summary).toContain('- Globus Auth `https://auth.globus.org`: 1 request')
    // No table: a row of long values would scroll sideways.
    expect(summary).not.toMatch(/^\|/m)
  })

  it('makes the advice of a failed verify its first sentence, the values in the diff below', () => {
    const summary = summaryOf(result('would-update', 'verify'))
    expect(summary).toMatch(/^## ❌ Globus Auth scope: differs from the file\n/)
    expect(summary.split('\n')[2]).toBe(
      `Run this action with \`mode: ensure\` to update the scope \`${current.scope_string}\`: it differs from \`globus-scope.json\` in name, dependent_scopes.`,
    )
    expect(summary).toContain('```diff\n- name: "Old"')
    expect(summaryOf(result('would-create', 'verify'))).toContain(
      `Run this action with \`mode: ensure\` to create the scope \`${current.scope_string}\`: it does not exist yet.`,
    )
  })

  it('shows a create as a new scope, and a run that acted by what it did', () => {
    const planned = summaryOf(result('would-create'))
    expect(planned).toMatch(/^## 📝 Globus Auth scope: will be created\n/)
    expect(planned).toContain('**New scope:** 5 fields, 1 dependent scope\n\n`+` in the scope file:\n\n```diff\n')
    expect(planned).not.toContain('<details>')
    expect(summaryOf(result('created', 'ensure'))).toMatch(/^## ✅ Globus Auth scope: created\n/)
    expect(summaryOf(result('updated', 'ensure'))).toContain('The scope was updated to match `globus-scope.json`.')
  })

  it('puts an error from outside in a wrapped code block, never a line that scrolls', () => {
    const error = `bad \`\`\`thing\`\`\` ${'word '.repeat(50)}`
    const summary = summaryOf(undefined, { error, mode: 'ensure', authUrl: undefined })
    expect(summary).toMatch(/^## ❌ Globus Auth scope: failed\n/)
    // A fence longer than any backtick run inside, so the text cannot close it.
    expect(summary).toContain('````text\nbad ```thing``` word')
    expect(summary).toContain('- Globus Auth not reached')
    expect(widthProblems(summary)).toEqual([])
  })

  it('says what the skip was, with no Status row repeating the heading', () => {
    const summary = summaryOf(undefined, { skipped: 'Skipped: no credentials.', mode: 'plan', authUrl: undefined })
    expect(summary).toMatch(/^## ⏭️ Globus Auth scope: skipped\n\nSkipped: no credentials\.\n/)
    expect(summary).not.toMatch(/Status/)
  })
})

describe('the plan comment', () => {
  it('names the push it shows: the head commit and a link to the run', () => {
    const comment = renderPlanComment(result('would-update'), push, none)
    expect(comment).toMatch(/^### Globus Auth scope plan: will change\n/)
    expect(comment).toContain(
      'Planned at commit `3f9c2a1` by [this workflow run](https://github.com/o/r/actions/runs/42).',
    )
    expect(comment).toContain(
      '**3 changes:** 1 field, 1 dependent scope added, 1 removed\n\n`-` in Globus Auth now, `+` in the scope file:\n\n```diff\n- name: "Old"',
    )
    expect(renderPlanComment(result('would-update'), {}, none)).not.toContain('Planned')
  })

  it('never links a URL that is not of our making', () => {
    const comment = renderPlanComment(result('unchanged'), { runUrl: 'javascript:alert(1)' }, none)
    expect(comment).toContain('Planned by this workflow run (`javascript:alert(1)`).')
    expect(liveMarkdown(comment)).toEqual([])
  })

  it('writes the comment and the log lines from the same diff', () => {
    expect(resultLines(result('updated', 'ensure'))).toEqual([
      `Scope ${current.scope_string} (id ${current.id}) updated (3 changes: 1 field, 1 dependent scope added, 1 removed).`,
      '  (- in Globus Auth now, + in the scope file)',
      '  - name: "Old"',
      '  + name: "New | name <b>"',
      '    dependent_scopes:',
      `  +   "${GROUPS_STRING}"`,
      '  +     optional: false, requires_refresh_token: false',
      `  -   "${OTHER}"`,
      '  -     optional: true, requires_refresh_token: false',
      `Existing consents do not cover ${GROUPS_STRING} (added): users and flows must consent again (Globus Flows runs that use this Action Provider wait until they do).`,
    ])
    expect(renderPlanComment(result('would-update'), push, none)).toContain(
      `> [!IMPORTANT]\n> Once this is applied, existing consents do not cover \`${GROUPS_STRING}\` (added): users and flows must consent again`,
    )
  })
})

describe('a result that makes a second scope', () => {
  const OLD = 'https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/action_all'
  const second = (status: EnsureResult['status'], mode: EnsureResult['mode']): EnsureResult => ({
    ...result(status, mode),
    otherScopes: [{ ...groupsScope, id: OTHER, scope_string: OLD }],
  })
  const means = 'A new scope_suffix makes a new scope with a new scope string, not a renamed one'

  it('says so in the heading and the first sentence, and what it means once, before the diff', () => {
    const cases: [string, string, string][] = [
      [
        summaryOf(second('would-create', 'plan')),
        '## 📝 Globus Auth scope: a second scope will be created',
        `\`mode: ensure\` will create a second scope for the client, \`${current.scope_string}\`, beside the scope \`${OLD}\`.`,
      ],
      [
        summaryOf(second('created', 'ensure')),
        '## ✅ Globus Auth scope: a second scope was created',
        `This run created a second scope for the client, \`${current.scope_string}\`, beside the scope \`${OLD}\`.`,
      ],
      [
        renderPlanComment(second('would-create', 'plan'), {}, none),
        '### Globus Auth scope plan: a second scope will be created',
        `\`mode: ensure\` will create a second scope for the client, \`${current.scope_string}\`, beside the scope \`${OLD}\`.`,
      ],
    ]
    for (const [md, heading, first] of cases) {
      const lines = md.split('\n')
      expect([lines[0], lines[2]]).toEqual([heading, first])
      expect(md.split('a second scope for the client')).toHaveLength(2)
      expect(md.split(means)).toHaveLength(2)
      expect(md.indexOf(`> [!WARNING]\n> ${means}`)).toBeLessThan(md.indexOf('```diff'))
      expect(widthProblems(md)).toEqual([])
    }
  })

  it('beside several scopes, counts them: another scope (its 8th), naming five and counting the rest', () => {
    const others = Array.from({ length: 7 }, (_, i) => ({
      ...groupsScope,
      id: `0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7${i}`,
      scope_string: `${OLD}_${i}`,
    }))
    const many: EnsureResult = { ...result('would-create', 'plan'), otherScopes: others }
    const lines = summaryOf(many).split('\n')
    expect(lines[0]).toBe('## 📝 Globus Auth scope: another scope (its 8th) will be created')
    expect(lines[2]).toBe(
      `\`mode: ensure\` will create another scope (its 8th) for the client, \`${current.scope_string}\`, beside its 7 ` +
        `scopes ${others
          .slice(0, 5)
          .map((o) => `\`${o.scope_string}\``)
          .join(', ')} and 2 more.`,
    )
    expect(resultLines(many)[0]).toMatch(/ would be another scope \(its 8th\) for this client /)
  })

  it('in a failed verify, puts the way out first and names the second scope in the warning', () => {
    const summary = summaryOf(second('would-create', 'verify'))
    expect(summary.split('\n').slice(0, 3)).toEqual([
      '## ❌ Globus Auth scope: a second scope, not created yet',
      '',
      `Run this action with \`mode: ensure\` to create the scope \`${current.scope_string}\`: it does not exist yet.`,
    ])
    expect(summary).toContain(
      `> [!WARNING]\n> \`mode: ensure\` would create a second scope for the client, \`${current.scope_string}\`, beside the scope \`${OLD}\`. ${means}`,
    )
  })

  it('says it in the log’s headline, leaving what it means to the warning annotation', () => {
    const [headline, ...rest] = resultLines(second('would-create', 'plan'))
    expect(headline).toBe(
      `Scope ${current.scope_string} does not exist yet and would be a second scope for this client (new scope: 5 fields, 1 dependent scope).`,
    )
    expect(resultLines(second('created', 'ensure'))[0]).toMatch(
      /\) created as a second scope for this client \(new scope/,
    )
    expect(rest.join('\n')).not.toContain('scope_suffix')
  })
})

describe('refused credentials', () => {
  const uuid = 'd0449f89-f57b-431d-af23-fc4f8dfa22a3'
  const detail =
    `Globus Auth answered 401 UNAUTHORIZED to GET /v2/api/scopes?scope_strings=https://auth.globus.org/scopes/${uuid}/action_all,` +
    `https://127.0.0.1:46461/scopes/${uuid}/action_all,…: Invalid client credentials (request id req-35961ace).`
  const words = 'Globus Auth refused the client id and secret (401): create a new secret for this client.'

  it('reads as prose, the way out first, with what Globus answered folded away and no id cut in two', () => {
    const summary = summaryOf(undefined, { error: words, refused: { words, detail }, mode: 'ensure' })
    expect(summary.split('\n').slice(0, 6)).toEqual([
      '## ❌ Globus Auth scope: the client id and secret were refused',
      '',
      words,
      '',
      '<details><summary>What Globus Auth answered</summary>',
      '',
    ])
    const block = summary.slice(summary.indexOf('```text\n'), summary.indexOf('\n```\n'))
    expect(block.split('\n').filter((line) => line.includes(uuid))).toHaveLength(2)
    expect(widthProblems(summary)).toEqual([])
    expect(liveMarkdown(summary)).toEqual([])
  })
})

describe('at a pull request’s width, as GitHub renders it', () => {
  const long = (status: EnsureResult['status'], mode: EnsureResult['mode'] = 'plan'): EnsureResult => {
    const wide = resolvedScope({ ...desired, description: `${'a long description '.repeat(20)}\`\`\` end` })
    const r = result(status, mode)
    return { ...r, desired: wide, plan: planScope(wide, r.plan.action === 'create' ? undefined : current) }
  }
  const rendered: [string, string][] = [
    ['drift plan summary', summaryOf(long('would-update'))],
    ['drift plan comment', renderPlanComment(long('would-update'), push, none)],
    ['create summary', summaryOf(long('would-create'))],
    ['create comment', renderPlanComment(long('would-create'), push, none)],
    ['verify failure summary', summaryOf(long('would-update', 'verify'))],
    ['error summary', summaryOf(undefined, { error: `Globus Auth refused ${'x'.repeat(400)}`, mode: 'verify' })],
  ]

  it.each(rendered)('fits the %s: no code line over 110 characters, no wide table, no empty header', (_, md) => {
    expect(widthProblems(md)).toEqual([])
    expect(liveMarkdown(md)).toEqual([])
  })

  it('finds what the old layout had: an empty header row and three long columns', () => {
    const old = `| | |\n|---|---|\n| a | b |\n\n| Field | In Globus Auth | In file |\n|---|---|---|\n| x | \`${'y'.repeat(60)}\` | \`${'z'.repeat(60)}\` |\n`
    expect(widthProblems(old)).toEqual([
      'a table with an empty header row',
      expect.stringMatching(/^a table row of \d+/),
    ])
    expect(widthProblems(`\`\`\`\n${'x'.repeat(111)}\n\`\`\`\n`)).toEqual([expect.stringMatching(/^code line of 111/)])
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
    const comment = renderPlanComment(huge('x'.repeat(70_000)), push, none)
    expect(comment.length).toBeLessThan(65_536 - 100)
    expect(comment).toContain('### Globus Auth scope plan: will change')
    expect(comment).toContain('Planned at commit `3f9c2a1`')
    expect(comment).toMatch(
      /The differences are too long for a comment \(\d+ characters\): they are in the job summary/,
    )
  })
})
