// What happened, as plain text: the log lines (the plan as diff.ts writes it) and the notices.
// Values that came from outside are quoted or escaped here; the log sink makes every line safe once more.

import { GROUPS_SCOPE_STRING } from '../globus/scope-string.ts'
import { changesNeedingConsent } from '../modes/ensure/consent.ts'
import type { EnsureResult } from '../modes/ensure/ensure.ts'
import { driftedFields } from '../modes/ensure/plan.ts'
import type { ProviderCheck, ProviderFailure } from '../provider/description.ts'
import { whyText } from '../provider/why.ts'
import type { Settings } from '../settings/settings.ts'
import { firstDifference, isAscii, namedCharacter } from '../text/difference.ts'
import { seconds } from '../text/duration.ts'
import { printable } from '../text/printable.ts'
import { changeCount, countText, diffText, legend, nameOf, planDiff } from './diff.ts'
import { counted, ordinal, sentence } from './phrasing.ts'

export const HEADLINES: Record<EnsureResult['status'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'matches the file',
  'would-create': 'does not exist yet',
  'would-update': 'differs from the file',
}

/** A result's headline word, where it makes a second scope: the most important fact comes first. */
const SECOND_SCOPE_HEADLINES: Partial<Record<EnsureResult['status'], (scope: string) => string>> = {
  created: (scope) => `created as ${scope} for this client`,
  'would-create': (scope) => `does not exist yet and would be ${scope} for this client`,
}

/** The headline of a result, `matches the file`, `created as a second scope for this client`. */
function headline(result: EnsureResult): string {
  const second = result.otherScopes.length > 0 ? SECOND_SCOPE_HEADLINES[result.status] : undefined
  return second ? second(newScope(result)) : HEADLINES[result.status]
}

/** `a second scope`, or `another scope (its 7th)` beside several: the scope a new suffix makes. */
export function newScope(result: EnsureResult): string {
  const others = result.otherScopes.length
  return others <= 1 ? 'a second scope' : `another scope (its ${ordinal(others + 1)})`
}

/** Other scopes a sentence names at most; the rest are counted (an annotation holds 4,096 characters). */
const MAX_OTHER_SCOPES_NAMED = 5

/** The log lines of a result: the headline with the count, the legend and the diff, and the notices. */
export function resultLines(result: EnsureResult): string[] {
  const id = result.scope ? ` (id ${result.scope.id})` : ''
  const count = changeCount(result.plan)
  const changes = count ? ` (${countText(count)})` : ''
  const lines = [`Scope ${printable(result.scopeString)}${id} ${headline(result)}${changes}.`]
  // text/log.ts escapes each line.
  const diff = planDiff(result.plan, result.knownScopes)
  const key = legend(diff, (marker) => marker)
  if (key) lines.push(`  (${key})`)
  lines.push(...diffText(diff).map((line) => `  ${line}`))
  if (result.variants.length > 0) {
    const variants = result.variants.map((v) => `${printable(v.scope_string)} (id ${printable(v.id)})`)
    lines.push(variantsNotice(printable(result.scopeString), variants))
  }
  const consent = consentItems(result).map(({ name, why }) => `${printable(name)} (${why})`)
  if (consent.length > 0) lines.push(consentNotice(consent, result))
  // A second scope is said by the headline here and by its warning (an annotation): not a third time.
  return lines
}

/** The dependent scopes existing consents do not cover, each with why; untrusted text unquoted. */
export function consentItems(result: EnsureResult): { name: string; why: string }[] {
  return changesNeedingConsent(result.plan).map((change) => ({
    name: nameOf(change.dependent, result.knownScopes),
    why: change.reasons.join(', '),
  }))
}

/** Items come quoted by the caller's sink (plain text for the log, code spans for Markdown). */
export function consentNotice(items: string[], result: EnsureResult): string {
  const when = result.status.startsWith('would-') ? 'Once this is applied, existing' : 'Existing'
  return (
    `${when} consents do not cover ${items.join(', ')}: users and flows must consent again ` +
    '(Globus Flows runs that use this Action Provider wait until they do).'
  )
}

/** What a second scope means, and the way back: said once, after the sentence that names it. */
export const SECOND_SCOPE_MEANS =
  'A new scope_suffix makes a new scope with a new scope string, not a renamed one: the provider’s ' +
  'globus_auth_scope, flows and users must move to it (with new consents), and the old scope stays until it is ' +
  'deleted by hand. To change the existing scope instead, put its scope_suffix back in the file.'

/**
 * The sentence that names a second scope: a scope this run made or a plan would make, for a client
 * that has others. Scope strings and `mode: ensure` are quoted by the caller's escape.
 */
