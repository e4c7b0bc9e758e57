// Existing consents do not cover a dependent scope added later, an optional one made required,
// or a refresh token newly required: the log, the summary and the plan comment say so.
import { describe, expect, it } from 'vitest'
import type { DependentScope } from '../../../../src/globus/schemas.ts'
import { changesNeedingConsent } from '../../../../src/modes/ensure/consent.ts'
import { ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { planScope, type ResolvedScope } from '../../../../src/modes/ensure/plan.ts'
import { resultLines } from '../../../../src/report/lines.ts'
import { renderPlanComment, renderSummary } from '../../../../src/report/summary.ts'
import type { DesiredScope } from '../../../../src/scope-file/document.ts'
import { Redactor } from '../../../../src/text/redact.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING } from '../../../../test-support/fake-globus-auth/store.ts'
import { dependent, heldScope, resolvedScope } from '../../../../test-support/fixtures.ts'

const A = 'aaaaaaaa-0000-4000-8000-000000000001'
const B = 'bbbbbbbb-0000-4000-8000-000000000002'
const dep = (scope: string, optional = false, requires_refresh_token = false) =>
  dependent(scope, { optional, requires_refresh_token })
const desired = (...dependent_scopes: DependentScope[]) => resolvedScope({ dependent_scopes })
const holding = (...dependent_scopes: DependentScope[]) => heldScope(desired(...dependent_scopes))
const reasons = (want: ResolvedScope, have: ReturnType<typeof holding> | undefined) =>
  changesNeedingConsent(planScope(want, have)).map((c) => [c.dependent.scope, ...c.reasons])

describe('changesNeedingConsent', () => {
  it('lists an added scope, one made required, and one newly requiring a refresh token', () => {
    expect(reasons(desired(dep(A), dep(B, false, true)), holding(dep(B, true, false)))).toEqual([
      [A, 'added'],
      [B, 'now required', 'now requires a refresh token'],
    ])
  })

  it('lists nothing for loosening, removing, other fields, or a new scope nobody consented to yet', () => {
    expect(reasons(desired(dep(A, true)), holding(dep(A), dep(B, false, true)))).toEqual([])
    expect(reasons({ ...desired(dep(A)), name: 'New' }, holding(dep(A)))).toEqual([])
    expect(reasons(desired(dep(A)), undefined)).toEqual([])
  })
})

describe('the consent notice', () => {
  const t = useFakeGlobusAuth()
  const file = (requiresRefresh: boolean): DesiredScope => ({
    ...desired(),
    dependent_scopes: [
      { scope: GROUPS_SCOPE_STRING, optional: false, requires_refresh_token: false },
      { scope: TRANSFER_SCOPE_STRING, optional: false, requires_refresh_token: requiresRefresh },
    ],
  })
  const log = { debug() {}, info() {} }

  it('is in the log, the summary and the plan comment when a dependent scope is added', async () => {
    t.fake.addScope(t.client.id, {
      ...desired(),
      dependent_scopes: [dep(t.fake.groupsScopeId)],
    })
    const plan = await ensureScope(t.auth(), file(false), 'plan', log)
    const comment = renderPlanComment(plan, {}, new Redactor())
    expect(comment).toContain(
      `> [!IMPORTANT]\n> Once this is applied, existing consents do not cover \`${TRANSFER_SCOPE_STRING}\` (added): ` +
        'users and flows must consent again (Globus Flows runs that use this Action Provider wait until they do).',
    )
    const applied = await ensureScope(t.auth(), file(false), 'ensure', log)
    expect(applied.status).toBe('updated')
    expect(resultLines(applied).at(-1)).toBe(
      `Existing consents do not cover ${TRANSFER_SCOPE_STRING} (added): users and flows must consent again ` +
        '(Globus Flows runs that use this Action Provider wait until they do).',
    )
    const summary = renderSummary(
      { result: applied, error: undefined, scopeFile: 'f.json', authUrl: 'https://auth.globus.org', requests: 3 },
      new Redactor(),
    )
    expect(summary).toContain(`> [!IMPORTANT]\n> Existing consents do not cover \`${TRANSFER_SCOPE_STRING}\` (added)`)
    // Once in line, nothing more to consent to.
    const steady = await ensureScope(t.auth(), file(false), 'ensure', log)
    expect(resultLines(steady).join('\n')).not.toContain('consent')
    // Starting to require a refresh token is a change consents do not cover either.
    const stricter = await ensureScope(t.auth(), file(true), 'ensure', log)
    expect(resultLines(stricter).at(-1)).toMatch(
      /^Existing consents do not cover .*:all \(now requires a refresh token\)/,
    )
  })
})
