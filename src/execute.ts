// The whole run as a function: settings and collaborators in, an Outcome out. It knows nothing
// of the runner: run() in main.ts reads the inputs and renders the Outcome.
import { type EnsureResult, ensureScope } from './ensure.ts'
import { executeExport } from './export-run.ts'
import { failureOf } from './failure.ts'
import type { AuthClient, AuthLog } from './globus/client.ts'
import { scopeStringFor } from './globus/scope-string.ts'
import type { Settings } from './inputs.ts'
import { emptyOutcome, type Outcome } from './outcome.ts'
import { driftedFields } from './plan.ts'
import type { Redactor } from './redact.ts'
import { GROUPS_WARNING, logLines } from './report.ts'
import { readScopeFile, type ScopeFile } from './scope-file.ts'
import { renderPlanComment, renderSummary } from './summary.ts'

export interface Collaborators {
  auth: AuthClient
  redactor: Redactor
  /** Progress, printed as it happens. */
  log: AuthLog
}

/** `scopeFile`: already read and checked (the early start did), else read here. */
export async function execute(settings: Settings, io: Collaborators, scopeFile?: ScopeFile): Promise<Outcome> {
  if (settings.mode === 'export') return executeExport(settings, io)
  const mode = settings.mode
  const outcome = emptyOutcome()
  let file: ScopeFile | undefined = scopeFile
  let result: EnsureResult | undefined
  try {
    file ??= await readScopeFile(settings.scopeFile)
    io.log.info(`Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`)
    result = await ensureScope(io.auth, file.desired, mode, io.log)
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
    if (mode === 'plan') {
      outcome.comment = {
        scope: { authUrl: settings.authUrl, clientId: settings.clientId, scopeSuffix: file.desired.scope_suffix },
        body: renderPlanComment(result, settings.scopeFile.display, io.redactor),
        hasChanges: result.plan.action !== 'none',
      }
    }
    if (mode === 'verify' && result.status !== 'unchanged') outcome.failure = verifyFailure(result, settings)
  } catch (error) {
    outcome.failure = failureOf(error, file, outcome)
    // What is known stays known, so `if: always()` steps can branch on it.
    const scopeString = file ? scopeStringFor(settings.clientId, file.desired.scope_suffix) : ''
    outcome.outputs = { status: 'failed', scope_string: result?.scopeString ?? scopeString, scope_id: '' }
    result = undefined
  }
  outcome.summary = renderSummary(
    {
      result,
      error: outcome.failure,
      mode,
      scopeString: outcome.outputs?.scope_string,
      scopeFile: settings.scopeFile.display,
      authUrl: settings.authUrl,
      requests: io.auth.requestCount,
    },
    io.redactor,
  )
  return outcome
}

/** Plan mode on a pull request without credentials: a fork's, or Dependabot's. Nothing is sent. */
export function skippedOutcome(scopeFile: string, redactor: Redactor): Outcome {
  const outcome = emptyOutcome()
  const why =
    'Skipped: this pull request gets no secrets or variables (a pull request from a fork, or from Dependabot), ' +
    'so client_id and client_secret are empty and the plan cannot be made here. It is made when the change ' +
    'reaches a branch of this repository; a maintainer can also run the workflow by hand.'
  outcome.annotations.push({ level: 'notice', message: why, title: 'Globus Auth scope plan skipped' })
  outcome.outputs = { status: 'skipped', scope_string: '', scope_id: '' }
  outcome.summary = renderSummary(
    { result: undefined, error: undefined, skipped: why, mode: 'plan', scopeFile, authUrl: undefined, requests: 0 },
    redactor,
  )
  return outcome
}

function verifyFailure(result: EnsureResult, settings: Settings): string {
  return result.status === 'would-create'
    ? `The scope ${result.scopeString} does not exist. Run this action with mode: ensure to create it.`
    : `The scope ${result.scopeString} differs from ${settings.scopeFile.display} in: ` +
        `${driftedFields(result.plan.drift)}. Run this action with mode: ensure to update it.`
}
