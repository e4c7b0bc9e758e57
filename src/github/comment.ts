// In plan mode on a pull request: one comment with the plan, kept up to date. Never fails the
// step: every part of it, loading its module included, ends as a warning at worst, and the plan,
// its status and its summary stand.

import type { CommentRequest, Outcome } from '../flow/outcome.ts'
import { unsafeBaseUrlReason } from '../globus/environments.ts'
import { COMMENT_LINES } from '../report/lines.ts'
import type { Settings } from '../settings/settings.ts'
import { excerpt } from '../text/excerpt.ts'
import type { Redactor } from '../text/redact.ts'
import { eventFileProblem } from './event-file.ts'

/** The pull-request comment, at most (and never more than what timeout_seconds leaves). */
const COMMENT_TIMEOUT_SECONDS = 30

export async function commentPlan(
  outcome: Outcome,
  request: CommentRequest,
  settings: Settings,
  redactor: Redactor,
  deadline: number,
): Promise<void> {
  if (!settings.githubToken) return
  const warn = (message: string): void => {
    outcome.annotations.push({ level: 'warning', message })
  }
  // The token goes where GITHUB_API_URL says: by the rule the client secret follows (HTTPS, or
  // plain HTTP to loopback only, no user name or password), else not at all.
  const api = githubApiProblem(process.env.GITHUB_API_URL)
  if (api)
    return warn(
      `Did not comment the plan: GITHUB_API_URL ${api}, so the github_token is not sent. The plan is in the job summary.`,
    )
  // The toolkit reads the event itself, synchronously, as it loads: a regular file only.
  const event = eventFileProblem(process.env.GITHUB_EVENT_PATH)
  if (event) return warn(`Did not comment the plan: ${event}. The plan is in the job summary.`)
  try {
    // octokit loads only here, where a comment is wanted: a chunk of its own (dist/).
    const { commentMarker, pullRequestComments, upsertPlanComment } = await import('./plan-comment.ts')
    // The comment shares the run's time limit, so the whole step ends within timeout_seconds.
    const timeoutMs = Math.min(COMMENT_TIMEOUT_SECONDS * 1000, deadline - Date.now())
    if (timeoutMs < 1000) return warn(commentFailureAdvice(undefined, 'the time limit (timeout_seconds) ran out'))
    const comments = pullRequestComments(settings.githubToken, timeoutMs)
    if (!comments) return
    const result = await upsertPlanComment(comments, commentMarker(request.scope), request.body, request.hasChanges)
    if (result === 'identity-unknown') {
      return warn(
        'Did not comment the plan: GitHub would not say which identity the github_token is, so no earlier ' +
          'plan comment can be known to be this action’s. The plan is in the job summary.',
      )
    }
    outcome.log.push(COMMENT_LINES[result])
  } catch (error) {
    // GitHub's status, when it answered; its words (or the module's, had it failed to load) are
    // untrusted text: redacted, one line, cut.
    const status = (error as { status?: unknown } | null)?.status
    const detail = excerpt(error instanceof Error ? error.message : String(error), redactor)
    warn(commentFailureAdvice(typeof status === 'number' ? status : undefined, detail))
  }
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
  if (status !== undefined && status >= 300 && status < 400 && status !== 304) {
    // Nothing was done: a redirect is never followed, since the token would go along (304 is none).
    return (
      `Could not comment the plan on the pull request: GitHub answered ${status}, a redirect, which this ` +
      'action does not follow with the github_token. Check GITHUB_API_URL. The plan is in the job summary.'
    )
  }
  if (status === 404) {
    return `Could not comment the plan on the pull request (404: ${detail}): the github_token input cannot see this repository's pull requests.`
  }
  return `Could not comment the plan on the pull request: ${detail}. The plan is in the job summary.`
}

/** Why GITHUB_API_URL may not receive the token; never repeating a user name or password in it. */
function githubApiProblem(value: string | undefined): string | undefined {
  if (!value) return undefined // the toolkit's default: https://api.github.com
  if (!URL.canParse(value)) return 'is not a URL'
  const url = new URL(value)
  const reason = unsafeBaseUrlReason(url)
  return reason && `(${url.protocol}//${url.host}) is refused: ${reason}`
}
