// A scope file's problems as the reason a run failed, the cause first: the failure line and the
// summary name the problems themselves, not only the annotations at their lines.
import type { FileProblem, ScopeFileError } from '../scope-file/problems.ts'
import type { Markdown } from '../text/markdown.ts'
import { counted, sentence } from './words.ts'

/** Problems named in the failure line; the summary names every one the error kept. */
export const PROBLEMS_IN_FAILURE = 3

/** `line 3, column 14: scope.name: is required`. Outside text (keys, values) unquoted. */
export function problemText(problem: FileProblem): string {
  const where = problem.line ? `line ${problem.line}, column ${problem.column ?? 1}: ` : ''
  return `${where}${problem.field ? `${problem.field}: ` : ''}${problem.message}`
}

const total = (error: ScopeFileError) => error.problems.length + error.omitted

/** The failure line: what is wrong and the first few problems, each at its line. */
export function fileFailure(error: ScopeFileError): string {
  // A file not read has one problem, which says it all: `does not exist; did you mean …?`
  const [only] = error.problems
  if (error.unread && only) return `The scope file ${error.file} ${only.message}.`
  const named = error.problems.slice(0, PROBLEMS_IN_FAILURE).map(problemText)
  // Annotated are the problems kept (MAX_PROBLEMS); the rest are only counted.
  const annotated = error.problems.length - named.length
  const more =
    (annotated > 0 ? `; ${annotated} more annotated at their lines` : '') +
    (error.omitted > 0 ? `${annotated > 0 ? ',' : ';'} ${error.omitted} more not shown` : '')
  return `The scope file ${error.file} ${error.predicate} (${counted(total(error), 'problem')}): ${named.join('; ')}${more}.`
}

/** The same for the summary: our words as prose, the problems (outside text) in a code block. */
export function fileFailureMarkdown(error: ScopeFileError, md: Markdown): string[] {
  const file = `The scope file ${md.code(error.file)} ${error.predicate}`
  if (error.unread) {
    const { suggestion, advice } = error.unread
    const meant = suggestion ? ` Did you mean ${md.code(suggestion)}?` : ''
    const then = advice ? ` ${suggestion ? `If not, ${advice}` : sentence(advice)}.` : ''
    return [`${file}.${meant}${then}`]
  }
  const shown = error.omitted > 0 ? ` (the first ${error.problems.length} here)` : ''
  return [
    `${file}: ${counted(total(error), 'problem')}${shown}, each also annotated at its line.`,
    '',
    md.fenced(error.problems.map(problemText).join('\n'), 'text'),
  ]
}
