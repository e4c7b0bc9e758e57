// What happened, as Markdown: the job summary and the pull-request comment. Every value that
// came from outside (Globus' answers, the scope file, error text) goes through the Markdown sink.
// Both fit a pull-request comment (about 780 px): no tables, code lines at most CODE_WIDTH.
import type { EnsureResult } from '../modes/ensure/ensure.ts'
import type { ProviderCheck } from '../provider/description.ts'
import type { ScopeFileError } from '../scope-file/problems.ts'
import { type Markdown, markdown } from '../text/markdown.ts'
import type { Redactor } from '../text/redact.ts'
import { changeCount, legend, planDiff, unchangedLines } from './diff.ts'
import { fileFailureMarkdown } from './file-problems.ts'
import { bounded, MAX_COMMENT_CHARS } from './github-limits.ts'
import {
  consentItems,
  consentNotice,
  GROUPS_WARNING,
  HEADLINES,
  newScope,
  providerFailure,
  SECOND_SCOPE_MEANS,
  secondScopeSentence,
  variantsNotice,
  verifyAdvice,
} from './lines.ts'
import { counted, sentence } from './phrasing.ts'

export interface SummaryInput {
  result: EnsureResult | undefined
  /** Why the step fails: an error, or (with a result) a verify that found the scope out of line. */
  error: string | undefined
  /** The scope file's problems, when they are why the run failed: named in the summary itself. */
  fileError?: ScopeFileError
  /**
   * Globus Auth refused the client id and secret: `words` (ours only, the way out first) as prose,
   * `detail` (what Globus answered to which request: untrusted text) folded away below.
   */
  refused?: { words: string; detail: string }
  /** Why nothing was done, when the step passes without doing anything. */
  skipped?: string
  /** What is known when there is no result (a failure): the mode, the scope string it would have. */
  mode?: string
  scopeString?: string
  scopeFile: string
  authUrl: string | undefined
  requests: number
  /** What came of provider_url, when it was given. */
  provider?: ProviderCheck
  /** What came of caller_client_id and caller_client_secret, when they were given. */
  caller?: CallerSummary
}

/**
 * The caller check in the summary's words. The caller gate (flow/caller-gate.ts) gives them: they
 * load with the check, only in a run with caller inputs.
 */
export interface CallerSummary {
  failed: boolean
  /** Why the check failed, the way out first, values as `md` quotes them; undefined when it did not. */
  failure(md: Markdown): string | undefined
  /** The summary's list lines for the check. */
  facts(md: Markdown): string[]
}

/** What a plan comment names of the push it shows; run() reads and checks these. */
export interface Push {
  /** The head commit's SHA (hexadecimal). */
  commit?: string
  /** This workflow run's page. */
  runUrl?: string
}

/** A plan's words, where they differ from what a run that acts says. */
const PLAN_TITLES: Partial<Record<EnsureResult['status'], string>> = {
  'would-create': 'will be created',
  'would-update': 'will change',
}

/** The heading of a result that makes a second scope: said first, not only in a warning below. */
const SECOND_SCOPE_TITLES: Record<
  'plan' | 'verify' | 'ensure',
  Partial<Record<EnsureResult['status'], (scope: string) => string>>
> = {
  plan: { 'would-create': (scope) => `${scope} will be created` },
  verify: { 'would-create': (scope) => `${scope}, not created yet` },
  ensure: { created: (scope) => `${scope} was created` },
}

/** The heading's words for a result. */
function resultTitle(result: EnsureResult, titles: Partial<Record<EnsureResult['status'], string>>): string {
  const second = result.otherScopes.length > 0 ? SECOND_SCOPE_TITLES[result.mode][result.status] : undefined
  return second?.(newScope(result)) ?? titles[result.status] ?? HEADLINES[result.status]
}

