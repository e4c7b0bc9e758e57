import { describe, expect, it } from 'vitest'
import {
  type CommentsApi,
  commentMarker,
  type PlanComment,
  upsertPlanComment,
} from '../../../src/runner/plan-comment.ts'

const US = 'github-actions[bot]'

function memoryComments(initial: PlanComment[] = []) {
  const comments = [...initial]
  const calls: string[] = []
  const api: CommentsApi = {
    list: async () => comments,
    identity: async () => {
      calls.push('identity')
      return [US]
    },
    create: async (body) => {
      calls.push('create')
      comments.push({ id: comments.length + 1, body, user: { login: US } })
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const comment = comments.find((c) => c.id === id)
      if (comment) comment.body = body
    },
  }
  return { api, comments, calls }
}

const SCOPE = {
  authUrl: 'https://auth.globus.org',
  clientId: '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f',
  scopeSuffix: 'action_all',
}
const MARKER = commentMarker(SCOPE)

describe('commentMarker', () => {
  it('is a hash of the scope identity: no outside text inside the HTML comment', () => {
    expect(MARKER).toMatch(/^<!-- ensure-globus-scope plan [0-9a-f]{16} -->$/)
    expect(commentMarker({ ...SCOPE, clientId: SCOPE.clientId.toUpperCase() })).toBe(MARKER)
    expect(commentMarker({ ...SCOPE, scopeSuffix: 'other' })).not.toBe(MARKER)
    expect(commentMarker({ ...SCOPE, authUrl: 'https://auth.sandbox.globuscs.info' })).not.toBe(MARKER)
  })
})

describe('upsertPlanComment', () => {
  it('creates a comment with the marker, then updates only that one', async () => {
    const other = {
      id: 1,
      body: `${commentMarker({ ...SCOPE, scopeSuffix: 'other' })}\nanother scope's plan`,
      user: { login: US },
    }
    const m = memoryComments([other, { id: 2, body: 'a review comment', user: { login: 'alice' } }])
    expect(await upsertPlanComment(m.api, MARKER, 'plan A', true)).toBe('created')
    expect(await upsertPlanComment(m.api, MARKER, 'plan B', true)).toBe('updated')
    expect(await upsertPlanComment(m.api, MARKER, 'plan B', true)).toBe('unchanged')
    expect(m.calls).toEqual(['create', 'identity', 'update 3', 'identity'])
    expect(m.comments[2]?.body).toBe(`${MARKER}\nplan B`)
    expect(m.comments[0]).toEqual(other)
  })

  it('never edits a comment somebody else wrote with our marker', async () => {
    const forged = { id: 5, body: `${MARKER}\nI copied the marker`, user: { login: 'mallory' } }
    const m = memoryComments([forged])
    expect(await upsertPlanComment(m.api, MARKER, 'plan', true)).toBe('created')
    expect(m.comments[0]).toEqual(forged)
    expect(m.calls).toEqual(['identity', 'create'])
  })

  it('edits and adds nothing when GitHub will not say who the token is and marked comments exist', async () => {
    const m = memoryComments([{ id: 4, body: `${MARKER}\nold plan`, user: { login: US } }])
    m.api.identity = async () => undefined
    expect(await upsertPlanComment(m.api, MARKER, 'new plan', true)).toBe('identity-unknown')
    expect(m.comments).toEqual([{ id: 4, body: `${MARKER}\nold plan`, user: { login: US } }])
    expect(m.calls).toEqual([])
  })

  it('asks who it is only when a marked comment exists', async () => {
    const m = memoryComments([{ id: 2, body: 'hello', user: { login: 'alice' } }])
    expect(await upsertPlanComment(m.api, MARKER, 'plan', true)).toBe('created')
    expect(m.calls).toEqual(['create'])
  })

  it('updates an earlier comment to say nothing changes, but adds none', async () => {
    expect(await upsertPlanComment(memoryComments().api, MARKER, 'no changes', false)).toBe('not-needed')
    const m = memoryComments([{ id: 9, body: `${MARKER}\nold plan`, user: { login: US } }])
    expect(await upsertPlanComment(m.api, MARKER, 'no changes', false)).toBe('updated')
  })
})
