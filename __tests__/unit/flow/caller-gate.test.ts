// The caller check in a run (execute, as run() calls it): only in verify, only once the scope
// matches its file; its output, its lines in the log and the summary, its requests; and, over any
// way Globus may answer, no token anywhere a run leaves text, and none left live unannounced.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { execute } from '../../../src/flow/execute.ts'
import type { Outcome } from '../../../src/flow/outcome.ts'
import type { Exchange } from '../../../src/globus/exchange.ts'
import type { Mode } from '../../../src/settings/modes.ts'
import { leaks, windows } from '../../../test-support/boundary/checks.ts'
import { useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { type FakeClient, GROUPS_SCOPE_STRING } from '../../../test-support/fake-globus-auth/store.ts'
import { replayWith } from '../../../test-support/fast-check-seed.ts'
import { flowCollaborators, flowSettings, infoLines, scratchWorkspace } from '../../../test-support/flow-run.ts'
import { EXAMPLE_SCOPE_FILE } from '../../../test-support/paths.ts'

const t = useFakeGlobusAuth()
let workspace: string
let caller: FakeClient
beforeEach(async () => {
  workspace = await scratchWorkspace(EXAMPLE_SCOPE_FILE)
  caller = t.fake.addClient({})
})

const settings = (mode: Mode, secret = caller.secret) =>
  flowSettings(t, workspace, mode, { caller: { clientId: caller.id, clientSecret: secret } })

/** A run as run() makes it: one redactor for the client and the reports, the transcript hook. */
async function run(mode: Mode, secret?: string) {
  const records: Exchange[] = []
  const io = flowCollaborators(t, { record: (exchange) => records.push(exchange) })
  const outcome = await execute(settings(mode, secret), io)
  return { outcome, lines: io.lines, records, requests: io.auth.requestCount }
}

/** The scope as the example file declares it, in place; requests counted from here. */
async function ensured(): Promise<void> {
  await run('ensure')
  t.fake.requests.length = 0
}

const paths = () => t.fake.requests.map((r) => r.path.split('?')[0])
const scopeString = () => `https://auth.globus.org/scopes/${t.client.id}/action_all`

describe('the caller check in verify', () => {
  it('runs once the scope matches: caller_check passed, a line per step in the log and the summary', async () => {
    await ensured()
    t.fake.grantsUnadvertised = true
    const { outcome, lines, requests } = await run('verify')
    expect(outcome.failure).toBeUndefined()
    expect(outcome.outputs).toMatchObject({ status: 'unchanged', caller_check: 'passed' })
    const info = infoLines(lines)
    expect(info.slice(-5)).toEqual([
      `Checking that callers can use ${scopeString()}, with the stand-in caller ${caller.id} (caller_client_id):`,
      `  1. Token for the scope, with the caller’s credentials: passed: the stand-in caller got a token for ${scopeString()}.`,
      '  2. Introspection by the provider’s client: passed: active, for the scope, with the provider’s client in its audience (aud).',
      `  3. Dependent tokens for the provider: passed: a token for each required dependent scope: ${GROUPS_SCOPE_STRING}, urn:globus:auth:scope:transfer.api.globus.org:all.`,
      '  4. Revocation of every token given: passed: 5 tokens revoked (1 by the caller, 4 by the provider).',
    ])
    // The lookup, then 3 + 5 revocations (Transfer requires a refresh token: access_type=offline).
    expect(requests).toBe(9)
    expect(paths()).toEqual([
      '/v2/api/scopes',
      '/v2/oauth2/token',
      '/v2/oauth2/token/introspect',
      '/v2/oauth2/token',
      ...Array(5).fill('/v2/oauth2/token/revoke'),
    ])
    expect(outcome.summary).toContain('- Globus Auth `https://auth.globus.org`: 9 requests\n')
    expect(outcome.summary).toContain(
      `- Caller check with the stand-in caller \`${caller.id}\`: passed ✅ (8 requests)\n` +
        '  - Step 1, token for the scope, with the caller’s credentials: passed ✅: the stand-in caller got a token for ',
    )
    expect(outcome.summary).toContain('  - Step 4, revocation of every token given: passed ✅: 5 tokens revoked')
    // The debug log says a token came, never what it is.
    expect(lines).toContain(`debug: Globus Auth granted a token for ${scopeString()} (masked; never shown)`)
    expect(t.fake.liveTokens()).toEqual([])
  })

  it('fails the step when a step fails: status failed, caller_check failed, the failure the way out first', async () => {
    await ensured()
    t.fake.grantsUnadvertised = true
    t.fake.withheldDependentTokens.add(GROUPS_SCOPE_STRING)
    const { outcome } = await run('verify')
    expect(outcome.outputs).toMatchObject({ status: 'failed', caller_check: 'failed', scope_id: expect.any(String) })
    expect(outcome.failure).toMatch(
      /^The provider could not get a Groups token for its callers, so group-based policies would never match\. The exchange at step 3/,
    )
    expect(outcome.summary).toMatch(
      /^## ❌ Globus Auth scope: the caller check fails\n\nThe provider could not get a Groups token/,
    )
    expect(t.fake.liveTokens()).toEqual([])
  })

  it('names a wrong caller secret as caller_client_secret, never the provider’s client_secret', async () => {
    await ensured()
    const { outcome } = await run('verify', `${caller.secret}x`)
    expect(outcome.failure).toMatch(/^Check caller_client_id and caller_client_secret: Globus Auth refused/)
    for (const text of [outcome.failure, outcome.summary]) expect(text).not.toMatch(/(?<!caller_)client_secret/)
    expect(paths()).toEqual(['/v2/api/scopes', '/v2/oauth2/token'])
  })

  it('tries no caller when the scope differs from its file: verify fails on that alone', async () => {
    await ensured()
    t.fake.scopesOf(t.client.id)[0]!.description = 'drifted'
    const { outcome } = await run('verify')
    expect(outcome.outputs.status).toBe('would-update')
    expect(outcome.outputs.caller_check).toBeUndefined()
    expect(paths()).toEqual(['/v2/api/scopes'])
  })

  it('says, when there is no scope, that client_id and caller_client_id may be swapped: ensure must not run', async () => {
    // No ensure first: the scope does not exist, as it would not for the caller's own id.
    const { outcome } = await run('verify')
    expect(outcome.outputs.status).toBe('would-create')
    expect(outcome.failure).toMatch(
      new RegExp(
        `it does not exist yet\\. If client_id and caller_client_id are swapped, do not run ensure: it would create the scope on the stand-in caller’s client\\. client_id must be the Action Provider’s client, and caller_client_id \\(${caller.id}\\) the stand-in caller’s\\.$`,
      ),
    )
    expect(outcome.outputs.caller_check).toBeUndefined()
  })

  it('warns of a token it could not revoke, naming whose and for what; the check still passes', async () => {
    await ensured()
    t.fake.grantsUnadvertised = true
    t.fake.inject({ kind: 'status', status: 400 }, { path: /revoke/ })
    const { outcome } = await run('verify')
    expect(outcome.outputs.caller_check).toBe('passed')
    const warnings = outcome.annotations.filter((a) => a.title === 'Caller check: a token not revoked')
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^The provider’s dependent refresh token for urn:globus:auth:scope:transfer\.api\.globus\.org:all from the caller check could not be revoked: Globus Auth answered 400 .* A refresh token stays valid until it is revoked/,
      ),
    ])
    expect(t.fake.liveTokens()).toHaveLength(1)
  })
})

