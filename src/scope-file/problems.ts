// What is wrong with a scope file, each problem at its place (line, column, field), so that it
// can be fixed, and annotated, in place.

export interface FileProblem {
  /** Path of the field, e.g. `scope.dependent_scopes[1].optional`; empty for the whole file. */
  field: string
  message: string
  line?: number
  column?: number
}

/** Problems named at most; a file of junk would otherwise make thousands. */
export const MAX_PROBLEMS = 20

/** A scope file that could not be read at all: what to do, and the file the user may have meant. */
export interface Unread {
  /** Ours, never untrusted text: `create it (see the README) or …`. */
  advice: string | undefined
  /** The closest existing `*.json` beside a missing file, as the user would write its path. */
  suggestion?: string
}

export class ScopeFileError extends Error {
  override name = 'ScopeFileError'
  readonly file: string
  /** The first MAX_PROBLEMS problems, in reading order. */
  readonly problems: FileProblem[]
  /** How many more problems there were, for the caller to say. */
  readonly omitted: number
  /** What is wrong with the file, in our words: `is not valid`, `does not exist`. */
  readonly predicate: string
  /** Set when the file could not be read at all (its one problem says the same in a line). */
  readonly unread: Unread | undefined
  constructor(file: string, problems: FileProblem[], predicate = 'is not valid', unread?: Unread) {
    const shown = problems.slice(0, MAX_PROBLEMS)
    const omitted = problems.length - shown.length
    const more = omitted > 0 ? `\n  ${moreProblems(omitted)}` : ''
    super(`The scope file ${file} ${predicate}:\n${shown.map((p) => `  ${formatProblem(file, p)}`).join('\n')}${more}`)
    this.file = file
    this.problems = shown
    this.omitted = omitted
    this.predicate = predicate
    this.unread = unread
  }
}

/** `…and 3 more problems`: those past MAX_PROBLEMS, counted only. */
const moreProblems = (omitted: number) => `…and ${omitted} more problem${omitted === 1 ? '' : 's'}`

function formatProblem(file: string, problem: FileProblem): string {
  const where = problem.line ? `${file}:${problem.line}:${problem.column ?? 1}` : file
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`
}
