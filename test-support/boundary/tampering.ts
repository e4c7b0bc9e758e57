// The fake Globus Auth behind a man in the middle: each JSON answer can be rewritten before it
// leaves, so a test can put any value in any field of any answer.
import { getResponse, HttpResponse, http } from 'msw'
import { globusAuthHandlers } from '../fake-globus-auth/handlers.ts'
import type { FakeGlobusAuth } from '../fake-globus-auth/store.ts'

/** Rewrites the JSON of answer number `index` (0 is the first); undefined leaves it as it is. */
export type Rewrite = (json: unknown, index: number) => unknown

export function tamperingHandlers(fake: () => FakeGlobusAuth, rewrite: () => Rewrite | undefined) {
  let answers = 0
  return [
    // The scopes API and the token endpoint alike.
    http.all('*/v2/*', async ({ request }) => {
      const response = await getResponse(globusAuthHandlers(fake()), request.clone())
      const index = answers++
      const change = rewrite()
      if (!response || !change) return response
      const json = await response
        .clone()
        .json()
        .catch(() => undefined)
      if (json === undefined) return response
      const changed = change(json, index)
      return changed === undefined ? response : HttpResponse.json(changed, { status: response.status })
    }),
  ]
}

/** Every leaf of a JSON value, as a path. */
export function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path]
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))
}

export function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path.at(-1) as string | number] = value
}
