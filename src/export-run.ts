// mode: export as a run: find the client's scopes, show each as a scope file, and write the file
// at scope_file when it does not exist yet and there is exactly one scope. Never overwrites.
import { writeNewCheckoutFile } from './checkout-file.ts'
import type { Collaborators } from './execute.ts'
import { exportScopes } from './export.ts'
import { exportLogLines, type FileVerdict, renderExportSummary } from './export-report.ts'
import { failureOf } from './failure.ts'
import type { Settings } from './inputs.ts'
import { emptyOutcome, type Outcome } from './outcome.ts'
import { renderSummary } from './summary.ts'

export async function executeExport(settings: Settings, io: Collaborators): Promise<Outcome> {
  const outcome = emptyOutcome()
  const file = settings.scopeFile.display
  try {
    io.log.info(`Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode export`)
    const exported = await exportScopes(io.auth)
    const ready = exported.filter((e) => e.text !== undefined)
    let verdict: FileVerdict
    if (ready.length === 0) verdict = { kind: 'none' }
    else if (ready.length > 1) verdict = { kind: 'several', count: ready.length }
    else if (io.redactor.redact(ready[0]?.text ?? '') !== ready[0]?.text) {
      // The file is committed and uploaded: no piece of a credential may go into it.
      verdict = {
        kind: 'refused',
        why: 'Globus Auth answered with text that holds this client’s credentials (a name or description echoing them); fix the scope in Globus Auth, then export again',
      }
    } else {
      const written = await writeNewCheckoutFile(
        settings.scopeFile.path,
        settings.scopeFile.workspace,
        ready[0]?.text ?? '',
      )
      verdict =
        'written' in written
          ? { kind: 'written' }
          : written.reason === 'exists'
            ? { kind: 'exists' }
            : { kind: 'refused', why: refusalText(written) }
    }
    outcome.log.push(...exportLogLines(exported, verdict, file))
    const only = ready.length === 1 ? ready[0]?.scope : undefined
    outcome.outputs = { status: 'exported', scope_string: only?.scope_string ?? '', scope_id: only?.id ?? '' }
    outcome.summary = renderExportSummary(exported, verdict, file, io.redactor)
  } catch (error) {
    outcome.failure = failureOf(error, undefined, outcome)
    outcome.outputs = { status: 'failed', scope_string: '', scope_id: '' }
    outcome.summary = renderSummary(
      {
        result: undefined,
        error: outcome.failure,
        mode: 'export',
        scopeFile: file,
        authUrl: settings.authUrl,
        requests: io.auth.requestCount,
      },
      io.redactor,
    )
  }
  return outcome
}

function refusalText(refusal: Exclude<Awaited<ReturnType<typeof writeNewCheckoutFile>>, { written: true }>): string {
  switch (refusal.reason) {
    case 'outside':
      return 'its folder is outside the repository checkout'
    case 'no-folder':
      return 'its folder does not exist; create it, or set scope_file to a path in an existing folder'
    case 'exists':
      return 'it exists'
    default:
      return `it cannot be written (${refusal.code})`
  }
}
