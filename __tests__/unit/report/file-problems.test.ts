// A broken scope file as the run's failure: the cause first, each problem said once (annotated at
// its line, listed in the summary), the failure line counting them and saying where they are, a
// missing file never called invalid and never annotated.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ANNOTATED_PROBLEMS,
  annotatedProblems,
  fileFailure,
  fileFailureMarkdown,
} from '../../../src/report/file-problems.ts'
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
  it('counts the problems and says at which lines they are annotated, without repeating them', () => {
    expect(fileFailure(new ScopeFileError(FILE, syntax.slice(0, 3)))).toBe(
      'The scope file globus-scope.json is not valid (3 problems, annotated at lines 3, 16 and 20).',
    )
    expect(fileFailure(new ScopeFileError(FILE, syntax.slice(1, 2)))).toBe(
      'The scope file globus-scope.json is not valid (1 problem, annotated at line 16).',
    )
    // Lines in order, each once.
    expect(fileFailure(new ScopeFileError(FILE, [...syntax, { ...syntax[3]!, field: 'scope.description' }]))).toBe(
      'The scope file globus-scope.json is not valid (5 problems, annotated at lines 2, 3, 16 and 20).',
    )
    expect(fileFailure(new ScopeFileError(FILE, [{ field: '', message: 'is empty' }]))).toBe(
      'The scope file globus-scope.json is not valid (1 problem, annotated on the file).',
    )
  })

  it('says a missing file does not exist, with the name it may have meant', () => {
    expect(fileFailure(missing)).toBe(
      'The scope file globus-scopes.json does not exist; did you mean globus-scope.json? If not, create it.',
    )
  })
})

describe('annotatedProblems', () => {
  it('leaves room for the failure line among the 10 error annotations GitHub shows of a step', () => {
    expect(ANNOTATED_PROBLEMS).toBe(9)
    const twelve = Array.from({ length: 12 }, (_, i) => ({ field: '', message: 'x', line: i + 1, column: 1 }))
    expect(annotatedProblems(new ScopeFileError(FILE, twelve))).toEqual(twelve.slice(0, 9))
  })

  it('annotates nothing of a file that was not read: the failure line says it once', () => {
    expect(annotatedProblems(missing)).toEqual([])
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

describe('fileFailure, with more problems than are annotated or kept', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ field: '', message: 'invalid JSON', line: i + 1, column: 1 }))

  it('says how many are annotated and where the rest are listed', () => {
    expect(fileFailure(new ScopeFileError(FILE, many(12)))).toBe(
      'The scope file globus-scope.json is not valid (12 problems: the first 9 annotated at their lines, all listed in the job summary).',
    )
    expect(fileFailure(new ScopeFileError(FILE, many(35_001)))).toBe(
      'The scope file globus-scope.json is not valid (35001 problems: the first 9 annotated at their lines, the first 20 listed in the job summary).',
    )
  })

  it('says the same in the summary, above the problems it lists', () => {
    expect(fileFailureMarkdown(new ScopeFileError(FILE, many(35_001)), md)[0]).toBe(
      'The scope file `globus-scope.json` is not valid: 35001 problems (the first 20 here; fix them and run again ' +
        'for the rest), the first 9 also annotated at their lines.',
    )
  })
})
