// mode: export, its own chunk: execute() loads it only for that mode, so the steady path never does.
import { exportScopes, onlyExported } from '../modes/export/export.ts'
import { writeExport } from '../modes/export/write.ts'
import { exportLogLines, renderExportSummary } from '../report/export.ts'
import { GROUPS_WARNING, globusAuthLine } from '../report/lines.ts'
import type { Settings } from '../settings/settings.ts'
import type { Collaborators } from './collaborators.ts'
import { groupsWarning, type Outcome } from './outcome.ts'

/** mode: export: the client's scopes as scope files; the file written when it can be. */
export async function executeExport(settings: Settings, io: Collaborators): Promise<Outcome> {
  io.log.info(globusAuthLine(settings))
  const exported = await exportScopes(io.auth)
  const verdict = await writeExport(exported, settings.scopeFile, io.redactor)
  const only = onlyExported(exported)?.scope
  const { display, path } = settings.scopeFile
  return {
    log: exportLogLines(exported, verdict, display, path),
    debug: [],
    // The README's first failure, found already in a scope made by hand.
    annotations: exported
      .filter((e) => e.missingGroups)
      .map(({ scope }) => groupsWarning(`${scope.scope_string}: ${GROUPS_WARNING}`)),
    outputs: {
      status: 'exported',
      scope_string: only?.scope_string ?? '',
      scope_id: only?.id ?? '',
      scope_file_written: verdict.kind === 'written' ? 'true' : 'false',
    },
    comment: undefined,
    summary: renderExportSummary(exported, verdict, display, path, io.redactor),
    failure: undefined,
  }
}
