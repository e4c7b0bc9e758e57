// The caller check in words: the failure says which step, whose credentials and Globus' reason,
// the way out first; a wrong caller secret never points at the provider's secret; a step line per
// step in the summary, which reads at a pull request's width with nothing from outside live.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CallerCheck, CallerFailure, NotRevoked } from '../../../src/caller/check.ts'
import { callerFacts, callerLogLines, callerSummary } from '../../../src/report/caller.ts'
import { callerFailureText, notHeldText, notRevokedText } from '../../../src/report/caller-failure.ts'
import { renderSummary } from '../../../src/report/summary.ts'
import { markdown } from '../../../src/text/markdown.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { liveMarkdown } from '../../../test-support/boundary/checks.ts'
import { hostileText } from '../../../test-support/boundary/hostile.ts'
import { widthProblems } from '../../../test-support/render-checks.ts'

const PROVIDER = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'
const CALLER = '5f1e7a8c-3b2d-4c6e-9a0f-1d2c3b4a5e6f'
const SCOPE = `https://auth.globus.org/scopes/${PROVIDER}/action_all`
const GROUPS = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships'
const TRANSFER = 'urn:globus:auth:scope:transfer.api.globus.org:all'
const code = (value: string) => `\`${value}\``
const refusal = (status: number, codeText: string, detail: string) => ({
  status,
  code: codeText,
  detail,
  requestId: undefined,
})

function checked(failure: CallerFailure | undefined, more: Partial<CallerCheck> = {}): CallerCheck {
  return {
    scopeString: SCOPE,
    callerId: CALLER,
    providerId: PROVIDER,
    advertised: false,
    required: [],
    failure,
    audience: undefined,
    dependents: undefined,
    revoked: { caller: 0, provider: 0 },
    notRevoked: [],
    notHeld: 0,
    ...more,
  }
}

const failureOf = (failure: CallerFailure, more: Partial<CallerCheck> = {}) =>
  callerFailureText(checked(failure, more), failure, 'globus-scope.json', code)

