// What happened, as plain text: the differences field by field, and the log lines. Values that
// came from outside are quoted or escaped here; the log sink makes every line safe once more.

import type { DependentScope, NamedScope } from '../globus/schemas.ts'
import { GROUPS_SCOPE_STRING } from '../globus/scope-string.ts'
import { changesNeedingConsent } from '../modes/ensure/consent.ts'
import type { EnsureResult } from '../modes/ensure/ensure.ts'
import { type Drift, dependentScopeChanges, driftedFields } from '../modes/ensure/plan.ts'
import type { ProviderCheck } from '../provider/description.ts'
import { printable } from '../text/printable.ts'

/** `+` added, `-` removed, `~` changed, ` ` as it is. */
export type Marker = '+' | '-' | '~' | ' '

export interface DriftEntry {
  marker: Marker
  text: string
}

/** One field's difference: what Globus holds (undefined: no scope yet) and what the file says. */
export interface DriftLine {
  field: string
  current: DriftEntry[] | undefined
  desired: DriftEntry[]
}

export function driftLines(drift: Drift[], knownScopes: Map<string, NamedScope>): DriftLine[] {
  return drift.map((d) => {
    if (d.field !== 'dependent_scopes') {
      return {
        field: d.field,
        current: d.current === undefined ? undefined : [{ marker: ' ', text: JSON.stringify(d.current) }],
        desired: [{ marker: ' ', text: JSON.stringify(d.desired) }],
      }
    }
    const desired = d.desired as DependentScope[]
    const current = d.current as DependentScope[] | undefined
    const label = (dep: DependentScope) =>
      `${nameOf(dep, knownScopes)} (optional: ${dep.optional}, requires_refresh_token: ${dep.requires_refresh_token})`
    const changes = dependentScopeChanges(desired, current ?? [])
    const markerOf = (dep: DependentScope, side: 'current' | 'desired'): Marker => {
      const change = changes.find(
        (c) => (side === 'desired' ? c.kind !== 'removed' && c.desired : c.kind !== 'added' && c.current) === dep,
      )
      if (!change) return ' '
      return change.kind === 'added' ? '+' : change.kind === 'removed' ? '-' : '~'
    }
    return {
      field: d.field,
      current: current?.map((dep) => ({ marker: markerOf(dep, 'current'), text: label(dep) })),
      desired: desired.map((dep) => ({ marker: markerOf(dep, 'desired'), text: label(dep) })),
    }
  })
}

/** A dependent scope by its scope string where known, else by its id. */
export const nameOf = (dep: DependentScope, knownScopes: Map<string, NamedScope>) =>
  knownScopes.get(dep.scope.toLowerCase())?.scope_string ?? dep.scope

export const HEADLINES: Record<EnsureResult['status'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'matches the file',
  'would-create': 'does not exist yet',
  'would-update': 'differs from the file',
}

const entryText = (entries: DriftEntry[] | undefined) =>
  entries === undefined ? '(none)' : entries.map((e) => printable(e.text)).join(', ') || '[]'

/** The log lines of a result: the headline, each difference, and the notices. */
export function resultLines(result: EnsureResult): string[] {
  const id = result.scope ? ` (id ${result.scope.id})` : ''
  const lines = [`Scope ${printable(result.scopeString)}${id} ${HEADLINES[result.status]}.`]
  for (const line of driftLines(result.plan.drift, result.knownScopes)) {
    if (line.field !== 'dependent_scopes') {
      lines.push(`  ${line.field}: ${entryText(line.current)} -> ${entryText(line.desired)}`)
      continue
    }
    // One per line, marked + (added), ~ (changed) or - (removed); unmarked ones stay as they are.
    const removed = (line.current ?? []).filter((e) => e.marker === '-')
    lines.push(`  ${line.field}:`)
    for (const entry of [...line.desired, ...removed]) lines.push(`    ${entry.marker} ${printable(entry.text)}`)
  }
  if (result.variants.length > 0) {
    const variants = result.variants.map((v) => `${printable(v.scope_string)} (id ${printable(v.id)})`)
    lines.push(variantsNotice(printable(result.scopeString), variants))
  }
  const consent = consentItems(result).map(({ name, why }) => `${printable(name)} (${why})`)
  if (consent.length > 0) lines.push(consentNotice(consent, result))
  if (result.otherScopes.length > 0) {
    const others = result.otherScopes.map((s) => printable(s.scope_string))
    lines.push(newScopeWarning(printable(result.scopeString), others, result))
  }
  return lines
}

/** The dependent scopes existing consents do not cover, each with why; outside text unquoted. */
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

/**
 * A scope that does not exist yet, for a client that has others: a new scope_suffix is a second
 * scope, not a renamed one. Items come quoted by the caller's door.
 */
export function newScopeWarning(scopeString: string, others: string[], result: EnsureResult): string {
  const will = result.status === 'created' ? 'This run created' : 'Applying this creates'
  return (
    `The client already has ${others.length === 1 ? 'the scope' : `${others.length} scopes:`} ${others.join(', ')}. ` +
    `${will} ${scopeString}, a second scope with a new scope string: the provider's globus_auth_scope, flows and ` +
    'users must move to it (with new consents), and the old scope stays until it is deleted by hand. To change ' +
    'an existing scope instead, keep its scope_suffix in the file.'
  )
}

/** What came of provider_url, for the log; undefined when it was not given. */
export function providerText(check: ProviderCheck): string {
  switch (check.kind) {
    case 'verified':
      return `The Action Provider at ${check.url} advertises ${check.advertised} (${check.reads} read${check.reads === 1 ? '' : 's'}).`
    case 'not-checked':
      return `provider_url is checked in mode: verify only: the provider is deployed after ${check.mode}. Run verify after the deploy.`
    case 'failed':
      return check.message
  }
}

/** Domain variants of the scope: this action keeps only the chosen one in line with the file. */
export function variantsNotice(chosen: string, variants: string[]): string {
  return (
    `Globus Auth also holds ${variants.join(', ')} with the same scope suffix (one per registered domain ` +
    `of the client); this action keeps only ${chosen} as the file says and leaves the others as they are.`
  )
}

export const GROUPS_WARNING =
  `The scope does not depend on Globus Groups (${GROUPS_SCOPE_STRING}). ` +
  'Without it the Action Provider cannot read a caller’s groups, so group-based runnable_by and monitor_by policies never match. ' +
  'Add it to dependent_scopes unless the provider uses no group policies.'

/** Why a verify fails: the scope is missing, or differs from the file. */
export function verifyFailure(result: EnsureResult, scopeFile: string): string {
  return result.status === 'would-create'
    ? `The scope ${result.scopeString} does not exist. Run this action with mode: ensure to create it.`
    : `The scope ${result.scopeString} differs from ${scopeFile} in: ` +
        `${driftedFields(result.plan.drift)}. Run this action with mode: ensure to update it.`
}
