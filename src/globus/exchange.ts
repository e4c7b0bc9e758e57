// One exchange with Globus Auth as a transcript keeps it (the transport's `record` hook): what was
// asked and what came back. Every credential is scrubbed here, before the record leaves the client,
// so whatever writes the transcript never holds one. Headers are never part of a record.

import { excerpt } from '../text/excerpt.ts'
import { addToken, REDACTED, Redactor } from '../text/redact.ts'
import { parseJson } from './answer.ts'

export interface Exchange {
  method: string
  /** Path and query as people read them (request.ts: describeUrl). */
  path: string
  /** null when no answer came: the connection failed, timed out, or the answer was too large to read. */
  status: number | null
  /** The JSON body, or the form of a token request. */
  request?: unknown
  /** The answer, parsed. */
  answer?: unknown
  /** An answer that was not JSON: redacted, on one line, cut short. */
  answerText?: string
  /** Why there is no answer. */
  failure?: string
}

/** What the transport knows of one attempt. */
export interface Attempted {
  method: string
  path: string
  /** The JSON body or the form, as sent. */
  request: unknown
  result: { status: number; text: string } | { status?: number; failure: string }
}

/**
 * Token fields are blanked by name: the token answer is recorded before the redactor learns its
 * token. `token` is the form field that carries one to introspection, the dependent-token grant
 * and revocation.
 */
const TOKEN_FIELDS = new Set(['access_token', 'refresh_token', 'id_token', 'token'])
/** What a token becomes: a token the schema takes (16 characters of its alphabet), so a transcript still checks. */
export const REDACTED_TOKEN = 'REDACTED-TOKEN--'
const MAX_TEXT = 2_000
const MAX_DEPTH = 64

export function exchangeRecord(attempted: Attempted, redactor: Redactor): Exchange {
  const { method, path, request, result } = attempted
  const record: Exchange = { method, path, status: result.status ?? null }
  const answer = 'text' in result ? parseJson(result.text) : undefined
  // A token may come back elsewhere in the same answer too: any window of it is hidden as well.
  const tokens = new Redactor()
  for (const { value } of stringsUnder(answer, TOKEN_FIELDS)) addToken(tokens, value)
  const scrub = (text: string) => tokens.redact(redactor.redact(text))
  if (request !== undefined) record.request = scrubbed(request, scrub, 0)
  if ('failure' in result) record.failure = excerpt(result.failure, redactor, MAX_TEXT)
  else if (answer !== undefined) record.answer = scrubbed(answer, scrub, 0)
  else record.answerText = excerpt(result.text, redactor, MAX_TEXT)
  // A credential split across keys and values (or JSON escapes) could join up again in the line.
  const line = JSON.stringify(record)
  if (scrub(line) === line) return record
  const blanked: Exchange = { method, path: scrub(path), status: record.status, answer: REDACTED }
  if (request !== undefined) blanked.request = REDACTED
  return blanked
}

function scrubbed(value: unknown, scrub: (text: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value)
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) return '[nested too deep]'
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, scrub, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    out[scrub(key)] = TOKEN_FIELDS.has(key) && item !== null ? REDACTED_TOKEN : scrubbed(item, scrub, depth + 1)
  }
  return out
}

/**
 * Every string held under one of `names`, at any depth of an answer (to MAX_DEPTH), with the name
 * that held it: the one walk that finds the tokens of an answer (here, and tokens.ts).
 */
export function stringsUnder(value: unknown, names: ReadonlySet<string>, depth = 0): { name: string; value: string }[] {
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return []
  return Object.entries(value).flatMap(([name, item]) =>
    names.has(name) && typeof item === 'string' ? [{ name, value: item }] : stringsUnder(item, names, depth + 1),
  )
}