describe('a failed caller check', () => {
  it('names caller_client_secret for a wrong caller secret, never the provider’s client_secret', () => {
    const text = failureOf({ step: 'token', kind: 'caller-credentials', refusal: refusal(401, 'invalid_client', 'x') })
    expect(text).toBe(
      'Check caller_client_id and caller_client_secret: Globus Auth refused the stand-in caller’s id and secret at ' +
        'step 1 of the caller check (token for the scope, with the caller’s credentials): create a new secret for ' +
        "the stand-in caller’s client in the Globus web app's developer settings " +
        '(https://app.globus.org/settings/developers) and store it in the repository secret passed as ' +
        'caller_client_secret. The caller_client_id/caller_client_secret pair is wrong, or the secret was deleted. ' +
        'Globus Auth answered 401 `invalid_client`: `x`.',
    )
    expect(text).not.toMatch(/(?<!caller_)client_secret/)
  })

  it('gives a refused caller Globus’ code and the likely causes, by whether the scope is advertised', () => {
    const failure: CallerFailure = {
      step: 'token',
      kind: 'refused',
      refusal: refusal(403, 'unauthorized_client', 'no'),
    }
    const hidden = failureOf(failure)
    expect(hidden).toMatch(
      /^Callers may not get a token for `https:\/\/auth\.globus\.org\/scopes\/.*\/action_all`: Globus Auth refused the stand-in caller `5f1e7a8c-3b2d-4c6e-9a0f-1d2c3b4a5e6f` a token for it at step 1 of the caller check \(token for the scope, with the caller’s credentials\), answering 403 `unauthorized_client`: `no`\. /,
    )
    expect(hidden).toContain('The scope is not advertised, and a client outside the provider’s project may not be')
    expect(hidden).toContain('set "advertised": true in `globus-scope.json` and run mode: ensure')
    expect(hidden).toContain('Else check caller_client_secret.')
    expect(failureOf(failure, { advertised: true })).toContain('The scope is advertised, so the likely cause is')
  })

  it('says when introspection finds the token inactive, for other scopes, or for another audience', () => {
    expect(failureOf({ step: 'introspection', kind: 'inactive' })).toMatch(
      /^The provider’s client cannot read callers’ tokens: .* Globus Auth answered that it is not active\./,
    )
    expect(failureOf({ step: 'introspection', kind: 'scope', scopes: ['openid'] })).toMatch(
      /^Callers’ tokens would not pass the provider’s check: .* lists its scopes as `openid`, without `https:/,
    )
    expect(failureOf({ step: 'introspection', kind: 'audience', audience: [CALLER] })).toMatch(
      /^Callers’ tokens do not name the provider’s client as their audience: .* gave aud `5f1e7a8c-[^`]+`, without the provider’s client `0c8f8a72-[^`]+`\./,
    )
  })

  it('names a missing Groups token by what callers lose, and any other by its scope string', () => {
    const text = failureOf({ step: 'dependent-tokens', kind: 'missing', missing: [GROUPS, TRANSFER] })
    expect(text).toMatch(
      /^The provider could not get a Groups token for its callers, so group-based policies would never match\. The provider could not get a token for `urn:globus:auth:scope:transfer\.api\.globus\.org:all` for its callers\. The exchange at step 3 of the caller check \(dependent tokens for the provider\) gave no token for them/,
    )
  })

  it('says that whether Globus exchanges a client’s own token is unverified, and the way out', () => {
    const text = failureOf({
      step: 'dependent-tokens',
      kind: 'refused',
      refusal: refusal(403, 'unauthorized_client', 'no'),
    })
    expect(text).toContain('Whether Globus exchanges a client’s own token (a client identity’s, as the stand-in')
    expect(text).toContain('leave caller_client_id and caller_client_secret out of this step')
  })

  it('quotes an error’s message as a sentence of its own, one full stop after the quote', () => {
    const failure: CallerFailure = { step: 'introspection', kind: 'no-answer', message: 'No.', tokenMayExist: false }
    expect(failureOf(failure)).toMatch(/\): `No`\.$/)
    expect(callerFailureText(checked(failure), failure, 'globus-scope.json', (v) => v)).toMatch(/\): No\.$/)
  })

  it('says that a grant whose answer was lost may have made a token it could not revoke', () => {
    const failure: CallerFailure = { step: 'token', kind: 'no-answer', message: 'POST …: lost', tokenMayExist: true }
    expect(failureOf(failure)).toBe(
      'The caller check could not finish at step 1 of the caller check (token for the scope, with the caller’s ' +
        'credentials): `POST …: lost`. A token Globus Auth may have granted there could not be revoked: it expires on its own.',
    )
  })
})

describe('tokens that may be live', () => {
  it('says refresh tokens may be live, and stay so, when an exchange that asked for them lost its answer', () => {
    const failure: CallerFailure = {
      step: 'dependent-tokens',
      kind: 'no-answer',
      message: 'POST …: lost',
      tokenMayExist: true,
      refreshMayExist: true,
    }
    expect(failureOf(failure)).toMatch(
      /`POST …: lost`\. Tokens Globus Auth may have granted there, refresh tokens among them \(access_type=offline\), could not be revoked: an access token expires on its own, a refresh token stays valid until it is revoked/,
    )
  })

  it('counts the tokens past what one check revokes among those not revoked, in one warning', () => {
    const check = checked(undefined, { revoked: { caller: 202, provider: 0 }, notHeld: 9_798 })
    expect(callerLogLines(check)[3]).toBe(
      '  4. Revocation of every token given: some not revoked: 9798 tokens not revoked (the warnings say which); ' +
        '202 revoked (202 by the caller, 0 by the provider).',
    )
    expect(notHeldText(9_798)).toBe(
      '9798 more tokens that Globus Auth gave during the caller check were not revoked: the check revokes at most ' +
        '202, and an answer held more than the scope’s dependent scopes account for. An access token expires on its ' +
        'own; a refresh token stays valid until it is revoked.',
    )
  })
})

describe('the steps in the log and the summary', () => {
  const passed = checked(undefined, {
    audience: 'not-given',
    dependents: { got: [GROUPS], unnamed: [], noRefresh: [] },
    revoked: { caller: 1, provider: 1 },
  })

  it('says in the log that Globus listed no audience, so whether it lists the provider is not known', () => {
    expect(callerLogLines(passed)[1]).toBe(
      '  2. Introspection by the provider’s client: passed: active, for the scope; Globus gave no audience (aud), so ' +
        'whether it lists the provider’s client is not known.',
    )
  })

  it('says in step 3 which dependent scope that requires a refresh token got none', () => {
    const check = { ...passed, dependents: { got: [GROUPS, TRANSFER], unnamed: [], noRefresh: [TRANSFER] } }
    expect(callerLogLines(check)[2]).toBe(
      `  3. Dependent tokens for the provider: passed: a token for each required dependent scope: ${GROUPS}, ` +
        `${TRANSFER}; no refresh token came for ${TRANSFER}, though the file says it requires one ` +
        '(requires_refresh_token): whether Globus gives one on a client’s own token is unverified, but without one ' +
        'the provider cannot act for callers once the access token expires.',
    )
  })

  it('gives a line per step, and the steps after a failure as not run', () => {
    const failed = checked({ step: 'introspection', kind: 'inactive' }, { revoked: { caller: 1, provider: 0 } })
    expect(callerFacts({ kind: 'checked', check: failed, requests: 3 }, markdown(new Redactor()))).toEqual([
      `- Caller check with the stand-in caller \`${CALLER}\`: failed at step 2 ❌ (3 requests)`,
      `  - Step 1, token for the scope, with the caller’s credentials: passed ✅: the stand-in caller got a token for \`${SCOPE}\``,
      '  - Step 2, introspection by the provider’s client: failed ❌: Globus Auth says the token is not active',
      '  - Step 3, dependent tokens for the provider: not run',
      '  - Step 4, revocation of every token given: passed ✅: 1 token revoked (1 by the caller, 0 by the provider)',
    ])
  })

  it('lets nothing of Globus’ words render live or break a line, whatever they are, in any failure', () => {
    const md = markdown(new Redactor())
    // Every failure that carries untrusted text: codes and details, scopes, an audience, an error's message.
    const failures = (words: string): CallerFailure[] => [
      { step: 'token', kind: 'refused', refusal: refusal(400, words, words) },
      { step: 'token', kind: 'caller-credentials', refusal: refusal(401, words, words) },
      { step: 'dependent-tokens', kind: 'refused', refusal: refusal(403, words, words) },
      { step: 'introspection', kind: 'scope', scopes: [words] },
      { step: 'introspection', kind: 'audience', audience: [words] },
      { step: 'dependent-tokens', kind: 'missing', missing: [words] },
      { step: 'introspection', kind: 'no-answer', message: words, tokenMayExist: false },
    ]
    fc.assert(
      fc.property(hostileText({ secret: 'unused-secret-x', basic: 'unused', token: 'unused' }), (words) => {
        for (const failure of failures(words)) {
          const check = checked(failure)
          const facts = callerFacts({ kind: 'checked', check, requests: 1 }, md)
          const text = [callerFailureText(check, failure, 'globus-scope.json', md.code), '', ...facts].join('\n')
          expect(liveMarkdown(text)).toEqual([])
          // One line per step, each its own list item: nothing from outside starts a line of its own.
          expect(facts.join('\n').split('\n')).toHaveLength(5)
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('a token not revoked', () => {
  it('says whose, for what, why, and when it expires by itself', () => {
    const why = 'Globus Auth answered 503 to POST /v2/oauth2/token/revoke.'
    const access: NotRevoked = { holder: 'caller', kind: 'access', scopes: [SCOPE], why, expiresIn: 172800 }
    expect(notRevokedText(access, (v) => v)).toBe(
      `The stand-in caller’s token for ${SCOPE} from the caller check could not be revoked: ${why} It expires on its ` +
        'own within 48 hours; only the stand-in caller holds it.',
    )
    expect(notRevokedText({ ...access, holder: 'provider', kind: 'refresh' }, (v) => v)).toMatch(
      /^The provider’s dependent refresh token for .* A refresh token stays valid until it is revoked; only the provider’s client holds it\.$/,
    )
  })
})

describe('the summary of a passed check', () => {
  it('fits a pull request', () => {
    const check = checked(undefined, {
      audience: 'lists-provider',
      dependents: { got: [GROUPS, TRANSFER], unnamed: [], noRefresh: [] },
      revoked: { caller: 1, provider: 4 },
    })
    const summary = renderSummary(
      {
        result: undefined,
        error: undefined,
        scopeFile: 'globus-scope.json',
        authUrl: 'https://auth.globus.org',
        requests: 9,
        caller: callerSummary({ kind: 'checked', check, requests: 8 }, 'globus-scope.json'),
      },
      new Redactor(),
    )
    expect(widthProblems(summary)).toEqual([])
    expect(summary).toContain('(8 requests)')
  })
})
