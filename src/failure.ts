// A run that failed: the failure line, and the problems that have a place in the scope file as
// annotations there (at most MAX_ANNOTATIONS, and one more that counts the rest).
import { UnknownDependentScopeError } from './dependent-scopes.ts'
import type { Outcome } from './outcome.ts'
import { type FileProblem, fieldName, type ScopeFile, ScopeFileError } from './scope-file.ts'

/** At most this many problems become annotations; one more line counts the rest. */
export const MAX_ANNOTATIONS = 20

/** The failure line; problems with a place in the scope file are annotated there instead. */
export function failureOf(error: unknown, scopeFile: ScopeFile | undefined, outcome: Outcome): string {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof Error && error.stack) outcome.debug.push(error.stack)
  const problems = fileProblems(error, scopeFile)
  if (!problems) return message
  const total = problems.list.length + problems.omitted
  for (const problem of problems.list.slice(0, MAX_ANNOTATIONS)) {
    outcome.annotations.push({
      level: 'error',
      message: `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
      title: 'Invalid scope file',
      file: problems.file,
      ...(problem.line ? { line: problem.line, column: problem.column } : {}),
    })
  }
  if (total > MAX_ANNOTATIONS) {
    outcome.annotations.push({
      level: 'error',
      message: `…and ${total - MAX_ANNOTATIONS} more problems in ${problems.file}; fix these first and run again.`,
      title: 'Invalid scope file',
      file: problems.file,
    })
  }
  // Annotated problems are not repeated in the failure line, only summed up.
  const headline = message.split('\n')[0]?.replace(/:$/, '')
  return `${headline}; see the annotations on ${problems.file}.`
}

function fileProblems(
  error: unknown,
  scopeFile: ScopeFile | undefined,
): { file: string; list: FileProblem[]; omitted: number } | undefined {
  if (error instanceof ScopeFileError) {
    return { file: error.file, list: error.problems, omitted: error.omitted }
  }
  if (error instanceof UnknownDependentScopeError && scopeFile) {
    const list = error.problems.map((p) => ({
      field: fieldName(p.path),
      message: p.message,
      ...scopeFile.positionOf(p.path),
    }))
    return { file: scopeFile.file, list, omitted: 0 }
  }
  return undefined
}
