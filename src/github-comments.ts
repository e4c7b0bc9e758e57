// The pull-request comments of the current event, through @actions/github.
import * as github from '@actions/github'
import type { CommentsApi } from './plan-comment.ts'

/**
 * The comments API of the triggering pull request, or undefined when the event is not one.
 * Every call shares one time limit, so a silent GitHub API cannot hold the runner.
 */
export function pullRequestComments(token: string, timeoutMs: number): CommentsApi | undefined {
  const { eventName, payload, repo } = github.context
  const number = payload.pull_request?.number
  if (!['pull_request', 'pull_request_target'].includes(eventName) || typeof number !== 'number') return undefined
  const octokit = github.getOctokit(token, { request: { signal: AbortSignal.timeout(timeoutMs) } })
  const issue = { ...repo, issue_number: number }
  return {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
    create: async (body) => {
      await octokit.rest.issues.createComment({ ...issue, body })
    },
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })
    },
  }
}
