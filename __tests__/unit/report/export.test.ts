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
