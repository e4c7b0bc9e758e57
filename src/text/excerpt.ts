// A piece of outside text for a message. Globus Auth and GitHub are trusted with credentials,
// not as sources of safe text: an error page may echo the request, Authorization header
// included, and any answer may hold line breaks that would start a workflow command.
import { printable } from './printable.ts'
import type { Redactor } from './redact.ts'

/** At most this many characters of one piece of outside text reach a message. */
export const MAX_PIECE = 200

/**
 * Credentials redacted first, then whitespace collapsed and invisible characters made visible
 * (then redacted again: re-spacing or escaping may have rebuilt a form of a credential that was
 * split up before), and only then cut short.
 */
export function excerpt(text: string, redactor: Redactor, max = MAX_PIECE): string {
  const flat = redactor.redact(text).replace(/\s+/g, ' ').trim()
  return cut(redactor.redact(printable(flat)), max)
}

/** At most `max` characters, never splitting a surrogate pair, with … when something was left out. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max
  return `${text.slice(0, end)}…`
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
