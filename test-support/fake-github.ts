// A fake of the GitHub REST API's issue comments, the only part the action uses: an in-memory
// store, msw handlers and the loopback server, in one small file. Tokens decide permissions,
// as a pull request's GITHUB_TOKEN does (a fork's is read-only).
import { delay, HttpResponse, http } from 'msw'
import { type ServeOptions, serveOnLoopback } from './loopback-server.ts'

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: string }
}

export class FakeGitHub {
  readonly comments: FakeComment[] = []
  readonly requests: string[] = []
  /** token -> what it may do */
  readonly tokens = new Map<string, 'write' | 'read'>()
  /** token -> who it is, as comments show it; the default token comments as github-actions[bot]. */
  readonly logins = new Map<string, string>()
  /** GraphQL answers an error instead of the viewer, as it may for an unusual token. */
  graphqlBroken = false
  /** Where the Link header's next page points; a hostile API could name any host. */
  nextPageOrigin: string | undefined
  /** Never answer, as a GitHub API that went silent. */
  silent = false
  /** Headers on every answer: a hostile API's Deprecation, Sunset and Link, say. */
  headers: Record<string, string> = {}
  /** Answer every request with this status (a redirect) to `Location: redirectTo`, doing nothing. */
  redirect: { status: number; to: string } | undefined
  private nextId = 1000

  addComment(issue: number, body: string, login = 'someone'): FakeComment {
    const comment = { id: this.nextId++, issue, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } }
    this.comments.push(comment)
    return comment
  }

  handlers() {
    const json = (body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) =>
      HttpResponse.json(body as object, { ...init, headers: { ...this.headers, ...init.headers } })
    const denied = () =>
      json(
        { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
        { status: 403 },
      )
    const tokenOf = (request: Request) => (request.headers.get('authorization') ?? '').replace(/^(token|bearer) /i, '')
    const access = (request: Request) => this.tokens.get(tokenOf(request))
    const login = (request: Request) => this.logins.get(tokenOf(request)) ?? 'github-actions[bot]'
    const unauthorized = () => json({ message: 'Bad credentials' }, { status: 401 })
    return [
      http.all('*', async ({ request }) => {
        const url = new URL(request.url)
        this.requests.push(`${request.method} ${url.pathname}${url.search}`)
        if (this.silent) await delay('infinite')
        if (this.redirect) {
          const headers = { ...this.headers, location: this.redirect.to }
          return new HttpResponse(null, { status: this.redirect.status, headers })
        }
      }),
      http.post('*/graphql', async ({ request }) => {
        if (!access(request)) return unauthorized()
        const { query } = (await request.json()) as { query: string }
        if (this.graphqlBroken || !/viewer\s*\{\s*login\s*\}/.test(query)) {
          return json({ errors: [{ message: 'Something went wrong' }] })
        }
        return json({ data: { viewer: { login: login(request) } } })
      }),
      http.get('*/repos/:owner/:repo/issues/:issue/comments', ({ request, params }) => {
        if (!access(request)) return unauthorized()
        const page = Number(new URL(request.url).searchParams.get('page') ?? 1)
        const perPage = Number(new URL(request.url).searchParams.get('per_page') ?? 30)
        const all = this.comments.filter((c) => c.issue === Number(params.issue))
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const headers: Record<string, string> = {}
        if (page * perPage < all.length) {
          const next = new URL(request.url)
          next.searchParams.set('page', String(page + 1))
          if (this.nextPageOrigin) {
            const elsewhere = new URL(this.nextPageOrigin)
            next.protocol = elsewhere.protocol
            next.host = elsewhere.host
          }
          headers.link = `<${next}>; rel="next"`
        }
        return json(slice, { headers })
      }),
      http.post('*/repos/:owner/:repo/issues/:issue/comments', async ({ request, params }) => {
        const can = access(request)
        if (!can) return unauthorized()
        if (can !== 'write') return denied()
        const { body } = (await request.json()) as { body: string }
        return json(this.addComment(Number(params.issue), body, login(request)), { status: 201 })
      }),
      http.patch('*/repos/:owner/:repo/issues/comments/:id', async ({ request, params }) => {
        const can = access(request)
        if (!can) return unauthorized()
        if (can !== 'write') return denied()
        const comment = this.comments.find((c) => c.id === Number(params.id))
        if (!comment) return json({ message: 'Not Found' }, { status: 404 })
        comment.body = ((await request.json()) as { body: string }).body
        return json(comment)
      }),
    ]
  }

  serve(options: ServeOptions = {}) {
    return serveOnLoopback(this.handlers(), options)
  }
}
