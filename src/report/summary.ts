// What happened, as Markdown: the job summary and the pull-request comment. Every value that
// came from outside (Globus' answers, the scope file, error text) goes through the Markdown sink.
import type { EnsureResult } from '../modes/ensure/ensure.ts'
import type { ProviderCheck } from '../provider/description.ts'
import { cell, type Markdown, markdown } from '../text/markdown.ts'
import type { Redactor } from '../text/redact.ts'
import { bounded, MAX_COMMENT_CHARS } from './bound.ts'
import {
  consentItems,
  consentNotice,
  type DriftEntry,
  driftLines,
  GROUPS_WARNING,
  HEADLINES,
  newScopeWarning,
  variantsNotice,
} from './lines.ts'

export interface SummaryInput {
  result: EnsureResult | undefined
  error: string | undefined
  /** Why nothing was done, when the step passes without doing anything. */
  skipped?: string
  /** What is known when there is no result (a failure): the mode, the scope string it would have. */
  mode?: string
  scopeString?: string
  /** What came of provider_url, when it was given. */
  provider?: ProviderCheck
  scopeFile: string
  authUrl: string | undefined
  requests: number
}

export function renderSummary(input: SummaryInput, redactor: Redactor): string {
  const md = markdown(redactor)
  const { result, error } = input
  const icon = error ? '❌' : input.skipped ? '⏭️' : result?.status.startsWith('would-') ? '📝' : '✅'
  const title = error ? 'failed' : input.skipped ? 'skipped' : result ? HEADLINES[result.status] : ''
  const scopeString = result?.scopeString ?? input.scopeString
  const mode = result?.mode ?? input.mode
  const requests = `${input.requests} request${input.requests === 1 ? '' : 's'}`
  const rows: [string, string][] = [
    ['Scope string', scopeString ? md.code(scopeString) : '—'],
    ['Scope id', result?.scope ? md.code(result.scope.id) : '—'],
    ['Status', result ? md.code(result.status) : input.skipped ? '`skipped`' : '`failed`'],
    ['Mode', mode ? md.code(mode) : '—'],
    ['Scope file', md.code(input.scopeFile)],
    ['Globus Auth', input.authUrl ? `${md.code(input.authUrl)} (${requests})` : '(not reached)'],
  ]
  if (input.provider) rows.push(['Action Provider', providerCell(input.provider, md)])
  const parts = [`## ${icon} Globus Auth scope: ${title}`, '', '| | |', '|---|---|']
  parts.push(...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`))
  if (input.skipped) parts.push('', input.skipped)
  if (error) parts.push('', '### Error', '', md.fenced(error))
  if (result) parts.push(...driftSection(result, input.scopeFile, md))
  return bounded(`${parts.join('\n')}\n`)
}

// Markdown collapses blanks, so an unmarked entry keeps its place beside `+ ` and `- ` ones with
// non-breaking spaces.
const MARKERS: Record<DriftEntry['marker'], string> = { '+': '+ ', '-': '- ', '~': '~ ', ' ': '&nbsp;&nbsp; ' }

const entries = (md: Markdown, list: DriftEntry[] | undefined) => {
  if (list === undefined) return '(none)'
  const marked = list.some((e) => e.marker !== ' ')
  return list.map((e) => `${marked ? MARKERS[e.marker] : ''}${md.code(e.text)}`).join('\n') || '`[]`'
}

/** The differences table and the notices, shared by the summary and the comment. */
function driftSection(result: EnsureResult, scopeFile: string, md: Markdown): string[] {
  const parts: string[] = []
  if (result.plan.drift.length > 0) {
    parts.push('', `### ${result.plan.action === 'create' ? 'Fields of the new scope' : 'Differences'}`, '')
    parts.push(`| Field | In Globus Auth | In ${cell(md.code(scopeFile))} |`, '|---|---|---|')
    for (const line of driftLines(result.plan.drift, result.knownScopes)) {
      parts.push(`| ${line.field} | ${cell(entries(md, line.current))} | ${cell(entries(md, line.desired))} |`)
    }
  }
  const consent = consentItems(result).map(({ name, why }) => `${md.code(name)} (${why})`)
  if (consent.length > 0) parts.push('', `> [!IMPORTANT]\n> ${consentNotice(consent, result)}`)
  if (result.variants.length > 0) {
    const variants = result.variants.map((v) => md.code(v.scope_string))
    parts.push('', `> [!NOTE]\n> ${variantsNotice(md.code(result.scopeString), variants)}`)
  }
  if (result.missingGroups) parts.push('', `> [!WARNING]\n> ${GROUPS_WARNING}`)
  if (result.otherScopes.length > 0) {
    const others = result.otherScopes.map((s) => md.code(s.scope_string))
    parts.push('', `> [!WARNING]\n> ${newScopeWarning(md.code(result.scopeString), others, result)}`)
  }
  return parts
}

function providerCell(check: ProviderCheck, md: Markdown): string {
  const at = md.code(check.url.toString())
  if (check.kind === 'verified') return `${at} advertises ${md.code(check.advertised)} ✅`
  if (check.kind === 'failed') return `${at}: does not advertise this scope ❌ (see the error)`
  return `${at}: checked by \`mode: verify\` only`
}

const PLAN_HEADLINES: Partial<Record<EnsureResult['status'], string>> = {
  'would-create': 'will be created',
  'would-update': 'will be updated',
  unchanged: 'matches the file: nothing to change',
}

/** The pull-request comment of plan mode. */
export function renderPlanComment(result: EnsureResult, scopeFile: string, redactor: Redactor): string {
  const md = markdown(redactor)
  const headline = PLAN_HEADLINES[result.status] ?? HEADLINES[result.status]
  const parts = [
    `### Globus Auth scope plan: \`${result.status}\``,
    '',
    `${md.code(result.scopeString)} ${headline} when this is merged and \`mode: ensure\` runs.`,
    ...driftSection(result, scopeFile, md),
  ]
  const text = `${parts.join('\n')}\n`
  if (text.length <= MAX_COMMENT_CHARS) return text
  // Too long for GitHub: still replace an older plan, so nobody reviews a stale one.
  return [
    ...parts.slice(0, 3),
    '',
    `The differences are too long for a comment (${text.length} characters): they are in the job summary of this run.`,
    '',
  ].join('\n')
}
