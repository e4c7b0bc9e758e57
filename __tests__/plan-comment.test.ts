import { describe, expect, it } from 'vitest'
import {
  type CommentsApi,
  commentFailureAdvice,
  commentMarker,
  type PlanComment,
  upsertPlanComment,
} from '../src/plan-comment.ts'

function memoryComments(initial: PlanComment[] = []) {
  const comments = [...initial]
  const calls: string[] = []
  const api: CommentsApi = {
    list: async () => comments,
    create: async (body) => {
      calls.push('create')
      comments.push({ id: comments.length + 1, body })
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const comment = comments.find((c) => c.id === id)
      if (comment) comment.body = body
    },
  }
  return { api, comments, calls }
}

const SCOPE = 'https://auth.globus.org/scopes/x/action_all'

describe('upsertPlanComment', () => {
  it('creates a comment with the marker, then updates only that one', async () => {
    const other = { id: 1, body: `${commentMarker('https://auth.globus.org/scopes/x/other')}\nanother scope's plan` }
    const m = memoryComments([other, { id: 2, body: 'a review comment' }])
    expect(await upsertPlanComment(m.api, SCOPE, 'plan A', true)).toBe('created')
    expect(await upsertPlanComment(m.api, SCOPE, 'plan B', true)).toBe('updated')
    expect(await upsertPlanComment(m.api, SCOPE, 'plan B', true)).toBe('unchanged')
    expect(m.calls).toEqual(['create', 'update 3'])
    expect(m.comments[2]?.body).toBe(`${commentMarker(SCOPE)}\nplan B`)
    expect(m.comments[0]).toEqual(other)
  })

  it('updates an earlier comment to say nothing changes, but adds none', async () => {
    expect(await upsertPlanComment(memoryComments().api, SCOPE, 'no changes', false)).toBe('not-needed')
    const m = memoryComments([{ id: 9, body: `${commentMarker(SCOPE)}\nold plan` }])
    expect(await upsertPlanComment(m.api, SCOPE, 'no changes', false)).toBe('updated')
  })
})

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
