// Text from outside made fit for an error message. Globus Auth is trusted with the secret, not
// as a source of safe text: an error page may echo the request, Authorization header included,
// and any answer may hold line breaks that would start a workflow command in the runner's log.
import type { Redactor } from '../redact.ts'

/** At most this many characters of one piece of outside text reach a message. */
export const MAX_PIECE = 200

/**
 * A piece of outside text for a message: credentials redacted first, then whitespace collapsed
 * and invisible characters made visible (then redacted again: re-spacing or escaping may have
 * rebuilt a form of a credential that was split up before), and only then cut short.
 */
export function excerpt(text: string, redactor: Redactor, max = MAX_PIECE): string {
  const flat = redactor.redact(text).replace(/\s+/g, ' ').trim()
  return cut(redactor.redact(escapeInvisible(flat)), max)
}

/** At most `max` characters, never splitting a surrogate pair, with … when something was left out. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max
  return `${text.slice(0, end)}…`
}

/**
 * Control characters (line breaks included), line and paragraph separators, bidirectional and
 * zero-width format characters and lone surrogates as visible `\uXXXX` escapes, so that outside
 * text can neither start a new log line (`::error::…`) nor reorder or hide what is shown.
 */
export function escapeInvisible(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    out += isInvisible(code, char.length) ? `\\u${code.toString(16).padStart(4, '0')}` : char
  }
  return out
}

function isInvisible(code: number, length: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    (length === 1 && code >= 0xd800 && code <= 0xdfff) // a lone surrogate
  )
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * `METHOD /path?query` for people to read: percent-escapes decoded where that is well formed
 * (scope strings stay legible), every invisible character then escaped again.
 */
export function describeUrl(url: URL): string {
  const raw = url.pathname + url.search
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    decoded = raw
  }
  return escapeInvisible(decoded)
}

/** A zod issue path as `scopes[0].scope_string`; the answer itself when empty. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(key)) out += out ? `.${key}` : key
    else out += `[${escapeInvisible(JSON.stringify(cut(String(key), 64)))}]`
  }
  return out || 'the answer'
}
