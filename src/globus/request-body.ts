// The body of a request and its content type: JSON for the scopes API, a form for the OAuth2
// token endpoint.
import type { Request } from './transport.ts'

export function contentType(request: Request<unknown>): Record<string, string> {
  if (request.form) return { 'content-type': 'application/x-www-form-urlencoded' }
  return request.body === undefined ? {} : { 'content-type': 'application/json' }
}

export function bodyOf(request: Request<unknown>): { body?: string } {
  if (request.form) return { body: new URLSearchParams(request.form).toString() }
  return request.body === undefined ? {} : { body: JSON.stringify(request.body) }
}