export function renderSummary(input: SummaryInput, redactor: Redactor): string {
  const md = markdown(redactor)
  const { result, error } = input
  const icon = error ? '❌' : input.skipped ? '⏭️' : result?.status.startsWith('would-') ? '📝' : '✅'
  const plan = result?.mode === 'plan'
  const callerFailed = input.caller?.failed === true
  const title =
    input.provider?.kind === 'failed'
      ? callerFailed
        ? 'the caller check and the deployed Action Provider fail'
        : 'the deployed Action Provider fails the check'
      : callerFailed
        ? 'the caller check fails'
        : result
          ? resultTitle(result, plan ? PLAN_TITLES : {})
          : input.refused
            ? 'the client id and secret were refused'
            : error
              ? 'failed'
              : input.skipped
                ? 'skipped'
                : ''
  const parts = [`## ${icon} Globus Auth scope: ${title}`, '', ...lead(input, md), '']
  // The lead names a second scope, except a failed verify's, which says the way out first.
  if (result) parts.push(...resultSection(result, md, !error))
  parts.push(...facts(input, md))
  return bounded(`${parts.join('\n')}\n`)
}

/** The first words: why the run failed or was skipped, the way out first; else what it did. */
function lead(input: SummaryInput, md: Markdown): string[] {
  const { result, error } = input
  if (input.skipped) return [input.skipped]
  // A caller check or a deployed provider that fails the gate, in prose: the way out first, the values as code.
  const callerFailure = input.caller?.failure(md)
  const gates = [
    ...(callerFailure ? [callerFailure] : []),
    ...(result && input.provider?.kind === 'failed'
      ? [providerFailure(input.provider.url.toString(), result.scopeString, input.provider.failure, md.code)]
      : []),
  ]
  if (result && gates.length > 0) return gates.flatMap((text, index) => (index ? ['', text] : [text]))
  // With a result, the failure is a verify that found the scope out of line: the diff follows.
  if (result && error) {
    return [`${verifyAdvice(result, md.code(input.scopeFile), md.code(result.scopeString), '`mode: ensure`')}.`]
  }
  // A second scope is the first thing to know of a run that makes one.
  if (result && result.otherScopes.length > 0) return [secondScopeSentence(result, md.code)]
  if (input.fileError) return fileFailureMarkdown(input.fileError, md)
  // Our words as prose; Globus' answer (untrusted text) in a block, folded away.
  if (input.refused)
    return [input.refused.words, '', ...folded('What Globus Auth answered', md.fenced(input.refused.detail, 'text'))]
  if (error) return [md.fenced(error, 'text')]
  return result ? [leadOf(result, md.code(input.scopeFile))] : []
}

/** What the run did or would do, in a sentence; the scope string stands in the facts below. */
function leadOf(result: EnsureResult, file: string): string {
  const ensure = '`mode: ensure`'
  switch (result.status) {
    case 'created':
      return `The scope was created as ${file} declares it.`
    case 'updated':
      return `The scope was updated to match ${file}.`
    case 'unchanged':
      return `The scope matches ${file}: nothing to change.`
    case 'would-create':
      return `The scope does not exist yet: ${ensure} will create it as ${file} declares it.`
    case 'would-update':
      return `The scope differs from ${file}: ${ensure} will change it as below.`
  }
}

/** The scope, how the run went at it, and Globus Auth: a list, no table (it would scroll). */
function facts(input: SummaryInput, md: Markdown): string[] {
  const { result } = input
  const scopeString = result?.scopeString ?? input.scopeString
  const mode = result?.mode ?? input.mode
  const requests = counted(input.requests, 'request')
  const lines: string[] = []
  if (scopeString)
    lines.push(`- Scope ${md.code(scopeString)}${result?.scope ? `, id ${md.code(result.scope.id)}` : ''}`)
  lines.push(`- ${mode ? `Mode ${md.code(mode)}, scope` : 'Scope'} file ${md.code(input.scopeFile)}`)
  lines.push(input.authUrl ? `- Globus Auth ${md.code(input.authUrl)}: ${requests}` : '- Globus Auth not reached')
  if (input.provider) lines.push(`- Action Provider ${providerFact(input.provider, md)}`)
  if (input.caller) lines.push(...input.caller.facts(md))
  return lines
}

/**
 * What a second scope means (the warning first, before the diff), then the count, the legend, the
 * diff, what stays, and the notices: shared by the summary and the comment. `named` says whether
 * the lead above already named the second scope.
 */
