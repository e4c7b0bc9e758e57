// A piece of untrusted text for a message. Globus Auth and GitHub are trusted with credentials,
// not as sources of safe text: an error page may echo the request, Authorization header
// included, and any answer may hold line breaks that would start a workflow command.
import { printable } from './printable.ts'
import type { Redactor } from './redact.ts'

/** At most this many characters of one piece of untrusted text reach a message. */
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

/** Of two long texts that differ, this many characters before the first difference are shown. */
const BEFORE_DIFFERENCE = 20

/**
 * Two pieces of untrusted text that differ, each quoted exactly: as JSON writes a string (every
 * space kept, line breaks escaped), invisible characters made visible, redacted. Texts longer
 * than `max` show the same stretch of both from just before their first difference, with … for
 * what is left out, so that a change at the end of a long text stays in sight.
 */
export function quotedDifference(a: string, b: string, redactor: Redactor, max = 80): [string, string] {
  const [x, y] = [redactor.redact(a), redactor.redact(b)]
  let at = 0
  while (at < x.length && x[at] === y[at]) at++
  let from = Math.max(x.length, y.length) <= max ? 0 : Math.max(0, at - BEFORE_DIFFERENCE)
  // Both texts are the same before `at`: one step back keeps a pair whole in both.
  if (from > 0 && isLowSurrogate(x.charCodeAt(from))) from--
  return [quotedFrom(x, from, max, redactor), quotedFrom(y, from, max, redactor)]
}

function quotedFrom(text: string, from: number, max: number, redactor: Redactor): string {
  let end = Math.min(text.length, from + max)
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
  const quoted = redactor.redact(printable(JSON.stringify(text.slice(from, end))))
  return `${from > 0 ? '…' : ''}${quoted}${end < text.length ? '…' : ''}`
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

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
