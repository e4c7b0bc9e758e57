// The push a plan comment names, from GitHub's environment and event: untrusted text, so each value
// must have its shape or is left out, and nothing of it renders live in the comment.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pushOf } from '../../../src/github/push.ts'
import type { EnsureResult } from '../../../src/modes/ensure/ensure.ts'
import { planScope } from '../../../src/modes/ensure/plan.ts'
import { renderPlanComment } from '../../../src/report/summary.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { liveMarkdown } from '../../../test-support/boundary/checks.ts'
import { hostileText } from '../../../test-support/boundary/hostile.ts'
import { replayWith } from '../../../test-support/fast-check-seed.ts'
import { heldScope, resolvedScope } from '../../../test-support/fixtures.ts'

const SHA = '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345'
const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/ap',
  GITHUB_RUN_ID: '1234567890',
  GITHUB_SHA: 'b'.repeat(40),
}

describe('pushOf', () => {
  it('names a pull request’s head commit (not the merge commit) and links the run', () => {
    expect(pushOf(env, { pull_request: { head: { sha: SHA } } })).toEqual({
      commit: SHA,
      runUrl: 'https://github.com/octo/ap/actions/runs/1234567890',
    })
    expect(pushOf(env, {}).commit).toBe('b'.repeat(40))
    expect(pushOf({ ...env, GITHUB_SERVER_URL: 'https://ghe.example.com:8443' }, {}).runUrl).toBe(
      'https://ghe.example.com:8443/octo/ap/actions/runs/1234567890',
    )
  })

  it.each([
    ['a server that is not https', { GITHUB_SERVER_URL: 'http://github.com' }],
    ['a server with a path', { GITHUB_SERVER_URL: 'https://github.com/x)' }],
    ['a server with credentials', { GITHUB_SERVER_URL: 'https://u:p@github.com' }],
    ['a repository of another shape', { GITHUB_REPOSITORY: 'octo/ap/../x' }],
    ['a repository named ..', { GITHUB_REPOSITORY: 'octo/..' }],
    ['a run id that is not digits', { GITHUB_RUN_ID: '12)[x](y' }],
    ['no run id', { GITHUB_RUN_ID: undefined }],
  ])('links no run for %s', (_, change) => {
    expect(pushOf({ ...env, ...change }, {}).runUrl).toBeUndefined()
  })

  it('names no commit whose SHA is not hexadecimal', () => {
    expect(
      pushOf({ ...env, GITHUB_SHA: 'not-a-sha' }, { pull_request: { head: { sha: '`x`' } } }).commit,
    ).toBeUndefined()
    expect(pushOf({}, undefined)).toEqual({})
  })

  it('lets nothing of any environment or event render live in the comment', () => {
    const desired = resolvedScope()
    const result: EnsureResult = {
      mode: 'plan',
      status: 'would-update',
      plan: planScope(desired, heldScope(desired, { name: 'Old' })),
      scope: heldScope(desired),
      scopeString: heldScope(desired).scope_string,
      desired,
      knownScopes: new Map(),
      missingGroups: false,
      variants: [],
      otherScopes: [],
    }
    const any = hostileText({ secret: 's'.repeat(20), basic: 'b'.repeat(20), token: 't'.repeat(20) })
    // Each value either as GitHub sets it or anything at all, so that some runs link and some do not.
    const or = (good: string) => fc.oneof(any, fc.constant(good))
    const values = fc.record({
      server: or('https://github.com'),
      repository: or('octo/ap'),
      run: or('42'),
      sha: or(SHA),
      head: or(SHA),
    })
    let linked = 0
    fc.assert(
      fc.property(values, (v) => {
        const push = pushOf(
          { GITHUB_SERVER_URL: v.server, GITHUB_REPOSITORY: v.repository, GITHUB_RUN_ID: v.run, GITHUB_SHA: v.sha },
          { pull_request: { head: { sha: v.head } } },
        )
        const comment = renderPlanComment(result, push, new Redactor())
        expect(liveMarkdown(comment)).toEqual([])
        if (comment.includes('](https://github.com/octo/ap/actions/runs/42)')) linked++
      }),
      { numRuns: 300 },
    )
    expect(linked, replayWith).toBeGreaterThan(0)
  })
})
