// The whole run as a function: settings and collaborators in, an Outcome out. It knows nothing
// of the runner: the runner reads the inputs, passes the collaborators, and renders the Outcome.
import type { AuthClient, AuthLog } from '../globus/client.ts'
import { scopeStringFor } from '../globus/scope-string.ts'
import { ensureScope } from '../modes/ensure/ensure.ts'
import { exportScopes } from '../modes/export/export.ts'
import { writeExport } from '../modes/export/write.ts'
import { exportLogLines, renderExportSummary } from '../report/export.ts'
import { GROUPS_WARNING, resultLines, verifyFailure } from '../report/lines.ts'
import { type Push, renderPlanComment, renderSummary } from '../report/summary.ts'
import { readScopeFile, type ScopeFile, type ScopeFileLocation } from '../scope-file/read.ts'
import type { ScopeMode } from '../settings/modes.ts'
import type { Settings } from '../settings/settings.ts'
import type { Redactor } from '../text/redact.ts'
import { failedOutcome, type RunContext } from './ending.ts'
import type { Annotation, Outcome } from './outcome.ts'

export interface Collaborators {
  auth: AuthClient
  redactor: Redactor
  /** Progress, printed as it happens. */
  log: AuthLog
  /** Reads and checks the scope file; the runner passes the file the boot already read. */
  readScopeFile?: (location: ScopeFileLocation) => Promise<ScopeFile>
  /** The commit and the run a plan comment names; the runner reads and checks them. */
  push?: Push
}

export async function execute(settings: Settings, io: Collaborators): Promise<Outcome> {
  const context: RunContext = {
    mode: settings.mode,
    scopeFile: settings.scopeFile.display,
    authUrl: settings.authUrl,
    requests: 0,
  }
  const failed = (error: unknown, known: Partial<RunContext> = {}, file?: ScopeFile) =>
    failedOutcome(error, { ...context, ...known, requests: io.auth.requestCount }, io.redactor, file)
  if (settings.mode === 'export') return executeExport(settings, io).catch((error) => failed(error))
  let file: ScopeFile | undefined
  try {
    file = await (io.readScopeFile ?? readScopeFile)(settings.scopeFile)
    return await executeScope(settings, settings.mode, file, io)
  } catch (error) {
    // What is known stays known, so `if: always()` steps can branch on it.
    const scopeString = file ? scopeStringFor(settings.clientId, file.desired.scope_suffix) : ''
    return failed(error, { scopeString }, file)
  }
}

async function executeScope(settings: Settings, mode: ScopeMode, file: ScopeFile, io: Collaborators): Promise<Outcome> {
  io.log.info(globusAuthLine(settings))
  const result = await ensureScope(io.auth, file.desired, mode, io.log)
  const outcome: Outcome = {
    log: resultLines(result),
    debug: [],
    annotations: result.missingGroups ? [groupsWarning(GROUPS_WARNING, settings.scopeFile.display)] : [],
    outputs: { status: result.status, scope_string: result.scopeString, scope_id: result.scope?.id ?? '' },
    comment:
      mode === 'plan'
        ? {
            scope: { authUrl: settings.authUrl, clientId: settings.clientId, scopeSuffix: file.desired.scope_suffix },
            body: renderPlanComment(result, io.push ?? {}, io.redactor),
            hasChanges: result.plan.action !== 'none',
          }
        : undefined,
    summary: '',
    failure:
      mode === 'verify' && result.status !== 'unchanged'
        ? verifyFailure(result, settings.scopeFile.display)
        : undefined,
  }
  outcome.summary = renderSummary(
    {
      result,
      error: outcome.failure,
      mode,
      scopeFile: settings.scopeFile.display,
      authUrl: settings.authUrl,
      requests: io.auth.requestCount,
    },
    io.redactor,
  )
  return outcome
}

/** mode: export: the client's scopes as scope files; the file written when it can be. */
async function executeExport(settings: Settings, io: Collaborators): Promise<Outcome> {
  io.log.info(globusAuthLine(settings))
  const exported = await exportScopes(io.auth)
  const verdict = await writeExport(exported, settings.scopeFile, io.redactor)
  const ready = exported.filter((e) => e.text !== undefined)
  const only = ready.length === 1 ? ready[0]?.scope : undefined
  const { display, path } = settings.scopeFile
  return {
    log: exportLogLines(exported, verdict, display, path),
    debug: [],
    // The README's first failure, found already in a scope made by hand.
    annotations: exported
      .filter((e) => e.missingGroups)
      .map(({ scope }) => groupsWarning(`${scope.scope_string}: ${GROUPS_WARNING}`)),
    outputs: { status: 'exported', scope_string: only?.scope_string ?? '', scope_id: only?.id ?? '' },
    comment: undefined,
    summary: renderExportSummary(exported, verdict, display, path, io.redactor),
    failure: undefined,
  }
}

function groupsWarning(message: string, file?: string): Annotation {
  return { level: 'warning', message, title: 'No Globus Groups dependent scope', ...(file ? { file } : {}) }
}

function globusAuthLine(settings: Settings): string {
  return `Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`
}
