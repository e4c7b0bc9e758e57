// Scrubs credentials out of text that came from outside (answers, error pages) before it is
// shortened, escaped or shown anywhere. The runner masks its logs, but not the job summary or a
// pull-request comment, and a shortened or re-spaced copy of a secret no longer matches a mask.

import { printable } from './printable.ts'

export const REDACTED = '[redacted]'

/** Any run of this many characters of a credential is treated as the credential. */
export const WINDOW = 12

const HTML_ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }

/**
 * The shapes a credential can come back in: as sent, trimmed, re-spaced, JSON- or URL-escaped,
 * and as UTF-8 carries it (a lone surrogate comes back as U+FFFD; encodeURIComponent would throw).
 */
const FORMS: ((text: string) => string)[] = [
  (t) => t,
  (t) => t.trim(),
  (t) => t.replace(/\s+/g, ' '),
  (t) => t.trim().replace(/\s+/g, ' '),
  (t) => t.replace(/\s+/g, ''),
  (t) => JSON.stringify(t).slice(1, -1),
  // As a form or a query string encodes it (spaces as +), with escapes in either case.
  (t) => new URLSearchParams({ v: t }).toString().slice(2),
  (t) => encodeURIComponent(t.toWellFormed()).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
  // As an HTML page shows it, and as UTF-8 bytes read as Latin-1 (a header) show it.
  (t) => t.replace(/[&<>"']/g, (c) => `&${HTML_ENTITIES[c]};`),
  (t) => Buffer.from(t, 'utf8').toString('latin1'),
  (t) => t.toWellFormed(),
  (t) => encodeURIComponent(t.toWellFormed()),
  // As this action shows it wherever text leaves it: invisible characters escaped, on one line (excerpt.ts).
  (t) => printable(t),
  (t) => printable(t.trim().replace(/\s+/g, ' ')),
]

export class Redactor {
  /** Forms shorter than a window: matched whole. */
  private readonly whole = new Set<string>()
  /** Every WINDOW-long piece of the longer forms that holds part of a credential. */
  private readonly windows = new Set<string>()

  constructor(sensitive: Iterable<string> = []) {
    for (const value of sensitive) this.add(value)
  }

  /**
   * Register a credential and every form it can come back in. `publicPrefix` is a start of it
   * that is no secret (the client id of `client_id:secret`): pieces inside it alone stay visible.
   */
  add(value: string, publicPrefix = ''): this {
    // Most forms of most credentials are the same text: each is registered once, its public part the shortest.
    const open = new Map<string, number>()
    for (const form of FORMS) {
      const text = form(value)
      const prefix = form(publicPrefix)
      const at = prefix && text.startsWith(prefix) ? prefix.length : 0
      open.set(text, Math.min(at, open.get(text) ?? at))
    }
    for (const [text, at] of open) this.register(text, at)
    return this
  }

  /**
   * A credential as base64 carries it inside a longer text (`base64("Bearer " + token)`), at each
   * of the three byte alignments it can start at: as the runner's own masker does for the log,
   * here for the places it does not mask (the summary, the transcript).
   */
  addBase64(value: string): this {
    const bytes = Buffer.from(value.toWellFormed(), 'utf8')
    for (const shift of [0, 1, 2]) {
      const text = Buffer.concat([Buffer.alloc(shift), bytes])
        .toString('base64')
        .replace(/=+$/, '')
      // The characters that also hold bits of the bytes before or after it depend on those: left out.
      const start = shift === 0 ? 0 : shift + 1
      const end = (shift + bytes.length) % 3 === 0 ? text.length : text.length - 1
      this.register(text.slice(start, end), 0)
    }
    return this
  }

  /** One form of a credential: whole when short, else every window after its public part (`open` characters). */
  private register(text: string, open: number): void {
    if (!text) return
    if (text.length < WINDOW) {
      this.whole.add(text)
      return
    }
    // Windows ending after the public prefix: each holds at least one secret character.
    for (let start = Math.max(0, open - WINDOW + 1); start + WINDOW <= text.length; start++) {
      this.windows.add(text.slice(start, start + WINDOW))
    }
  }

  /** The text with every registered credential, whole or any window of it, replaced by [redacted]. */
  redact(text: string): string {
    const hidden = new Uint8Array(text.length)
    if (this.windows.size > 0) {
      for (let start = 0; start + WINDOW <= text.length; start++) {
        if (this.windows.has(text.slice(start, start + WINDOW))) hidden.fill(1, start, start + WINDOW)
      }
    }
    for (const form of this.whole) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        hidden.fill(1, at, at + form.length)
      }
    }
    if (!hidden.includes(1)) return text
    let out = ''
    for (let i = 0; i < text.length; i++) {
      if (!hidden[i]) out += text[i]
      else if (i === 0 || !hidden[i - 1]) out += REDACTED
    }
    return out
  }
}

/** Teach a redactor a bearer token: in every form `add` knows, and as base64 carries it. */
export function addToken(redactor: Redactor, token: string): Redactor {
  return redactor.add(token).addBase64(token)
}

/** A redactor for Basic credentials: the secret, `client_id:secret` and its base64, in every form. */
export function credentialRedactor(clientId: string, clientSecret: string): Redactor {
  return addCredentials(new Redactor(), clientId, clientSecret)
}

/** Teach a redactor the Basic credentials of this id and secret (the id as it is sent). */
export function addCredentials(redactor: Redactor, clientId: string, clientSecret: string): Redactor {
  // No secret, nothing secret: `client_id:` alone is public (and `:` is in most messages).
  if (!clientSecret) return redactor
  const pair = `${clientId}:${clientSecret}`
  const publicBytes = Buffer.from(`${clientId}:`)
  // Whole 3-byte groups of the public part encode to the same base64 characters in any pair.
  const publicBase64 = (encoding: 'base64' | 'base64url') =>
    publicBytes.subarray(0, publicBytes.length - (publicBytes.length % 3)).toString(encoding)
  return redactor
    .add(clientSecret)
    .add(pair, `${clientId}:`)
    .add(Buffer.from(pair).toString('base64'), publicBase64('base64'))
    .add(Buffer.from(pair).toString('base64url'), publicBase64('base64url'))
}
