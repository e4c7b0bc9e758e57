// The plan as one pull-request comment, updated in place on later pushes. This module alone
// knows the comment: its marker, how to find our own among everyone's, the upsert, and the
// time limit. A comment is ours only when it carries our marker AND
// was written by the identity of the token we hold.
import { createHash } from 'node:crypto'
import * as github from '@actions/github'
import { defaults } from '@actions/github/lib/utils'

export interface PlanComment {
  id: number
  body?: string | null
  user?: { login?: string } | null
}

export interface CommentsApi {
  list(): Promise<PlanComment[]>
  /**
   * The logins the token's identity comments as (`github-actions[bot]`, a user's login), or
   * undefined when GitHub would not say: then no comment can be known to be ours.
   */
  identity(): Promise<string[] | undefined>
  create(body: string): Promise<void>
  update(id: number, body: string): Promise<void>
}

export type CommentResult = 'created' | 'updated' | 'unchanged' | 'not-needed' | 'identity-unknown'

/**
 * Hidden marker that finds this action's comment for this scope among all the others. A hash
 * of the scope's identity, so no untrusted text ever sits inside the HTML comment.
 */
export function commentMarker(identity: { authUrl: string; clientId: string; scopeSuffix: string }): string {
  const key = [identity.authUrl, identity.clientId.toLowerCase(), identity.scopeSuffix].join('\n')
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16)
  return `<!-- ensure-globus-scope plan ${digest} -->`
}

/**
 * Create the comment, or update the one this action made before. When there is nothing to
 * change and no earlier comment, none is added: the pull request does not touch the scope.
 */
export async function upsertPlanComment(
  api: CommentsApi,
  marker: string,
  text: string,
  hasChanges: boolean,
): Promise<CommentResult> {
  const body = `${marker}\n${text}`
  const marked = (await api.list()).filter((comment) => comment.body?.startsWith(`${marker}\n`))
  // Who we are costs a request, so it is asked only when a marked comment exists.
  const logins = marked.length > 0 ? await api.identity() : []
  // Marked comments, and no way to tell which is ours: editing one could edit somebody else's,
  // and adding one more on every push would bury the plan.
  if (logins === undefined) return 'identity-unknown'
  const ours = new Set(logins)
  const existing = marked.find((comment) => ours.has(comment.user?.login ?? ''))
  if (existing) {
    if (existing.body === body) return 'unchanged'
    await api.update(existing.id, body)
    return 'updated'
  }
  if (!hasChanges) return 'not-needed'
  await api.create(body)
  return 'created'
}

/** Pages of 100 comments read at most; a pull request with more gets a new plan comment. */
const MAX_PAGES = 30

// octokit prints to stderr with text from GitHub's headers: on a Deprecation header,
// @octokit/request warns with the Sunset and Link values through `request.log` (the console when
// unset), and the plugins warn through `log`. The runner would read a `##[` there as a workflow
// command. Both are silenced; errors reach us as exceptions instead.
const silent = { debug() {}, info() {}, warn() {}, error() {} }

type RequestOptions = NonNullable<NonNullable<Parameters<typeof github.getOctokit>[1]>['request']>
type Octokit = ReturnType<typeof github.getOctokit>
type Issue = { owner: string; repo: string; issue_number: number }

/**
 * An octokit that prints nothing and never follows a redirect: one could carry the plan (and the
 * next request, with the token) to another host. octokit takes any status below 400 for success,
 * a redirect not followed too: every request's answer, GraphQL's included, is held to 2xx here.
 */
export function quietOctokit(token: string, request: RequestOptions): Octokit {
  const octokit = github.getOctokit(token, { request: { ...request, redirect: 'manual', log: silent }, log: silent })
  octokit.hook.after('request', (answer) => {
    if (answer.status >= 300) throw new RedirectNotFollowed(answer.status)
  })
  return octokit
}

/** GitHub answered a redirect: not followed, so nothing was done; `status` as GitHub sent it. */
export class RedirectNotFollowed extends Error {
  override name = 'RedirectNotFollowed'
  readonly status: number
  constructor(status: number) {
    super(`GitHub answered ${status}, a redirect, which is not followed`)
    this.status = status
  }
}

/**
 * The comments API of the triggering pull request, or undefined when the event is not one.
 * Every call shares one time limit, so a silent GitHub API cannot hold the runner.
 */
export function pullRequestComments(token: string, timeoutMs: number): CommentsApi | undefined {
  const { eventName, payload, repo } = github.context
  const number = payload.pull_request?.number
  if (!['pull_request', 'pull_request_target'].includes(eventName) || typeof number !== 'number') return undefined
  // The toolkit's proxy-aware agent and fetch stay: options replace its request defaults whole.
  const request = { ...defaults.request, signal: AbortSignal.timeout(timeoutMs) }
  return commentsApi(quietOctokit(token, request), { ...repo, issue_number: number })
}

/** The comments API over one pull request (an issue, to GitHub's REST API). */
export function commentsApi(octokit: Octokit, issue: Issue): CommentsApi {
  return {
    // Page by page, never following a Link header: it could name another host for the token.
    list: async () => {
      const comments: PlanComment[] = []
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await octokit.rest.issues.listComments({ ...issue, per_page: 100, page })
        for (const comment of data) comments.push(comment)
        if (data.length < 100) break
      }
      return comments
    },
    identity: async () => {
      // GraphQL names the token's identity for a user's token and for an app's (an app's
      // comments show its login with "[bot]"); the REST /user endpoint refuses app tokens.
      try {
        const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
        const login = answer.viewer?.login
        if (typeof login === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(login)) {
          return login.endsWith('[bot]') ? [login] : [login, `${login}[bot]`]
        }
      } catch {
        // Unknown: the caller edits no comment.
      }
      return undefined
    },
    create: async (body) => {
      await octokit.rest.issues.createComment({ ...issue, body })
    },
    update: async (id, body) => {
      const { owner, repo } = issue
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
    },
  }
}
