// The URL of a request to Globus Auth: a path under its base URL, and the query. One function for
// the transport and for the early first lookup, so that the two cannot differ by a byte.

export function requestUrl(baseUrl: string | URL, path: string, query: Record<string, string> = {}): URL {
  const base = String(baseUrl)
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return url
}
