// The whole job against Globus Auth: look up, plan, apply, verify. Plain values in and out;
// nothing here knows about GitHub.

import { type AuthClient, type AuthLog, ownScope } from '../../globus/client.ts'
import { GlobusAuthError, isRefusal, LostWriteError, TransportError } from '../../globus/errors.ts'
import type { NamedScope, Scope, ScopeRef, ScopeWrite } from '../../globus/schemas.ts'
import { firstLookupStrings, hostScopeStringFor, sameId, scopeStringFor } from '../../globus/scope-string.ts'
import type { DesiredScope } from '../../scope-file/document.ts'
import type { ScopeMode } from '../../settings/modes.ts'
import { nameDependentScopes, resolveDependentScopes, unreadNotice } from './dependent-scopes.ts'
import { leavesOutGroups } from './groups.ts'
import { assertNewScopeSuffix } from './new-suffix.ts'
import { findInClientScopes, findOwnScope, type Located } from './own-scope.ts'
import { driftBetween, type Plan, planScope, type ResolvedScope } from './plan.ts'
import { readBackDrift } from './read-back-drift.ts'
import { chooseCreated, type ScopeWanted } from './scope-choice.ts'

type Status = 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update'

export interface EnsureResult {
  mode: ScopeMode
  /** `created` only when this run's create made the scope. */
  status: Status
  /** What was planned (or done) against the scope as it was found before any change of this run. */
  plan: Plan
  /** The scope as Globus holds it at the end; undefined when it does not exist (read-only modes). */
  scope: Scope | undefined
  /** Globus' scope string when the scope exists, else the computed one. */
  scopeString: string
  desired: ResolvedScope
  /** Scopes fetched along the way, by id: lets reports show dependent scopes by scope string. */
  knownScopes: Map<string, NamedScope>
  /** Whether the declared dependent scopes leave out Globus Groups. */
  missingGroups: boolean
  /** Other scopes of the client with the same suffix (one per registered domain), left as they are. */
  variants: NamedScope[]
  /**
   * The client's scopes with other suffixes, when this scope is new (would-create, created): a
   * second scope and a new scope string that the provider, flows and users must move to.
   */
  otherScopes: NamedScope[]
}

/** Globus holds something other than what was written, or than what this client may change. */
export class VerificationError extends Error {
  override name = 'VerificationError'
}

/** Globus did not create the scope, and it does not exist: Globus' own words say why. */
export class CreateRefusedError extends Error {
  override name = 'CreateRefusedError'
}

// Writes whose answer was lost are re-read and, if still needed, sent again at most this often.
const MAX_WRITE_ROUNDS = 3

export async function ensureScope(
  auth: AuthClient,
  declared: DesiredScope,
  mode: ScopeMode,
  log: AuthLog,
): Promise<EnsureResult> {
  const want: ScopeWanted = { clientId: auth.clientId, suffix: declared.scope_suffix }
  const target = scopeStringFor(auth.clientId, declared.scope_suffix)
  // One request finds the scope, this environment's Groups scope, and every dependent scope
  // given by scope string.
  const declaredScopes = declared.dependent_scopes.map((d) => d.scope)
  const strings = firstLookupStrings(auth.clientId, declared.scope_suffix, declaredScopes, auth.authUrl)
  const found = await auth.findScopesByString(strings)
  const knownScopes = new Map<string, NamedScope>(found.map((s) => [s.id.toLowerCase(), s]))
  // Production's form first, then the same under this Auth host (hostScopeStringFor).
  const hostTarget = hostScopeStringFor(auth.clientId, declared.scope_suffix, auth.authUrl)
  const own = found.find((s) => s.scope_string === target) ?? found.find((s) => s.scope_string === hostTarget)
  // Only this scope is read whole; the others of the answer are only resolved or named.
  if (own) assertOwned(own, auth.clientId)
  let located: Located = { scope: own && ownScope(own), variants: [], others: [] }
  // Not found by scope string: the computed one may be a wrong guess (outside production, say),
  // and a new suffix is worth a warning when the client has other scopes. Its own list tells
  // both; this path alone pays for it (the steady state stays one request).
  if (!located.scope) located = await findInClientScopes(auth, want)
  const current = located.scope
  if (current) assertOwned(current, auth.clientId)

  const { dependents, unread } = await resolveDependentScopes(declared.dependent_scopes, knownScopes, current, auth)
  const desired: ResolvedScope = { ...declared, dependent_scopes: dependents }
  const plan = planScope(desired, current)
  // The scope is new: its suffix must keep today's rule (an existing one keeps its own).
  if (plan.action === 'create') assertNewScopeSuffix(declared.scope_suffix, auth.clientId, mode, located.others)
  // Said before any write, so that it stands beside Globus' refusal too, if the write is refused.
  if (unread.length > 0) log.notice?.(unreadNotice(unread, mode === 'ensure'))
  const base = {
    mode,
    desired,
    knownScopes,
    missingGroups: leavesOutGroups(declared.dependent_scopes, desired.dependent_scopes, found),
  }
  const result = (status: Status, plan: Plan, at: Located): EnsureResult => ({
    ...base,
    status,
    plan,
    scope: at.scope,
    scopeString: at.scope?.scope_string ?? target,
    variants: at.variants,
    otherScopes: status === 'would-create' || status === 'created' ? located.others : [],
  })

  if (mode !== 'ensure' && plan.action !== 'none') {
    // People read this plan (job summary, pull-request comment): name dependent scopes.
    await nameDependentScopes(auth, plan, knownScopes, unread)
    return result(plan.action === 'create' ? 'would-create' : 'would-update', plan, located)
  }
  if (plan.action !== 'create') {
    // The lookup answer is a fresh read of the scope: nothing more to verify when all is right.
    return bringInLine(auth, desired, located as Located & { scope: Scope }, result, log)
  }
  const created = await createOrFind(auth, plan.write, target, want, log)
  if (created.kind === 'found') {
    // Someone else's create, or ours whose answer was lost: from here on an existing scope,
    // planned and reported against what Globus holds.
    return bringInLine(auth, desired, created, result, log)
  }
  const acknowledged = { scope: created.scope, acknowledged: true, fresh: undefined }
  const scope = await verify(auth, desired, 'create', acknowledged, log)
  return result('created', plan, { ...created, scope })
}

