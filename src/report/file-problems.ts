// A scope file's problems as the reason a run failed, the cause first. Each problem is said once:
// as an annotation at its line (and in the summary's list); the failure line counts them and says
// where they are, rather than repeating them on one line.
import type { FileProblem, ScopeFileError } from '../scope-file/problems.ts'
import type { Markdown } from '../text/markdown.ts'
import { counted, listed, sentence } from './phrasing.ts'

/**
 * Problems annotated at their lines at most. GitHub shows 10 error annotations of a step and drops
 * the rest, first come first kept: one is left for the failure line, which is written last.
 */
export const ANNOTATED_PROBLEMS = 9

/** The problems annotated at their lines: the first few, and none for a file that was not read. */
export const annotatedProblems = (error: ScopeFileError): FileProblem[] =>
  error.unread ? [] : error.problems.slice(0, ANNOTATED_PROBLEMS)

/** `line 3, column 14: scope.name: is required`. Untrusted text (keys, values) unquoted. */
function problemText(problem: FileProblem): string {
  const where = problem.line ? `line ${problem.line}, column ${problem.column ?? 1}: ` : ''
  return `${where}${problem.field ? `${problem.field}: ` : ''}${problem.message}`
}

const total = (error: ScopeFileError) => error.problems.length + error.omitted

/** Where the annotations are: `annotated at lines 3 and 20`, or on the file when none has a line. */
function annotatedWhere(problems: FileProblem[]): string {
  const lines = [...new Set(problems.flatMap((p) => (p.line ? [p.line] : [])))].sort((a, b) => a - b)
  if (lines.length === 0) return 'annotated on the file'
  return `annotated at ${lines.length === 1 ? 'line' : 'lines'} ${listed(lines.map(String))}`
}

/**
 * The failure line: what is wrong, how many problems, and where they are annotated. A file not
 * read has one problem, which says it all (`does not exist; did you mean …?`), and no annotation.
 */
export function fileFailure(error: ScopeFileError): string {
  const [only] = error.problems
  if (error.unread && only) return `The scope file ${error.file} ${only.message}.`
  const annotated = annotatedProblems(error)
  const count = counted(total(error), 'problem')
  if (annotated.length === total(error)) {
    return `The scope file ${error.file} ${error.predicate} (${count}, ${annotatedWhere(annotated)}).`
  }
  const summary = error.omitted > 0 ? `the first ${error.problems.length}` : 'all'
  return (
    `The scope file ${error.file} ${error.predicate} (${count}: the first ${annotated.length} annotated at their ` +
    `lines, ${summary} listed in the job summary).`
  )
}

/** The same for the summary: our words as prose, the problems (untrusted text) in a code block. */
export function fileFailureMarkdown(error: ScopeFileError, md: Markdown): string[] {
  const file = `The scope file ${md.code(error.file)} ${error.predicate}`
  if (error.unread) {
    const { suggestion, advice } = error.unread
    const meant = suggestion ? ` Did you mean ${md.code(suggestion)}?` : ''
    const then = advice ? ` ${suggestion ? `If not, ${advice}` : sentence(advice)}.` : ''
    return [`${file}.${meant}${then}`]
  }
  const shown =
    error.omitted > 0 ? ` (the first ${error.problems.length} here; fix them and run again for the rest)` : ''
  const annotated = annotatedProblems(error).length
  const also =
    annotated === error.problems.length
      ? error.problems.length === 1
        ? 'also annotated at its line'
        : 'each also annotated at its line'
      : `the first ${annotated} also annotated at their lines`
  return [
    `${file}: ${counted(total(error), 'problem')}${shown}, ${also}.`,
    '',
    md.fenced(error.problems.map(problemText).join('\n'), 'text'),
  ]
}
