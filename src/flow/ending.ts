// The one builder of the Outcomes that end a run without a result: failed (any error, at any
// point) and skipped (a plan that cannot be made here). Problems that have a place in the scope
// file become annotations there; the failure line counts them and says where they are.
import { GlobusAuthError } from '../globus/errors.ts'
import { UnknownDependentScopeError } from '../modes/ensure/dependent-scopes.ts'
import { NewScopeSuffixError, SUFFIX_PATH } from '../modes/ensure/new-suffix.ts'
import { annotatedProblems, fileFailure } from '../report/file-problems.ts'
import { renderSummary } from '../report/summary.ts'
import { ScopeFileError } from '../scope-file/problems.ts'
import type { ScopeFile } from '../scope-file/read.ts'
import { fieldPath } from '../text/field-path.ts'
import type { Redactor } from '../text/redact.ts'
import type { Annotation, Outcome } from './outcome.ts'

/** What is known of a run when it ends: what the summary and the outputs can still say. */
export interface RunContext {
  mode: string
  /** The scope file as the user named it. */
  scopeFile: string
  /** Undefined when Globus Auth was not reached (or not even known). */
  authUrl: string | undefined
  requests: number
  /** The scope string, when it can be known; `if: always()` steps can branch on it. */
  scopeString?: string
}

export function failedOutcome(error: unknown, context: RunContext, redactor: Redactor, scopeFile?: ScopeFile): Outcome {
  const problems = fileProblems(error, scopeFile)
  // Refused credentials: the way out is the failure; what Globus answered to which request is
  // detail, in the log before it and folded away in the summary.
  const refused =
    error instanceof GlobusAuthError && error.refusal ? { words: error.refusal, detail: error.answer } : undefined
  // The file's problems, each annotated at its line; the failure counts them.
  const failure = problems
    ? fileFailure(problems)
    : (refused?.words ?? (error instanceof Error ? error.message : String(error)))
  return {
    log: refused ? [refused.detail] : [],
    debug: error instanceof Error && error.stack ? [error.stack] : [],
    annotations: problems ? annotationsOf(problems) : [],
    outputs: { status: 'failed', scope_string: context.scopeString ?? '', scope_id: '' },
    comment: undefined,
    summary: renderSummary(
      {
        ...context,
        result: undefined,
        error: failure,
        ...(problems ? { fileError: problems } : {}),
        ...(refused ? { refused } : {}),
      },
      redactor,
    ),
    failure,
  }
}

/** Plan mode on a pull request without credentials: a fork's, or Dependabot's. Nothing is sent. */
export function skippedOutcome(scopeFile: string, redactor: Redactor): Outcome {
  const why =
    'Skipped: this pull request gets no secrets or variables (a pull request from a fork, or from Dependabot), ' +
    'so client_id and client_secret are empty and the plan cannot be made here. It is made for a pull ' +
    'request from a branch of this repository: a maintainer can push the change to one and open it there.'
  return {
    log: [],
    debug: [],
    annotations: [{ level: 'notice', message: why, title: 'Globus Auth scope plan skipped' }],
    outputs: { status: 'skipped', scope_string: '', scope_id: '' },
    comment: undefined,
    summary: renderSummary(
      { result: undefined, error: undefined, skipped: why, mode: 'plan', scopeFile, authUrl: undefined, requests: 0 },
      redactor,
    ),
    failure: undefined,
  }
}

/**
 * The scope file's problems, each at its place: the file's own, dependent scopes Globus does not
 * know, or a new scope's suffix.
 */
function fileProblems(error: unknown, scopeFile: ScopeFile | undefined): ScopeFileError | undefined {
  if (error instanceof ScopeFileError) return error
  if (error instanceof UnknownDependentScopeError && scopeFile) {
    const problems = error.problems.map((p) => ({
      field: fieldPath(p.path),
      message: p.message,
      ...scopeFile.positionOf(p.path),
    }))
    const what = problems.length === 1 ? 'a dependent scope' : 'dependent scopes'
    return new ScopeFileError(scopeFile.file, problems, `names ${what} Globus Auth did not find; nothing was changed`)
  }
  if (error instanceof NewScopeSuffixError && scopeFile) {
    const problem = { field: fieldPath(SUFFIX_PATH), message: error.problem, ...scopeFile.positionOf(SUFFIX_PATH) }
    return new ScopeFileError(
      scopeFile.file,
      [problem],
      'names a scope_suffix a new scope cannot have; nothing was changed',
    )
  }
  return undefined
}

/** One annotation per problem at its line; none for a file that was not read (the failure says it). */
function annotationsOf(error: ScopeFileError): Annotation[] {
  return annotatedProblems(error).map((problem) => ({
    level: 'error',
    message: `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
    title: 'Invalid scope file',
    file: error.file,
    ...(problem.line ? { line: problem.line, column: problem.column } : {}),
  }))
}