/** An existing scope, freshly read: unchanged, or updated and verified. */
async function bringInLine(
  auth: AuthClient,
  desired: ResolvedScope,
  existing: Located & { scope: Scope },
  result: (status: Status, plan: Plan, at: Located) => EnsureResult,
  log: AuthLog,
): Promise<EnsureResult> {
  const plan = planScope(desired, existing.scope)
  if (plan.action !== 'update') return result('unchanged', plan, existing)
  const scope = await verify(auth, desired, 'update', await update(auth, existing.scope, plan.write, log), log)
  return result('updated', plan, { ...existing, scope })
}

/** What a write left: the scope, whether Globus answered it, and a read made after it, if any. */
interface Written {
  scope: Scope
  acknowledged: boolean
  fresh: Scope | undefined
}

/**
 * Read back until Globus holds exactly the desired scope. An update whose answer was lost is
 * never replayed blindly: the scope is read again first, and only what still differs is written.
 */
async function verify(
  auth: AuthClient,
  desired: ResolvedScope,
  action: 'create' | 'update',
  first: Written,
  log: AuthLog,
): Promise<Scope> {
  let written = first
  for (let round = 1; ; round++) {
    const readBack = written.fresh ?? (await auth.getScope(written.scope.id))
    assertOwned(readBack, auth.clientId)
    const drift = driftBetween(desired, readBack)
    if (drift.length === 0) return readBack
    const kept = readBackDrift(drift, auth.redactor)
    if (written.acknowledged) {
      throw new VerificationError(
        `Globus Auth accepted the ${action} of ${readBack.scope_string} (id ${readBack.id}), but reading it back ` +
          `shows other values than were written: ${kept.text}. Nothing else was changed` +
          (kept.onlyStoredForms
            ? '.'
            : '; run again, and if it persists, compare the scope file with the scope in Globus Auth.'),
      )
    }
    if (round >= MAX_WRITE_ROUNDS) {
      throw new VerificationError(
        `The scope ${readBack.scope_string} still differs from the file after ${round} writes whose answers ` +
          `were lost: ${kept.text}; run again.`,
      )
    }
    const next = planScope(desired, readBack)
    if (next.action === 'update') written = await update(auth, readBack, next.write, log)
  }
}

async function update(auth: AuthClient, scope: Scope, write: ScopeWrite, log: AuthLog): Promise<Written> {
  try {
    await auth.updateScope(scope.id, write)
    return { scope, acknowledged: true, fresh: undefined }
  } catch (error) {
    if (!(error instanceof LostWriteError)) throw error
    log.info(`${error.message}; reading the scope again before deciding`)
    return { scope, acknowledged: false, fresh: undefined }
  }
}

type CreateResult = ({ kind: 'created' } | { kind: 'found' }) & Located & { scope: Scope }

/**
 * Create the scope, or find it after a create that did not settle: refused (any answer but
 * 401/403, whatever its words: the duplicate-suffix answer is not documented), failed, or lost.
 * A refused or failed create is never sent again; a lost one only when the scope is still missing.
 */
async function createOrFind(
  auth: AuthClient,
  write: ScopeWrite & { scope_suffix: string },
  target: string,
  want: ScopeWanted,
  log: AuthLog,
): Promise<CreateResult> {
  for (let round = 1; ; round++) {
    let failure: Error
    try {
      const { chosen, variants } = chooseCreated(await auth.createScope(write), want)
      return { kind: 'created', scope: chosen, variants, others: [] }
    } catch (error) {
      if (!unsettled(error)) throw error
      failure = error
    }
    log.info(
      `${failure.message.replace(/\.$/, '')}; looking the scope up before deciding (another run may have created it)`,
    )
    const existing = await findOwnScope(auth, target, want)
    if (existing.scope) {
      log.info(`Found ${existing.scope.scope_string} (id ${existing.scope.id}); going on from it`)
      return { kind: 'found', ...existing, scope: existing.scope }
    }
    if (!(failure instanceof LostWriteError)) {
      throw new CreateRefusedError(
        `${failure.message} No scope of client ${auth.clientId} has the suffix "${write.scope_suffix}" ` +
          '(looked up by scope string and through the client’s own scopes), so nothing was created.',
      )
    }
    if (round >= MAX_WRITE_ROUNDS) throw failure
    log.info('The scope does not exist; sending the create again')
  }
}

/** A create whose outcome only a lookup can tell. Wrong credentials or rights cannot be looked past. */
function unsettled(error: unknown): error is Error {
  if (error instanceof GlobusAuthError) return !isRefusal(error)
  return error instanceof LostWriteError || error instanceof TransportError
}

/** An answer that names no client is judged whole instead (ownScope). */
function assertOwned(scope: Pick<ScopeRef, 'id' | 'scope_string' | 'client'>, clientId: string): void {
  if (scope.client !== undefined && !sameId(scope.client, clientId)) {
    throw new VerificationError(
      `The scope ${scope.scope_string} (id ${scope.id}) belongs to client ${scope.client}, not to ${clientId}. ` +
        'Pass the credentials of the client that owns it, or choose another scope_suffix.',
    )
  }
}
