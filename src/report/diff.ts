// The plan as a diff, the way pull requests show Terraform plans: `-` the value in Globus Auth,
// `+` the value in the file, one line per field; a changed dependent scope as a `-`/`+` pair.
// Values are JSON, as the file writes them; dependent scopes by scope string where known.
import type { DependentScope, NamedScope } from '../globus/schemas.ts'
import { COMPARED_FIELDS, type Plan, planDependentChanges, type ResolvedScope } from '../modes/ensure/plan.ts'
import type { DiffLine } from '../text/markdown.ts'
import { counted } from './phrasing.ts'

/** A dependent scope by its scope string where known, else by its id. */
export const nameOf = (dep: DependentScope, knownScopes: Map<string, NamedScope>) =>
  knownScopes.get(dep.scope.toLowerCase())?.scope_string ?? dep.scope

type Marker = DiffLine['marker']

function dependentLines(marker: Marker, dep: DependentScope, knownScopes: Map<string, NamedScope>): DiffLine[] {
  return [
    { marker, label: '  ', value: JSON.stringify(nameOf(dep, knownScopes)) },
    { marker, label: `    optional: ${dep.optional}, requires_refresh_token: ${dep.requires_refresh_token}` },
  ]
}

/** What the plan changes (a create: every field), in the order of the scope's fields. */
export function planDiff(plan: Plan, knownScopes: Map<string, NamedScope>): DiffLine[] {
  const lines: DiffLine[] = []
  for (const drift of plan.drift) {
    if (drift.field !== 'dependent_scopes') {
      if (drift.current !== undefined) lines.push(fieldLine('-', drift.field, drift.current))
      lines.push(fieldLine('+', drift.field, drift.desired))
      continue
    }
    // A create adds them all; an update shows only the ones it adds, changes or removes.
    const changes = planDependentChanges(plan)
    if (changes.length === 0) {
      // A create with none: the empty list is what it writes.
      lines.push(fieldLine('+', drift.field, []))
      continue
    }
    lines.push({ marker: ' ', label: 'dependent_scopes:' })
    for (const change of changes) {
      if (change.kind !== 'added') lines.push(...dependentLines('-', change.current, knownScopes))
      if (change.kind !== 'removed') lines.push(...dependentLines('+', change.desired, knownScopes))
    }
  }
  return lines
}

function fieldLine(marker: Marker, field: string, value: unknown): DiffLine {
  return { marker, label: `${field}: `, value: JSON.stringify(value) }
}

/** What an update leaves as it is, as context lines; empty unless an update leaves something. */
export function unchangedLines(plan: Plan, desired: ResolvedScope, knownScopes: Map<string, NamedScope>): DiffLine[] {
  if (plan.action !== 'update') return []
  const drifted = new Set(plan.drift.map((d) => d.field))
  const lines: DiffLine[] = []
  for (const field of COMPARED_FIELDS) {
    if (field !== 'dependent_scopes') {
      if (!drifted.has(field)) lines.push(fieldLine(' ', field, desired[field]))
      continue
    }
    const changes = planDependentChanges(plan)
    const changed = new Set(changes.flatMap((c) => (c.kind === 'removed' ? [] : [c.desired.scope.toLowerCase()])))
    const kept = desired.dependent_scopes.filter((dep) => !changed.has(dep.scope.toLowerCase()))
    if (kept.length === 0) {
      if (!drifted.has(field)) lines.push(fieldLine(' ', field, []))
      continue
    }
    lines.push({ marker: ' ', label: 'dependent_scopes:' })
    for (const dep of kept) lines.push(...dependentLines(' ', dep, knownScopes))
  }
  return lines
}

/** How much a plan changes, in two parts: `4 changes` and `1 field, 1 dependent scope added, 1 changed`. */
export interface ChangeCount {
  total: string
  parts: string
}

/** The plan in one line; for a create `new scope` and its fields; undefined when nothing changes. */
export function changeCount(plan: Plan): ChangeCount | undefined {
  if (plan.action === 'none') return undefined
  const fields = plan.drift.filter((d) => d.field !== 'dependent_scopes').length
  const changes = planDependentChanges(plan)
  if (plan.action === 'create') {
    return { total: 'new scope', parts: `${counted(fields, 'field')}, ${counted(changes.length, 'dependent scope')}` }
  }
  const parts = fields > 0 ? [counted(fields, 'field')] : []
  let named = false
  for (const kind of ['added', 'changed', 'removed'] as const) {
    const n = changes.filter((c) => c.kind === kind).length
    if (n === 0) continue
    // The first names what they are: `2 dependent scopes added, 1 removed`.
    parts.push(named ? `${n} ${kind}` : `${counted(n, 'dependent scope')} ${kind}`)
    named = true
  }
  return { total: counted(fields + changes.length, 'change'), parts: parts.join(', ') }
}

/** The count as plain text: `4 changes: 1 field, …`. */
export const countText = (count: ChangeCount) => `${count.total}: ${count.parts}`

/**
 * What the markers of a diff mean, for the markers it has: `- in Globus Auth now, + in the scope
 * file`. The markers are quoted by the caller's escape (code spans in Markdown).
 */
export function legend(lines: DiffLine[], quote: (marker: string) => string): string | undefined {
  const parts = []
  if (lines.some((line) => line.marker === '-')) parts.push(`${quote('-')} in Globus Auth now`)
  if (lines.some((line) => line.marker === '+')) parts.push(`${quote('+')} in the scope file`)
  return parts.length > 0 ? parts.join(', ') : undefined
}

/** The diff as plain lines, for the log; text/log.ts escapes them. */
export function diffText(lines: DiffLine[]): string[] {
  return lines.map(({ marker, label, value }) => `${marker} ${label}${value ?? ''}`.trimEnd())
}