describe('a required dependent scope given by id', () => {
  const byId = () =>
    EXAMPLE_SCOPE_FILE.replace('urn:globus:auth:scope:transfer.api.globus.org:all', t.fake.transferScopeId)

  it('is named with one lookup by id, whichever scopes the provider’s client may see', async () => {
    for (const visibility of ['all', 'owner-or-advertised'] as const) {
      t.fake.visibility = visibility
      t.fake.grantsUnadvertised = true
      await writeFile(join(workspace, 'globus-scope.json'), byId())
      await ensured()
      const { outcome, lines } = await run('verify')
      expect(outcome.outputs.caller_check).toBe('passed')
      expect(paths().slice(0, 3)).toEqual(['/v2/api/scopes', '/v2/api/scopes', '/v2/oauth2/token'])
      expect(lines.find((l) => l.startsWith('  3.'))).toContain('urn:globus:auth:scope:transfer.api.globus.org:all.')
    }
  })

  it('that the provider’s client cannot read is not checked, and the step says so', async () => {
    const other = t.fake.addClient({})
    const hidden = t.fake.addScope(other.id, { scope_suffix: 'hidden', advertised: false })
    await writeFile(
      join(workspace, 'globus-scope.json'),
      EXAMPLE_SCOPE_FILE.replace('urn:globus:auth:scope:transfer.api.globus.org:all', hidden.id),
    )
    await ensured()
    t.fake.visibility = 'owner-or-advertised'
    t.fake.grantsUnadvertised = true
    const { outcome, lines } = await run('verify')
    expect(outcome.outputs.caller_check).toBe('passed')
    expect(lines.find((l) => l.startsWith('  3.'))).toBe(
      `  3. Dependent tokens for the provider: passed: a token for each required dependent scope: ${GROUPS_SCOPE_STRING}; ` +
        `not checked: 1 dependent scope given by id that the provider’s client cannot read (${hidden.id}).`,
    )
    expect(t.fake.liveTokens()).toEqual([])
  })
})

