// Pure rendering of what happened: the log lines and the job summary (Markdown).
import type { EnsureResult } from './ensure.ts'
import type { DependentScope, Scope } from './globus/schemas.ts'
import { GROUPS_SCOPE_STRING } from './globus/scope-string.ts'
import { type Drift, dependentScopeChanges } from './plan.ts'

/** One field's difference as text, for both the log and the summary. */
export interface DriftLine {
  field: string
  current: string
  desired: string
}

export function driftLines(drift: Drift[], knownScopes: Map<string, Scope>): DriftLine[] {
  return drift.map((d) => {
    if (d.field === 'dependent_scopes') {
      const desired = d.desired as DependentScope[]
      const current = (d.current as DependentScope[] | undefined) ?? []
      const label = (dep: DependentScope) =>
        `${knownScopes.get(dep.scope.toLowerCase())?.scope_string ?? dep.scope} (optional: ${dep.optional}, requires_refresh_token: ${dep.requires_refresh_token})`
      const changes = dependentScopeChanges(desired, current)
      const marker = (dep: DependentScope) => {
        const change = changes.find((c) => c.kind !== 'removed' && c.desired === dep)
        return change?.kind === 'added' ? '+ ' : change?.kind === 'changed' ? '~ ' : '  '
      }
      const removed = changes.flatMap((c) => (c.kind === 'removed' ? [`- ${label(c.current)}`] : []))
      return {
        field: d.field,
        current: d.current === undefined ? '(none)' : current.map(label).join('\n') || '[]',
        desired: [...desired.map((dep) => `${marker(dep)}${label(dep)}`), ...removed].join('\n') || '[]',
      }
    }
    return {
      field: d.field,
      current: d.current === undefined ? '(none)' : JSON.stringify(d.current),
      desired: JSON.stringify(d.desired),
    }
  })
}

const HEADLINES: Record<EnsureResult['status'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'matches the file',
  'would-create': 'does not exist yet',
  'would-update': 'differs from the file',
}

export function logLines(result: EnsureResult): string[] {
  const lines = [
    `Scope ${result.scopeString}${result.scope ? ` (id ${result.scope.id})` : ''} ${HEADLINES[result.status]}.`,
  ]
  for (const line of driftLines(result.plan.drift, result.knownScopes)) {
    if (line.field === 'dependent_scopes') {
      // One per line, marked + (added), ~ (changed) or - (removed); unmarked ones stay as they are.
      lines.push(`  ${line.field}:`, ...line.desired.split('\n').map((entry) => `    ${entry}`))
    } else {
      lines.push(`  ${line.field}: ${line.current} -> ${line.desired}`)
    }
  }
  return lines
}

export interface SummaryInput {
  result: EnsureResult | undefined
  error: string | undefined
  scopeFile: string
  authUrl: string
  requests: number
}

const MAX_SUMMARY_CHARS = 512 * 1024 // GitHub refuses summaries over 1 MiB

export function renderSummary(input: SummaryInput): string {
  const { result, error } = input
  const title = error
    ? '## ❌ Globus Auth scope: failed'
    : `## ${result?.status === 'would-create' || result?.status === 'would-update' ? '📝' : '✅'} Globus Auth scope ${result ? HEADLINES[result.status] : ''}`
  const rows: [string, string][] = [
    ['Scope string', result ? code(result.scopeString) : '—'],
    ['Scope id', result?.scope ? code(result.scope.id) : '—'],
    ['Status', result ? code(result.status) : 'failed'],
    ['Mode', result ? code(result.mode) : '—'],
    ['Scope file', code(input.scopeFile)],
    ['Globus Auth', `${code(input.authUrl)} (${input.requests} request${input.requests === 1 ? '' : 's'})`],
  ]
  const parts = [title, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)]
  if (error) parts.push('', '### Error', '', '```', error.replaceAll('```', "'''"), '```')
  if (result) parts.push(...driftSection(result, input.scopeFile))
  const text = `${parts.join('\n')}\n`
  return text.length > MAX_SUMMARY_CHARS ? `${text.slice(0, MAX_SUMMARY_CHARS)}\n\n…(truncated)\n` : text
}

/** The differences table and the Groups warning, shared by the summary and the comment. */
function driftSection(result: EnsureResult, scopeFile: string): string[] {
  const parts: string[] = []
  if (result.plan.drift.length > 0) {
    parts.push('', `### ${result.plan.action === 'create' ? 'Fields of the new scope' : 'Differences'}`, '')
    parts.push(`| Field | In Globus Auth | In ${escapeCell(scopeFile)} |`, '|---|---|---|')
    for (const line of driftLines(result.plan.drift, result.knownScopes)) {
      parts.push(`| ${line.field} | ${escapeCell(line.current)} | ${escapeCell(line.desired)} |`)
    }
  }
  if (result.missingGroups) parts.push('', `> [!WARNING]\n> ${GROUPS_WARNING}`)
  return parts
}

const PLAN_HEADLINES: Partial<Record<EnsureResult['status'], string>> = {
  'would-create': 'will be created',
  'would-update': 'will be updated',
  unchanged: 'matches the file: nothing to change',
}

/** The pull-request comment of plan mode. */
export function renderPlanComment(result: EnsureResult, scopeFile: string): string {
  const headline = PLAN_HEADLINES[result.status] ?? HEADLINES[result.status]
  const parts = [
    `### Globus Auth scope plan: \`${result.status}\``,
    '',
    `${code(result.scopeString)} ${headline} when this is merged and \`mode: ensure\` runs.`,
    ...driftSection(result, scopeFile),
  ]
  return `${parts.join('\n')}\n`
}

export const GROUPS_WARNING =
  `The scope does not depend on Globus Groups (${GROUPS_SCOPE_STRING}). ` +
  'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
  'Add it to dependent_scopes unless the provider uses no group policies.'

function code(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``
}

function escapeCell(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replaceAll('\n', '<br>')
}
