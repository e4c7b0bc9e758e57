// The caller check's steps in words (src/caller/): one line per step for the log and the summary,
// and what the summary says of the check (its failure's words are caller-failure.ts'). Values from
// outside come quoted by the caller's escape: plain in the log, code spans in Markdown.
import { type CallerCheck, type CallerFailure, type CallerRun, STEPS, type Step } from '../caller/check.ts'
import type { Markdown } from '../text/markdown.ts'
import { answered, callerFailureText, type Quote, quotedList, TITLES } from './caller-failure.ts'
import { counted, sentence } from './phrasing.ts'
import type { CallerSummary } from './summary.ts'

type Result = 'passed' | 'failed' | 'not run' | 'not needed' | 'nothing to revoke' | 'some not revoked'

interface StepLine {
  number: number
  title: string
  result: Result
  detail: string | undefined
}

/** The log's first words, before the check sends anything. */
export function callerCheckStart(callerId: string, scopeString: string): string {
  return `Checking that callers can use ${scopeString}, with the stand-in caller ${callerId} (caller_client_id):`
}

/** Each step's result, in order. */
function callerSteps(check: CallerCheck, quote: Quote): StepLine[] {
  const failed = check.failure?.step
  const reached = failed ? STEPS.indexOf(failed) : STEPS.length
  return STEPS.map((step, index) => {
    const line = (result: Result, detail?: string): StepLine => ({
      number: index + 1,
      title: TITLES[step],
      result,
      detail,
    })
    if (step === 'revocation') return revocationLine(check, line)
    if (step === failed && check.failure) return line('failed', failedDetail(check.failure, check, quote))
    if (index > reached) return line('not run')
    return passedLine(step, check, quote, line)
  })
}

function passedLine(
  step: Exclude<Step, 'revocation'>,
  check: CallerCheck,
  quote: Quote,
  line: (result: Result, detail?: string) => StepLine,
): StepLine {
  switch (step) {
    case 'token':
      return line('passed', `the stand-in caller got a token for ${quote(check.scopeString)}`)
    case 'introspection':
      return line(
        'passed',
        check.audience === 'lists-provider'
          ? 'active, for the scope, with the provider’s client in its audience (aud)'
          : 'active, for the scope; Globus gave no audience (aud), so whether it lists the provider’s client is not known',
      )
    case 'dependent-tokens': {
      const dependents = check.dependents
      if (dependents === 'none-required' || dependents === undefined) {
        return line('not needed', 'the scope requires no dependent scope')
      }
      const unnamed = dependents.unnamed.length
        ? `; not checked: ${counted(dependents.unnamed.length, 'dependent scope')} given by id that the provider’s ` +
          `client cannot read (${dependents.unnamed.map(quote).join(', ')})`
        : ''
      const got = dependents.got.length
        ? `a token for each required dependent scope: ${dependents.got.map(quote).join(', ')}`
        : 'no dependent scope could be named'
      const noRefresh = dependents.noRefresh.length
        ? `; no refresh token came for ${dependents.noRefresh.map(quote).join(', ')}, though the file says it ` +
          'requires one (requires_refresh_token): whether Globus gives one on a client’s own token is unverified, ' +
          'but without one the provider cannot act for callers once the access token expires'
        : ''
      return line('passed', `${got}${unnamed}${noRefresh}`)
    }
  }
}

function failedDetail(failure: CallerFailure, check: CallerCheck, quote: Quote): string {
  switch (failure.kind) {
    case 'caller-credentials':
      return `Globus Auth refused caller_client_id/caller_client_secret (${answered(failure.refusal, quote)})`
    case 'refused':
      return failure.step === 'token'
        ? `Globus Auth refused the stand-in caller a token (${answered(failure.refusal, quote)})`
        : `Globus Auth refused the exchange (${answered(failure.refusal, quote)})`
    case 'inactive':
      return 'Globus Auth says the token is not active'
    case 'scope':
      return `active, but its scopes (${quotedList(failure.scopes, quote)}) do not include the scope`
    case 'audience':
      return `its audience (aud: ${quotedList(failure.audience, quote)}) does not list the provider’s client ${quote(check.providerId)}`
    case 'missing':
      return `no token came for ${failure.missing.map(quote).join(', ')}`
    case 'no-answer':
      return 'no usable answer (below)'
  }
}

function revocationLine(check: CallerCheck, line: (result: Result, detail?: string) => StepLine): StepLine {
  const revoked = check.revoked.caller + check.revoked.provider
  const missed = check.notRevoked.length + check.notHeld
  if (revoked + missed === 0) return line('nothing to revoke')
  const by = `${check.revoked.caller} by the caller, ${check.revoked.provider} by the provider`
  if (missed === 0) return line('passed', `${counted(revoked, 'token')} revoked (${by})`)
  return line(
    'some not revoked',
    `${counted(missed, 'token')} not revoked (the warnings say which); ${revoked} revoked (${by})`,
  )
}

/** The log lines of a check, after its first words. */
export function callerLogLines(check: CallerCheck): string[] {
  return callerSteps(check, (value) => value).map(
    ({ number, title, result, detail }) => `  ${number}. ${sentence(title)}: ${result}${detail ? `: ${detail}` : ''}.`,
  )
}

const ICONS: Partial<Record<Result, string>> = { passed: ' ✅', failed: ' ❌', 'some not revoked': ' ⚠️' }

/** The summary's facts: the check's result, then one line per step. */
export function callerFacts(run: CallerRun, md: Markdown): string[] {
  if (run.kind === 'not-checked') return ['- Caller check: run by `mode: verify` only']
  const { check } = run
  const verdict = check.failure ? `failed at step ${STEPS.indexOf(check.failure.step) + 1} ❌` : 'passed ✅'
  return [
    `- Caller check with the stand-in caller ${md.code(check.callerId)}: ${verdict} (${counted(run.requests, 'request')})`,
    ...callerSteps(check, md.code).map(
      ({ number, title, result, detail }) =>
        // "Step 1", not "1.": a number and a dot would start an ordered list inside the item.
        `  - Step ${number}, ${title}: ${result}${ICONS[result] ?? ''}${detail ? `: ${detail}` : ''}`,
    ),
  ]
}

/** The check in the summary's words (renderSummary's `caller`), values as its Markdown quotes them. */
export function callerSummary(run: CallerRun, scopeFile: string): CallerSummary {
  const check = run.kind === 'checked' ? run.check : undefined
  const failure = check?.failure
  return {
    failed: failure !== undefined,
    failure: (md) => (check && failure ? callerFailureText(check, failure, scopeFile, md.code) : undefined),
    facts: (md) => callerFacts(run, md),
  }
}
