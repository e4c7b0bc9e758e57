// A request to Globus Auth as data: what the typed calls ask (client.ts), how it goes on the wire
// (URL, headers, body) and how people read it in messages. One module, so the transport and the
// early first lookup (src/boot/) build the same request to the byte.
import type * as z from 'zod/mini'
import { printable } from '../text/printable.ts'

/** Every request says who sends it. */
export const USER_AGENT = 'ensure-globus-scope (GitHub Action)'
/** One request to Globus Auth, at most; action.yml states it too. */
export const REQUEST_TIMEOUT_SECONDS = 30

export interface Request<T> {
  method: 'GET' | 'POST' | 'PUT'
  /** Relative to the base URL, built from fixed text and checked ids only (client.ts). */
  path: string
  query?: Record<string, string>
  body?: unknown
  /** A form body (application/x-www-form-urlencoded), as the OAuth2 token endpoint takes. */
  form?: Record<string, string>
  /** A POST that changes nothing (the token endpoint): retried like a read. */
  idempotent?: boolean
  /** This request's Authorization header, instead of the client's current one. */
  authorization?: string
  schema: z.ZodMiniType<T>
}

/**
 * The fetch the client sends with. run() (src/github/) passes undici's fetch over a dispatcher
 * (dispatcher.ts), wrapped to hand over the early first lookup (src/boot/); tests pass the
 * global fetch, which msw intercepts.
 */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; redirect: 'manual' },
) => Promise<FetchAnswer>

export interface FetchAnswer {
  status: number
  headers: { get(name: string): string | null }
  /** A stream (fetch), or chunks already read (the first lookup). */
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null
}

/** A path under the base URL, and the query. */
export function requestUrl(baseUrl: string | URL, path: string, query: Record<string, string> = {}): URL {
  const base = String(baseUrl)
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return url
}

/** The headers every request carries, its Authorization and, with a body, its content type. */
export function requestHeaders(
  request: Pick<Request<unknown>, 'body' | 'form'>,
  authorization: string,
): Record<string, string> {
  const headers: Record<string, string> = { authorization, accept: 'application/json', 'user-agent': USER_AGENT }
  if (request.form) headers['content-type'] = 'application/x-www-form-urlencoded'
  else if (request.body !== undefined) headers['content-type'] = 'application/json'
  return headers
}

/** JSON for the scopes API, a form for the OAuth2 token endpoint. */
export function requestBody(request: Request<unknown>): string | undefined {
  if (request.form) return new URLSearchParams(request.form).toString()
  return request.body === undefined ? undefined : JSON.stringify(request.body)
}

/**
 * `/path?query` for people to read: percent-escapes decoded where that is well formed (scope
 * strings stay legible), every unprintable character then escaped again.
 */
export function describeUrl(url: URL): string {
  const raw = url.pathname + url.search
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    decoded = raw
  }
  return printable(decoded)
}
