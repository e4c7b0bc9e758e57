// What mode: export shows: each scope file whole, to copy, and everything around it within a pull
// request's width; a scope without Globus Groups warned of once in the log (by its annotation).
import { describe, expect, it } from 'vitest'
import type { ExportedScope } from '../../../src/modes/export/export.ts'
import { exportLogLines, renderExportSummary } from '../../../src/report/export.ts'
import { committedJson } from '../../../src/text/committed-json.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { heldScope, resolvedScope } from '../../../test-support/fixtures.ts'
import { widthProblems } from '../../../test-support/render-checks.ts'

const scope = heldScope(
  resolvedScope({
    name: 'An Action Provider with a name as long as some are',
    description: `Runs ${'and monitors '.repeat(12)}actions on your behalf.`,
    dependent_scopes: [],
  }),
  { scope_string: `https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/${'a_long_suffix_'.repeat(6)}` },
)
const text = committedJson({ scope: { name: scope.name, description: scope.description } })
const exported: ExportedScope[] = [{ scope, text, problem: undefined, missingGroups: true }]
const path = `/home/runner/work/${'a-long-repository-name/'.repeat(3)}globus-scope.json`

describe('the export summary', () => {
  const summary = renderExportSummary(exported, { kind: 'written' }, 'globus-scope.json', path, new Redactor())

  it('holds each scope file whole in one block, to copy', () => {
    const blocks = [...summary.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1])
    expect(blocks).toEqual([text.trimEnd()])
  })

  it('fits a pull request’s width but for the file’s own long lines', () => {
    expect(widthProblems(summary, { jsonMayScroll: true })).toEqual([])
    // The long line is the file's description: the one thing that may scroll.
    expect(widthProblems(summary)).toEqual([expect.stringMatching(/^code line of \d+ columns: +"description": "Runs/)])
  })
})

describe('the export log', () => {
  it('warns of a scope without Globus Groups only in its annotation, not in the log too', () => {
    const lines = exportLogLines(exported, { kind: 'written' }, 'globus-scope.json', path)
    expect(lines.join('\n')).not.toContain('Globus Groups')
  })
})

describe('many large scopes', () => {
  // 40 scopes of 9,000 characters, each naming 100 dependents: far more than GitHub takes.
  const many: ExportedScope[] = Array.from({ length: 40 }, (_, i) => {
    const held = heldScope(resolvedScope({ name: `Scope ${i}`, description: 'y'.repeat(9000), dependent_scopes: [] }), {
      scope_string: `https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/scope_${i}`,
    })
    const dependents = Array.from({ length: 100 }, (_, d) => ({
      scope: `https://auth.globus.org/scopes/0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f/dep${d}`,
      optional: false,
      requires_refresh_token: false,
    }))
    const file = committedJson({
      scope: { name: held.name, description: held.description, dependent_scopes: dependents },
    })
    return { scope: held, text: file, problem: undefined, missingGroups: false }
  })

  it('keeps the summary and the log within GitHub’s limits, saying what was left out and naming every scope', () => {
    const summary = renderExportSummary(many, { kind: 'several', count: 40 }, 'globus-scope.json', path, new Redactor())
    const log = exportLogLines(many, { kind: 'several', count: 40 }, 'globus-scope.json', path).join('\n')
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(512 * 1024)
    expect(Buffer.byteLength(log)).toBeLessThan(1024 * 1024)
    for (const text of [summary, log]) expect(text).toMatch(/The scope files of the last \d+ scopes are left out here/)
    for (let i = 0; i < 40; i++) expect(log).toContain(`/scope_${i} (id `)
  })
})
