// The pull-request comment's failures, as advice: a missing permission is never a failed step.
import { describe, expect, it } from 'vitest'
import { commentFailureAdvice } from '../../../src/runner/comment.ts'

describe('commentFailureAdvice', () => {
  it('names the permission to grant on 403', () => {
    expect(commentFailureAdvice(403, 'Resource not accessible by integration')).toContain(
      '`permissions: pull-requests: write`',
    )
  })
  it('falls back to the summary for anything else', () => {
    expect(commentFailureAdvice(undefined, 'socket hang up')).toContain('The plan is in the job summary')
  })
})
