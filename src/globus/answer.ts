// What an answer from Globus Auth means: the checked result, or an error whose message shows
// untrusted text (error details, an HTML page, a redirect's Location, a content type) only after
// it was redacted, put on one line and cut short (text/excerpt.ts).
import type * as z from 'zod/mini'
import { excerpt } from '../text/excerpt.ts'
import type { Redactor } from '../text/redact.ts'
import { GlobusAuthError, type RequestDescription, TransportError } from './errors.ts'
import { answerIssueMessage, answerProblem, type ErrorBody, ErrorBodySchema } from './schemas.ts'

/** An answer larger than this is not read: no answer of the scopes API comes near it. */
export const MAX_ANSWER_BYTES = 1024 * 1024

export interface Answer {
  status: number
  headers: { get(name: string): string | null }
  text: string
}

/** The result of a non-retryable answer: checked against `schema`, or an error. */
export function checkedAnswer<T>(
  answer: Answer,
  schema: z.ZodMiniType<T>,
  described: RequestDescription,
  redactor: Redactor,
): T {
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.get('location')
    throw new TransportError(
      described,
      `Globus Auth answered with a redirect (${answer.status}) to ${location === null ? 'an unnamed location' : excerpt(location, redactor)}; ` +
        'redirects are not followed so that the credentials only reach the configured host. ' +
        'Check auth_url / the environment input.',
    )
  }
  if (answer.status >= 400) throw errorFromAnswer(answer, described, redactor)
  const json = parseJson(answer.text)
  if (json === undefined) {
    const shown = answer.text.trim() ? excerpt(answer.text, redactor) : 'an empty body'
    throw new TransportError(described, `the answer was not JSON (${contentType(answer, redactor)}): ${shown}`)
  }
  // Messages come from the schemas and answerIssueMessage: the rule, never the value.
  const parsed = schema.safeParse(json, { error: answerIssueMessage })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const problem = issue ? answerProblem(issue) : 'no detail'
    throw new TransportError(described, `the answer did not have the expected shape (${problem})`)
  }
  return parsed.data
}

/** A GlobusAuthError for an error status, `suffix` (why no retry helped) appended. */
export function errorFromAnswer(
  answer: Answer,
  described: RequestDescription,
  redactor: Redactor,
  suffix?: string,
): GlobusAuthError {
  const parsed = ErrorBodySchema.safeParse(parseJson(answer.text))
  const fallback = answer.text.trim()
    ? `a non-Globus answer (${contentType(answer, redactor)}): ${excerpt(answer.text, redactor)}`
    : 'no detail given'
  const body = parsed.success ? cleanBody(parsed.data, redactor) : undefined
  return new GlobusAuthError(described, answer.status, body, fallback, { note: suffix })
}

/** The parts of an error body a message shows, each made safe to show. */
function cleanBody(body: ErrorBody, redactor: Redactor): ErrorBody {
  const clean = (text: string | null | undefined) => (text ? excerpt(text, redactor) : undefined)
  return {
    // All of them: the error counts those it does not show (errors.ts).
    errors: body.errors?.map((e) => ({
      id: clean(e.id),
      code: clean(e.code),
      detail: clean(e.detail),
      title: clean(e.title),
    })),
    detail: clean(body.detail),
    error: clean(body.error),
    error_description: clean(body.error_description),
  }
}

function contentType(answer: Answer, redactor: Redactor): string {
  const type = answer.headers.get('content-type')
  return type ? excerpt(type, redactor) : 'no content type'
}

/** The JSON value of an answer's text, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The body as text, or undefined when it is over the limit (leaving the loop cancels the rest). */
export async function readCapped(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null,
  limit: number,
): Promise<string | undefined> {
  if (!body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.byteLength
    if (size > limit) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
