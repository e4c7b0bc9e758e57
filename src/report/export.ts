// What mode: export found, for the log and the job summary. The scope files are untrusted text
// (names and descriptions from Globus): in the summary they stand in fenced blocks only.
import type { ExportedScope } from '../modes/export/export.ts'
import type { FileVerdict } from '../modes/export/write.ts'
import { markdown } from '../text/markdown.ts'
import { printable } from '../text/printable.ts'
import type { Redactor } from '../text/redact.ts'
import { bounded, MAX_SUMMARY_BYTES } from './github-limits.ts'
import { GROUPS_WARNING } from './lines.ts'
import { counted } from './phrasing.ts'

/** `file` as the user named it and `path` where it is on the runner, both quoted by the caller's sink. */
function verdictText(verdict: FileVerdict, file: string, path: string): string {
  switch (verdict.kind) {
    case 'written':
      // The file is on the runner only, and goes when the job ends.
      return (
        `Wrote ${file} into the workspace on the runner (${path}); it is not committed. Upload it as an ` +
        'artifact (examples/adopt-existing-scope.yml does), download it from the run, commit it and open a ' +
        'pull request: its plan should say there is nothing to change.'
      )
    case 'exists':
      return `Did not write ${file}: it exists, and export never overwrites a file. Compare it with the scope file below.`
    case 'several':
      return `Did not write ${file}: the client has ${verdict.count} scopes. Copy the one this repository keeps from the job summary.`
    case 'none':
      return `Did not write ${file}: the client has no scope to export.`
    case 'refused':
      return `Did not write ${file}: ${verdict.why}.`
  }
}

/**
 * Scope files are shown whole while they fit in the budget of a summary; past it, each scope is one
 * line, so a client with hundreds of large scopes still gets a complete list within GitHub's limits.
 */
function shownWhole(exported: ExportedScope[]): number {
  let bytes = 0
  for (const [index, { text }] of exported.entries()) {
    bytes += Buffer.byteLength(text ?? '') + 200
    if (bytes > MAX_SUMMARY_BYTES / 2) return index
  }
  return exported.length
}

const leftOut = (count: number) =>
  `The scope files of the last ${counted(count, 'scope')} are left out here: together they are too long for the log and the job summary (each scope is listed above with its id).`

export function exportLogLines(exported: ExportedScope[], verdict: FileVerdict, file: string, path: string): string[] {
  const lines = [`The client has ${counted(exported.length, 'scope')}.`]
  const whole = shownWhole(exported)
  // A scope without Globus Groups is warned of in an annotation naming it: not here as well.
  exported.forEach(({ scope, text, problem }, index) => {
    lines.push(`Scope ${printable(scope.scope_string)} (id ${scope.id})${problem ? `: not exported, ${problem}` : ':'}`)
    if (text && index < whole)
      lines.push(
        ...text
          .trimEnd()
          .split('\n')
          .map((line) => `  ${printable(line)}`),
      )
  })
  if (whole < exported.length) lines.push(leftOut(exported.length - whole))
  lines.push(verdictText(verdict, file, printable(path)))
  return lines
}

export function renderExportSummary(
  exported: ExportedScope[],
  verdict: FileVerdict,
  file: string,
  path: string,
  redactor: Redactor,
): string {
  const md = markdown(redactor)
  const parts = ['## 📤 Globus Auth scope: exported', '', verdictText(verdict, md.code(file), md.code(path))]
  const whole = shownWhole(exported)
  exported.forEach(({ scope, text, problem, missingGroups }, index) => {
    parts.push('', `### ${md.code(scope.scope_string)}`, '', `Scope id ${md.code(scope.id)}.`)
    if (missingGroups && index < whole) parts.push('', `> [!WARNING]\n> ${GROUPS_WARNING}`)
    if (problem) parts.push('', `Not exported: ${problem}.`)
    else if (index < whole) parts.push('', md.fenced((text ?? '').trimEnd(), 'json'))
  })
  if (whole < exported.length) parts.push('', leftOut(exported.length - whole))
  return bounded(`${parts.join('\n')}\n`)
}
