// The log sink: text becomes lines the runner prints as they are. The runner reads a line that
// starts (after blanks) with `::`, or holds `##[` anywhere, as a workflow command, so no line
// may, unless the toolkit wrote it as a command it escaped itself (core.error, core.setSecret, ...).

import { printable, splitLines } from './printable.ts'
import type { Redactor } from './redact.ts'

const COMMAND_START = /^\s*::/
// The runner also takes a line holding `##[` ANYWHERE for a (legacy) workflow command.
const LEGACY_COMMAND = /##(?=\[)|##(?=vso\[)/g
const unlegacy = (text: string) => text.replace(LEGACY_COMMAND, '#\\u0023')

/** One safe line: redacted, without control characters, never a workflow command. */
export function logLine(line: string, redactor: Redactor): string {
  const text = unlegacy(printable(redactor.redact(line)))
  return COMMAND_START.test(text) ? `» ${text.trimStart()}` : text
}

/** Safe lines of a message that may span several. */
export function logLines(text: string, redactor: Redactor): string[] {
  return splitLines(redactor.redact(text)).map((line) => logLine(line, redactor))
}

/**
 * A message for a toolkit command (core.error, core.warning, core.setFailed). The toolkit escapes
 * line breaks itself, so lines stay lines; other control characters are made visible.
 */
export function commandMessage(text: string, redactor: Redactor): string {
  return splitLines(redactor.redact(text))
    .map((line) => unlegacy(printable(line)))
    .join('\n')
}
