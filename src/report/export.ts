// What mode: export found, for the log and the job summary. The scope files are outside text
// (names and descriptions from Globus): in the summary they stand in fenced blocks only.
import type { ExportedScope } from '../modes/export/export.ts'
import type { FileVerdict } from '../modes/export/write.ts'
import { markdown } from '../text/markdown.ts'
import { printable } from '../text/printable.ts'
import type { Redactor } from '../text/redact.ts'

export function verdictText(verdict: FileVerdict, file: string): string {
  switch (verdict.kind) {
    case 'written':
      return `Wrote ${file}: commit it, and open a pull request; its plan should say there is nothing to change.`
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

export function exportLogLines(exported: ExportedScope[], verdict: FileVerdict, file: string): string[] {
  const lines = [`The client has ${exported.length} scope${exported.length === 1 ? '' : 's'}.`]
  for (const { scope, text, problem } of exported) {
    lines.push(`Scope ${printable(scope.scope_string)} (id ${scope.id})${problem ? `: not exported, ${problem}` : ':'}`)
    if (text)
      lines.push(
        ...text
          .trimEnd()
          .split('\n')
          .map((line) => `  ${printable(line)}`),
      )
  }
  lines.push(verdictText(verdict, file))
  return lines
}

export function renderExportSummary(
  exported: ExportedScope[],
  verdict: FileVerdict,
  file: string,
  redactor: Redactor,
): string {
  const md = markdown(redactor)
  const parts = ['## 📤 Globus Auth scope: exported', '', verdictText(verdict, md.code(file))]
  for (const { scope, text, problem } of exported) {
    parts.push('', `### ${md.code(scope.scope_string)}`, '', `Scope id ${md.code(scope.id)}.`)
    parts.push('', problem ? `Not exported: ${problem}.` : md.fenced((text ?? '').trimEnd(), 'json'))
  }
  return `${parts.join('\n')}\n`
}
