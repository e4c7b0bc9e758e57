// The whole run as a function: settings and collaborators in, an Outcome out. It knows nothing
// of the runner: run() in main.ts reads the inputs and renders the Outcome.
import { UnknownDependentScopeError } from './dependent-scopes.ts'
import { type EnsureResult, ensureScope } from './ensure.ts'
import type { AuthClient, AuthLog } from './globus/client.ts'
import type { Settings } from './inputs.ts'
import type { Annotation, Outcome } from './outcome.ts'
import { driftedFields } from './plan.ts'
import type { Redactor } from './redact.ts'
import { GROUPS_WARNING, logLines } from './report.ts'
import { type FileProblem, fieldName, readScopeFile, type ScopeFile, ScopeFileError } from './scope-file.ts'
import { renderPlanComment, renderSummary } from './summary.ts'

export interface Collaborators {
  auth: AuthClient
  redactor: Redactor
  /** Progress, printed as it happens. */
  log: AuthLog
}

/** At most this many problems become annotations; one more line counts the rest. */
export const MAX_ANNOTATIONS = 20

export async function execute(settings: Settings, io: Collaborators): Promise<Outcome> {
  const outcome: Outcome = {
    log: [],
    debug: [],
    annotations: [],
    outputs: undefined,
    comment: undefined,
    summary: '',
    failure: undefined,
  }
  let scopeFile: ScopeFile | undefined
  let result: EnsureResult | undefined
  try {
    scopeFile = await readScopeFile(settings.scopeFile)
    io.log.info(`Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`)
    result = await ensureScope(io.auth, scopeFile.desired, settings.mode, io.log)
    outcome.log.push(...logLines(result))
    if (result.missingGroups) {
      outcome.annotations.push({
        level: 'warning',
        message: GROUPS_WARNING,
        title: 'No Globus Groups dependent scope',
        file: settings.scopeFile.display,
      })
    }
    outcome.outputs = {
      status: result.status,
      scope_string: result.scopeString,
      scope_id: result.scope?.id ?? '',
    }
    if (settings.mode === 'plan') {
      outcome.comment = {
        scope: { authUrl: settings.authUrl, clientId: settings.clientId, scopeSuffix: scopeFile.desired.scope_suffix },
        body: renderPlanComment(result, settings.scopeFile.display, io.redactor),
        hasChanges: result.plan.action !== 'none',
      }
    }
    if (settings.mode === 'verify' && result.status !== 'unchanged') outcome.failure = verifyFailure(result, settings)
  } catch (error) {
    outcome.failure = failureOf(error, scopeFile, outcome)
  }
  outcome.summary = renderSummary(
    {
      result,
      error: outcome.failure,
      scopeFile: settings.scopeFile.display,
      authUrl: settings.authUrl,
      requests: io.auth.requestCount,
    },
    io.redactor,
  )
  return outcome
}

function verifyFailure(result: EnsureResult, settings: Settings): string {
  return result.status === 'would-create'
    ? `The scope ${result.scopeString} does not exist. Run this action with mode: ensure to create it.`
    : `The scope ${result.scopeString} differs from ${settings.scopeFile.display} in: ` +
        `${driftedFields(result.plan.drift)}. Run this action with mode: ensure to update it.`
}

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