describe('plan and ensure', () => {
  it.each(['plan', 'ensure'] as const)(
    '%s takes the inputs with a notice, and sends nothing for them',
    async (mode) => {
      await ensured()
      const { outcome } = await run(mode)
      expect(outcome.annotations).toContainEqual({
        level: 'notice',
        title: 'caller_client_id not used',
        message: `caller_client_id and caller_client_secret are used in mode: verify only: the caller check runs once the scope matches the file, and ${mode} may still change it. Run verify with them.`,
      })
      expect(outcome.outputs.caller_check).toBeUndefined()
      expect(paths()).toEqual(['/v2/api/scopes'])
    },
  )
})

describe('the tokens a check is given', () => {
  /** Every way the unverified points and the faults may turn out, drawn with the suite's one seed (test-support/fast-check-seed.ts). */
  const mostly = fc.nat(4).map((n) => n > 0)
  const ways = fc.record({
    grantsUnadvertised: mostly,
    audience: fc.constantFrom('resource-server', 'holder-only', 'absent'),
    exchanges: fc.boolean(),
    withholdGroups: fc.boolean(),
    lostRevocations: fc.nat(3),
    wrongSecret: mostly.map((right) => !right),
    echoedAt: fc.constantFrom('nowhere', 'introspect', 'revoke'),
    // A grant answer that holds its tokens but cannot be read whole: the caller's, or the exchange's.
    unreadable: fc.constantFrom('nowhere', 'grant', 'exchange'),
  })

  it('are never in the log, an annotation, the failure, an output, the summary or the transcript, and none is left live unannounced', async () => {
    await ensured()
    const seen = { tokens: 0, warned: 0 }
    await fc.assert(
      fc.asyncProperty(ways, async (way) => {
        t.fake.grantsUnadvertised = way.grantsUnadvertised
        t.fake.introspectionAudience = way.audience
        t.fake.exchangesClientTokens = way.exchanges
        t.fake.withheldDependentTokens.clear()
        if (way.withholdGroups) t.fake.withheldDependentTokens.add(GROUPS_SCOPE_STRING)
        t.fake.faults.length = 0
        t.fake.grants.clear()
        if (way.lostRevocations > 0) {
          t.fake.inject({ kind: 'status', status: 400 }, { path: /revoke/, times: way.lostRevocations })
        }
        const before = t.fake.granted.length
        if (way.echoedAt !== 'nowhere') {
          // An error that echoes the token it was sent, whole and in part: no log line, output or summary may carry it on.
          const render = ({ token = '' }) => {
            const base64 = Buffer.from(`token=${token}`).toString('base64')
            return JSON.stringify({
              errors: [{ code: 'BAD_TOKEN', detail: `${token} or ${token.slice(3, 20)}? ${base64}` }],
            })
          }
          const echo = { kind: 'echo', status: 400, contentType: 'application/json', render } as const
          t.fake.inject(echo, { path: new RegExp(way.echoedAt) })
        }
        if (way.unreadable === 'grant') {
          t.fake.inject({ kind: 'field', path: ['expires_in'], value: 'soon' }, { path: /\/token$/ })
        }
        if (way.unreadable === 'exchange') {
          // The caller's answer takes a harmless field "0"; the exchange's list a token_type too long.
          t.fake.inject(
            { kind: 'field', path: [0, 'token_type'], value: 'x'.repeat(40) },
            { path: /\/token$/, times: 2 },
          )
        }
        const { outcome, lines, records } = await run('verify', way.wrongSecret ? `${caller.secret}x` : undefined)
        const tokens = t.fake.granted.slice(before)
        seen.tokens += tokens.length
        const text = [...lines, ...everything(outcome), JSON.stringify(records)].join('\n')
        expect(
          leaks(
            text,
            tokens.flatMap((token) => [
              ...windows(token),
              ...windows(Buffer.from(token).toString('base64').slice(0, -4)),
            ]),
          ),
        ).toEqual([])
        // A token left live is one a warning names; none is left silently.
        const warnings = outcome.annotations.filter((a) => a.title === 'Caller check: a token not revoked')
        seen.warned += warnings.length
        expect(t.fake.liveTokens()).toHaveLength(warnings.length)
        expect(outcome.outputs.caller_check).toBe(outcome.failure ? 'failed' : 'passed')
      }),
      { numRuns: 40 },
    )
    // The property reached what it guards: tokens were given, and some could not be revoked.
    expect(seen.tokens, replayWith).toBeGreaterThan(20)
    expect(seen.warned, replayWith).toBeGreaterThan(0)
  })
})

function everything(outcome: Outcome): string[] {
  return [
    ...outcome.log,
    ...outcome.annotations.map((a) => a.message),
    outcome.failure ?? '',
    JSON.stringify(outcome.outputs),
    outcome.summary,
  ]
}
