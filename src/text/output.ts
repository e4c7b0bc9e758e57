// Step outputs: one line each, redacted. A later job reads them as data, so nothing may
// smuggle a second line (or a second output) in.

import { printable } from './printable.ts'
import type { Redactor } from './redact.ts'

export function outputValue(value: string, redactor: Redactor): string {
  return printable(redactor.redact(value)).replace(/\t/g, '\\u0009')
}