function resultSection(result: EnsureResult, md: Markdown, named: boolean): string[] {
  const parts: string[] = []
  if (result.otherScopes.length > 0) {
    const warning = named ? SECOND_SCOPE_MEANS : `${secondScopeSentence(result, md.code)} ${SECOND_SCOPE_MEANS}`
    parts.push(`> [!WARNING]\n> ${warning}`, '')
  }
  const count = changeCount(result.plan)
  if (count) {
    const diff = planDiff(result.plan, result.knownScopes)
    parts.push(`**${sentence(count.total)}:** ${count.parts}`, '')
    const key = legend(diff, md.code)
    if (key) parts.push(`${key}:`, '')
    parts.push(md.diff(diff), '')
    const unchanged = unchangedLines(result.plan, result.desired, result.knownScopes)
    if (unchanged.length > 0) {
      parts.push(...folded('What stays as it is', md.diff(unchanged)), '')
    }
  }
  const consent = consentItems(result).map(({ name, why }) => `${md.code(name)} (${why})`)
  if (consent.length > 0) parts.push(`> [!IMPORTANT]\n> ${consentNotice(consent, result)}`, '')
  if (result.variants.length > 0) {
    const variants = result.variants.map((v) => md.code(v.scope_string))
    parts.push(`> [!NOTE]\n> ${variantsNotice(md.code(result.scopeString), variants)}`, '')
  }
  if (result.missingGroups) parts.push(`> [!WARNING]\n> ${GROUPS_WARNING}`, '')
  return parts
}

/** A block folded away under a title of ours: `<details>` is the HTML GitHub keeps. */
const folded = (title: string, block: string) => [`<details><summary>${title}</summary>`, '', block, '', '</details>']

/** provider_url in the facts: what the deployed provider advertises, or why it was not checked. */
function providerFact(check: ProviderCheck, md: Markdown): string {
  const at = md.code(check.url.toString())
  if (check.kind === 'verified') return `${at} advertises ${md.code(check.advertised)} ✅`
  if (check.kind === 'failed') return `${at} does not advertise this scope ❌`
  return `${at}: checked by \`mode: verify\` only`
}

const COMMENT_TITLES: Partial<Record<EnsureResult['status'], string>> = {
  ...PLAN_TITLES,
  unchanged: 'nothing to change',
}

const COMMENT_LEADS: Partial<Record<EnsureResult['status'], string>> = {
  'would-create': 'will be created',
  'would-update': 'will change as below',
  unchanged: 'stays as it is',
}

/** Which push the plan shows, so that a comment updated in place says how recent it is. */
function pushLine(push: Push, md: Markdown): string[] {
  const commit = push.commit ? ` at commit ${md.code(push.commit.slice(0, 7))}` : ''
  const run = push.runUrl ? ` by ${md.link('this workflow run', push.runUrl)}` : ''
  return commit || run ? [`Planned${commit}${run}.`, ''] : []
}

/** The pull-request comment of plan mode. */
export function renderPlanComment(result: EnsureResult, push: Push, redactor: Redactor): string {
  const md = markdown(redactor)
  // A second scope is the first thing to know: the heading and the first sentence say it.
  const first =
    result.otherScopes.length > 0
      ? secondScopeSentence(result, md.code)
      : `${md.code(result.scopeString)} ${COMMENT_LEADS[result.status] ?? HEADLINES[result.status]} when this is merged and \`mode: ensure\` runs.`
  const head = [
    `### Globus Auth scope plan: ${resultTitle(result, COMMENT_TITLES)}`,
    '',
    first,
    '',
    ...pushLine(push, md),
  ]
  const text = `${[...head, ...resultSection(result, md, true)].join('\n').trimEnd()}\n`
  if (text.length <= MAX_COMMENT_CHARS) return text
  // Too long for GitHub: still replace an older plan, so nobody reviews a stale one.
  return [
    ...head,
    `The differences are too long for a comment (${text.length} characters): they are in the job summary of this run.`,
    '',
  ].join('\n')
}
