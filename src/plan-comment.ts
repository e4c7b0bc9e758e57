// The plan as one pull-request comment, updated in place on later pushes. Plain logic over a
// small comments interface; the GitHub adapter lives in github-comments.ts.

export interface PlanComment {
  id: number
  body?: string | null
}

export interface CommentsApi {
  list(): Promise<PlanComment[]>
  create(body: string): Promise<void>
  update(id: number, body: string): Promise<void>
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed'

/** Hidden marker that finds this action's comment for this scope among all the others. */
export function commentMarker(scopeString: string): string {
  return `<!-- ensure-globus-scope plan: ${scopeString} -->`
}

/**
 * Create the comment, or update the one this action made before. When there is nothing to
 * change and no earlier comment, no comment is added: the pull request does not touch the scope.
 */
export async function upsertPlanComment(
  api: CommentsApi,
  scopeString: string,
  text: string,
  hasChanges: boolean,
): Promise<CommentOutcome> {
  const marker = commentMarker(scopeString)
  const body = `${marker}\n${text}`
  const existing = (await api.list()).find((comment) => comment.body?.startsWith(marker))
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