export function secondScopeSentence(result: EnsureResult, quote: (value: string) => string): string {
  const others = result.otherScopes.slice(0, MAX_OTHER_SCOPES_NAMED).map((s) => quote(s.scope_string))
  const more = result.otherScopes.length - others.length
  const has =
    result.otherScopes.length === 1
      ? `the scope ${others.join('')}`
      : `its ${result.otherScopes.length} scopes ${others.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
  const doer =
    result.status === 'created'
      ? 'This run created'
      : `${quote('mode: ensure')} ${result.mode === 'plan' ? 'will' : 'would'} create`
  return `${doer} ${newScope(result)} for the client, ${quote(result.scopeString)}, beside ${has}.`
}

/** What came of provider_url, for the log and the failure line. */
export function providerText(check: ProviderCheck, wanted: string): string {
  switch (check.kind) {
    case 'verified':
      return `The Action Provider at ${check.url} advertises ${check.advertised} (${counted(check.reads, 'read')}).`
    case 'not-checked':
      return `provider_url is checked in mode: verify only: the provider is deployed after ${check.mode}. Run verify after the deploy.`
    case 'failed':
      // A character alone reads better in quotes: "l", not l.
      return providerFailure(check.url.toString(), wanted, check.failure, (value) => value, JSON.stringify)
  }
}

/**
 * Why the deployed provider fails the gate, the way out first. Values come quoted by the caller's
 * escape (as they are for consentNotice): the provider's words are untrusted text. `quoteCharacter`
 * quotes the one character where two strings differ.
 */
export function providerFailure(
  url: string,
  wanted: string,
  failure: ProviderFailure,
  quote: (value: string) => string,
  quoteCharacter: (character: string) => string = quote,
): string {
  const at = `the Action Provider at ${quote(url)}`
  const rollout = 'If a rollout is still under way, give it more time with timeout_seconds.'
  const redeploy = `Set the provider's globus_auth_scope to ${quote(wanted)} and deploy it again`
  const source =
    "It takes its scope from its deployment's configuration (the globus_auth_scope of its description; in " +
    'action-provider-tools, the ActionProviderDescription it is built with).'
  switch (failure.kind) {
    case 'other-scope':
      return (
        `${redeploy}: ${at} advertises ${quote(failure.advertised)}, another scope of this client (after ` +
        `${counted(failure.reads, 'read')} in ${seconds(failure.ms)}). ${source} ${rollout}`
      )
    case 'not-own-scope':
      return (
        `${redeploy}: ${at} advertises ${quote(failure.advertised)}, which is no scope of this client` +
        `${differenceText(failure.advertised, wanted, quoteCharacter)}. ${source}`
      )
    case 'unreadable':
      return (
        `Check that the provider is deployed and that the runner reaches it: ${at} could not be read: it ` +
        `${whyText(failure, quote)} (after ${counted(failure.reads, 'read')} in ${seconds(failure.ms)}). ${rollout}`
      )
    case 'refused':
      return `${failure.fix ? `${failure.fix} ` : ''}${sentence(at)} ${whyText(failure, quote)}.`
  }
}

/**
 * `: at character 14 it has "о" (U+043E, Cyrillic) where the scope string has "o" (U+006F,
 * Latin)`: the first character that differs, and its code points when either is not plain ASCII
 * (a look-alike). Characters come quoted by the caller's escape: they are the provider's.
 */
function differenceText(advertised: string, wanted: string, quote: (character: string) => string): string {
  const difference = firstDifference(advertised, wanted)
  if (!difference) return ''
  const { at, given, wanted: expected, alsoAt } = difference
  const named = (character: string) =>
    isAscii(given) && isAscii(expected) ? quote(character) : namedCharacter(character, quote)
  const also = alsoAt.length > 0 ? `; also at character${alsoAt.length > 1 ? 's' : ''} ${alsoAt.join(', ')}` : ''
  if (given === undefined)
    return `: it ends after character ${at - 1}, where the scope string goes on with ${named(expected ?? '')}`
  if (expected === undefined) return `: it goes on at character ${at} with ${named(given)}, where the scope string ends`
  return `: at character ${at} it has ${named(given)} where the scope string has ${named(expected)}${also}`
}

/** Domain variants of the scope: this action keeps only the chosen one in line with the file. */
export function variantsNotice(chosen: string, variants: string[]): string {
  return (
    `Globus Auth also holds ${variants.join(', ')} with the same scope suffix (one per registered domain ` +
    `of the client); this action keeps only ${chosen} as the file says and leaves the others as they are.`
  )
}

/** What became of the plan comment, for the log. */
export const COMMENT_LINES = {
  created: 'Commented the plan on the pull request.',
  updated: 'Updated the plan comment on the pull request.',
  unchanged: 'The plan comment on the pull request already shows this plan.',
  'not-needed':
    'Did not comment on the pull request: it changes nothing in the scope, and no earlier plan comment needs updating.',
} as const

/** The run's first line: where Globus Auth is, where that came from, and the mode. */
export function globusAuthLine(settings: Pick<Settings, 'authUrl' | 'authUrlSource' | 'mode'>): string {
  return `Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`
}

export const GROUPS_WARNING =
  `The scope does not depend on Globus Groups (${GROUPS_SCOPE_STRING}). ` +
  'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
  'Add it to dependent_scopes unless the provider uses no group policies.'

/**
 * Why a verify fails, the way out first: the scope is missing, or differs from the file. The
 * values come quoted by the caller's sink (as in consentNotice); the summary's diff shows the rest.
 */
export function verifyAdvice(result: EnsureResult, scopeFile: string, scopeString: string, mode: string): string {
  return result.status === 'would-create'
    ? `Run this action with ${mode} to create the scope ${scopeString}: it does not exist yet`
    : `Run this action with ${mode} to update the scope ${scopeString}: it differs from ${scopeFile} in ` +
        driftedFields(result.plan.drift)
}

/** The failure line of a verify: the advice, and where the differences are (the headline counted them). */
export function verifyFailure(result: EnsureResult, scopeFile: string): string {
  const advice = verifyAdvice(result, scopeFile, result.scopeString, 'mode: ensure')
  return result.status === 'would-create'
    ? `${advice}.`
    : `${advice}; the log above and the job summary show each change.`
}
