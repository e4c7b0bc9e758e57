// The plan as one pull-request comment, updated in place on later pushes. This module alone
// knows the comment: its marker, how to find our own among everyone's, the upsert, what a
// failure means, and the time limit. A comment is ours only when it carries our marker AND
// was written by the identity of the token we hold.
import { createHash } from 'node:crypto'
import * as github from '@actions/github'

export interface PlanComment {
  id: number
  body?: string | null
  user?: { login?: string } | null
}

export interface CommentsApi {
  list(): Promise<PlanComment[]>
  /** The login of the token's identity, as comments show it (`github-actions[bot]`, a user). */
  identity(): Promise<string[]>
  create(body: string): Promise<void>
  update(id: number, body: string): Promise<void>
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed'

/**
 * Hidden marker that finds this action's comment for this scope among all the others. A hash
 * of the scope's identity, so no outside text ever sits inside the HTML comment.
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
): Promise<CommentOutcome> {
  const body = `${marker}\n${text}`
  const marked = (await api.list()).filter((comment) => comment.body?.startsWith(`${marker}\n`))
  // Who we are costs a request, so it is asked only when a marked comment exists.
  const ours = marked.length > 0 ? new Set(await api.identity()) : new Set<string>()
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

/** Why a comment could not be written, as advice; a missing permission is never a failed step. */
export function commentFailureAdvice(status: number | undefined, detail: string): string {
  if (status === 403 || status === 401) {
    return (
      `Could not comment the plan on the pull request (${status}: ${detail}). Give the job ` +
      '`permissions: pull-requests: write`; pull requests from forks get a read-only token, so there ' +
      'the plan is only in the job summary.'
    )
  }
  if (status === 404) {
    return `Could not comment the plan on the pull request (404: ${detail}): the github_token input cannot see this repository's pull requests.`
  }
  return `Could not comment the plan on the pull request: ${detail}. The plan is in the job summary.`
}

/** The identity GitHub Actions' own token comments as, when GraphQL cannot tell. */
const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]'

/**
 * The comments API of the triggering pull request, or undefined when the event is not one.
 * Every call shares one time limit, so a silent GitHub API cannot hold the runner.
 */
export function pullRequestComments(token: string, timeoutMs: number): CommentsApi | undefined {
  const { eventName, payload, repo } = github.context
  const number = payload.pull_request?.number
  if (!['pull_request', 'pull_request_target'].includes(eventName) || typeof number !== 'number') return undefined
  const signal = AbortSignal.timeout(timeoutMs)
  const octokit = github.getOctokit(token, { request: { signal } })
  const issue = { ...repo, issue_number: number }
  return {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
    identity: async () => {
      // GraphQL names the token's identity for a user's token and for an app's (an app's
      // comments show its login with "[bot]"); the REST /user endpoint refuses app tokens.
      try {
        const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
        const login = answer.viewer?.login
        if (typeof login === 'string' && login) return [login, `${login}[bot]`]
      } catch {
        // An identity we cannot learn: only the default token's own comments can be ours.
      }
      return [DEFAULT_TOKEN_LOGIN]
    },
    create: async (body) => {
      await octokit.rest.issues.createComment({ ...issue, body })
    },
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })
    },
  }
}
