// A broken scope file as the run's failure: the cause first, the problems themselves named in the
// failure line and the summary (not only in annotations), a missing file never called invalid.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fileFailure, fileFailureMarkdown } from '../../../src/report/file-problems.ts'
import { renderSummary } from '../../../src/report/summary.ts'
import { type FileProblem, ScopeFileError } from '../../../src/scope-file/problems.ts'
import { markdown } from '../../../src/text/markdown.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { liveMarkdown } from '../../../test-support/boundary/checks.ts'
import { hostileText } from '../../../test-support/boundary/hostile.ts'
import { widthProblems } from '../../../test-support/render-checks.ts'

const md = markdown(new Redactor())
const echoes = { secret: 's'.repeat(20), basic: 'b'.repeat(20), token: 't'.repeat(20) }
const FILE = 'globus-scope.json'
const syntax: FileProblem[] = [
  { field: '', message: 'JSON does not allow comments', line: 3, column: 14 },
  { field: '', message: 'trailing comma: JSON does not allow a comma before } or ]', line: 16, column: 39 },
  { field: '', message: 'invalid JSON: a comma is missing before this', line: 20, column: 5 },
  { field: 'scope.name', message: 'is required (string)', line: 2, column: 3 },
]
const missing = new ScopeFileError(
  'globus-scopes.json',
  [{ field: '', message: 'does not exist; did you mean globus-scope.json? If not, create it' }],
  'does not exist',
  { advice: 'create it (see the README)', suggestion: 'globus-scope.json' },
)

describe('fileFailure', () => {
  it('names the first three problems at their lines, and counts the rest', () => {
    expect(fileFailure(new ScopeFileError(FILE, syntax.slice(0, 3)))).toBe(
      'The scope file globus-scope.json is not valid (3 problems): line 3, column 14: JSON does not allow comments; ' +
        'line 16, column 39: trailing comma: JSON does not allow a comma before } or ]; ' +
        'line 20, column 5: invalid JSON: a comma is missing before this.',
    )
    expect(fileFailure(new ScopeFileError(FILE, syntax))).toMatch(
      /\(4 problems\): .*; line 20, column 5: [^;]*; 1 more annotated at their lines\.$/,
    )
  })

  it('says a missing file does not exist, with the name it may have meant', () => {
    expect(fileFailure(missing)).toBe(
      'The scope file globus-scopes.json does not exist; did you mean globus-scope.json? If not, create it.',
    )
  })
})

describe('fileFailureMarkdown', () => {
  it('starts its advice with the input name as the user writes it: scope_file, never Scope_file', () => {
    const outside = new ScopeFileError(
      '../elsewhere.json',
      [{ field: '', message: 'is outside the repository checkout; scope_file must name a file inside it' }],
      'is outside the repository checkout',
      { advice: 'scope_file must name a file inside the repository checkout' },
    )
    expect(fileFailureMarkdown(outside, md)).toEqual([
      'The scope file `../elsewhere.json` is outside the repository checkout. scope_file must name a file inside the repository checkout.',
    ])
    expect(fileFailureMarkdown(new ScopeFileError('x', [], 'does not exist', { advice: 'create it' }), md)).toEqual([
      'The scope file `x` does not exist. Create it.',
    ])
  })

  it('says what is wrong in words, and lists the problems in a code block', () => {
    expect(fileFailureMarkdown(new ScopeFileError(FILE, syntax.slice(0, 2)), md)).toEqual([
      'The scope file `globus-scope.json` is not valid: 2 problems, each also annotated at its line.',
      '',
      [
        '```text',
        'line 3, column 14: JSON does not allow comments',
        'line 16, column 39: trailing comma: JSON does not allow a comma before } or ]',
        '```',
      ].join('\n'),
    ])
    expect(fileFailureMarkdown(missing, md)).toEqual([
      'The scope file `globus-scopes.json` does not exist. Did you mean `globus-scope.json`? If not, create it (see the README).',
    ])
  })

  it('keeps any field name or value from the file out of live Markdown, and within the width', () => {
    fc.assert(
      fc.property(hostileText(echoes), hostileText(echoes), (value, file) => {
        const hostile = `${value}${'x'.repeat(120)}`
        const error = new ScopeFileError(`${file}.json`, [
          { field: hostile, message: `no scope "${hostile}" was found`, line: 1, column: 1 },
        ])
        const summary = renderSummary(
          {
            result: undefined,
            error: fileFailure(error),
            fileError: error,
            scopeFile: error.file,
            authUrl: undefined,
            requests: 0,
          },
          new Redactor(),
        )
        expect(liveMarkdown(summary)).toEqual([])
        expect(widthProblems(summary)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})

describe('fileFailure, with more problems than are kept', () => {
  it('says how many are annotated and how many are only counted', () => {
    const many = Array.from({ length: 35_001 }, (_, i) => ({
      field: '',
      message: 'invalid JSON',
      line: i + 1,
      column: 1,
    }))
    expect(fileFailure(new ScopeFileError(FILE, many))).toMatch(
      /\(35001 problems\): .*; 17 more annotated at their lines, 34981 more not shown\.$/,
    )
  })
})
