// The pull-request comment's failures, as advice: a missing permission is never a failed step.
import { describe, expect, it } from 'vitest'
import { commentFailureAdvice } from '../../../src/github/comment.ts'

describe('commentFailureAdvice', () => {
  it('names the permission to grant on 403', () => {
    expect(commentFailureAdvice(403, 'Resource not accessible by integration')).toContain(
      '`permissions: pull-requests: write`',
    )
  })
  it('says a redirect made no comment, and that it was not followed', () => {
    for (const status of [301, 302, 307, 308]) {
      const advice = commentFailureAdvice(status, 'GitHub answered a redirect')
      expect(advice).toMatch(
        new RegExp(`^Could not comment the plan on the pull request: GitHub answered ${status}, a redirect`),
      )
      expect(advice).toContain('Check GITHUB_API_URL')
    }
  })
  it('falls back to the summary for anything else', () => {
    expect(commentFailureAdvice(undefined, 'socket hang up')).toContain('The plan is in the job summary')
  })
})
