// The caller check through the bundle, against the loopback fake: the wiring (inputs, masks,
// output, log, summary), not the cases again (unit/caller/, unit/flow/caller-gate.test.ts). Every token
// and the caller's secret are masked before any use, and appear nowhere else.
import { describe, expect, it } from 'vitest'
import { useBundledAction } from '../../test-support/loopback-globus.ts'
import type { ActionRun } from '../../test-support/run-action.ts'

const bundle = useBundledAction()
const { run } = bundle

/** The index of the first stdout line that matches, or -1. */
const lineOf = (r: ActionRun, test: (line: string) => boolean) => r.stdout.split('\n').findIndex(test)

describe('verify with a stand-in caller', () => {
  it('passes the check: masks first, a token per use masked before it, the output, the log and the summary', async () => {
    await run({})
    const caller = bundle.server.fake.addClient({})
    bundle.server.fake.grantsUnadvertised = true
    bundle.server.fake.requests.length = 0
    const r = await run({ mode: 'verify', caller_client_id: caller.id, caller_client_secret: caller.secret })
    expect([r.exitCode, r.outputs.status, r.outputs.caller_check]).toEqual([0, 'unchanged', 'passed'])
    expect(bundle.server.fake.requests).toHaveLength(9)
    // The boot still sent the first lookup early (node:http, Connection: close): the caller changes nothing there.
    expect(bundle.server.fake.requests[0]?.connection).toBe('close')
    expect(r.summary).toContain(`- Globus Auth \`${bundle.server.url}\`: 9 requests`)
    expect(r.summary).toContain(`- Caller check with the stand-in caller \`${caller.id}\`: passed ✅ (8 requests)`)
    expect(r.stdout).toContain(
      '  4. Revocation of every token given: passed: 5 tokens revoked (1 by the caller, 4 by the provider).',
    )

    // The caller's secret and Basic value are masked before the first line that is not a mask.
    const basic = Buffer.from(`${caller.id}:${caller.secret}`).toString('base64')
    const firstOther = lineOf(r, (line) => !line.startsWith('::add-mask::'))
    for (const secret of [caller.secret, basic]) {
      const masked = lineOf(r, (line) => line === `::add-mask::${secret}`)
      expect(masked).toBeGreaterThanOrEqual(0)
      if (secret === caller.secret) expect(masked).toBeLessThan(firstOther)
      expect(r.everything).not.toContain(secret)
    }
    // Each token masked before the request that first uses it, and nowhere else.
    const tokens = bundle.server.fake.granted
    expect(tokens).toHaveLength(5)
    const introspection = lineOf(r, (line) => line.includes('POST /v2/oauth2/token/introspect ->'))
    const firstRevocation = lineOf(r, (line) => line.includes('POST /v2/oauth2/token/revoke ->'))
    tokens.forEach((token, index) => {
      const masked = lineOf(r, (line) => line === `::add-mask::${token}`)
      expect(masked).toBeGreaterThanOrEqual(0)
      expect(masked).toBeLessThan(index === 0 ? introspection : firstRevocation)
      expect(r.everything).not.toContain(token.slice(0, 12))
      expect(r.everything).not.toContain(token.slice(-12))
    })
    expect(bundle.server.fake.liveTokens()).toEqual([])
  })
})
