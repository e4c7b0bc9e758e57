// The whole job against Globus Auth: look up, plan, apply, verify. Plain values in and out;
// nothing here knows about GitHub.
import { resolveDependentScopes } from './dependent-scopes.ts'
import type { AuthClient, AuthLog } from './globus/client.ts'
import { GlobusAuthError, LostWriteError } from './globus/errors.ts'
import type { DependentScope, Scope, ScopeWrite } from './globus/schemas.ts'
import { GROUPS_SCOPE_ID, hasSuffix, isUuid, scopeStringFor } from './globus/scope-string.ts'
import { driftBetween, driftedFields, type Plan, planScope, type ResolvedScope } from './plan.ts'
import type { DesiredScope } from './scope-document.ts'

export const MODES = ['ensure', 'verify', 'plan'] as const
export type Mode = (typeof MODES)[number]
export type Status = 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update'

export interface EnsureResult {
  mode: Mode
  status: Status
  /** What was planned against the scope as first found. */
  plan: Plan
  /** The scope as Globus holds it at the end; undefined when it does not exist (read-only modes). */
  scope: Scope | undefined
  /** Globus' scope string when the scope exists, else the computed one. */
  scopeString: string
  desired: ResolvedScope
  /** Scopes fetched along the way, by id: lets reports show dependent scopes by scope string. */
  knownScopes: Map<string, Scope>
  /** Whether the declared dependent scopes leave out Globus Groups. */
  missingGroups: boolean
}

/** Globus holds something other than what was written, or than what this client may change. */
export class VerificationError extends Error {
  override name = 'VerificationError'
}

// Writes whose answer was lost are re-read and, if still needed, sent again at most this often.
const MAX_WRITE_ROUNDS = 3

export async function ensureScope(
  auth: AuthClient,
  declared: DesiredScope,
  mode: Mode,
  log: AuthLog,
): Promise<EnsureResult> {
  const target = scopeStringFor(auth.clientId, declared.scope_suffix)
  const dependentStrings = declared.dependent_scopes.map((d) => d.scope).filter((s) => !isUuid(s))
  // One request finds the scope and every dependent scope given by scope string.
  const found = await auth.findScopesByString([target, ...new Set(dependentStrings)])
  const knownScopes = new Map(found.map((s) => [s.id.toLowerCase(), s]))
  let current = found.find((s) => s.scope_string === target)
  // Read-only modes cannot learn from a refused create that the computed scope string was a
  // wrong guess (outside production, say), so they look through the client's own scopes.
  if (!current && mode !== 'ensure') current = await findInClientScopes(auth, declared.scope_suffix)
  if (current) assertOwned(current, auth.clientId)

  const desired: ResolvedScope = {
    ...declared,
    dependent_scopes: await resolveDependentScopes(declared.dependent_scopes, knownScopes, current, auth),
  }
  const plan = planScope(desired, current)
  const base = {
    mode,
    plan,
    desired,
    knownScopes,
    missingGroups: !desired.dependent_scopes.some((d) => d.scope === GROUPS_SCOPE_ID),
  }

  if (plan.action === 'none') {
    // The lookup answer is a fresh read of the scope: nothing more to verify.
    return { ...base, status: 'unchanged', scope: current, scopeString: current?.scope_string ?? target }
  }
  if (mode !== 'ensure') {
    // People read this plan (job summary, pull-request comment): name dependent scopes.
    await nameDependentScopes(auth, plan, knownScopes)
    const status = plan.action === 'create' ? 'would-create' : 'would-update'
    return { ...base, status, scope: current, scopeString: current?.scope_string ?? target }
  }
  const scope = await apply(auth, desired, plan, current, target, log)
  return { ...base, status: plan.action === 'create' ? 'created' : 'updated', scope, scopeString: scope.scope_string }
}

type Write = Exclude<Plan, { action: 'none' }>

/** What a write left: the scope, whether Globus answered it, and a read made after it, if any. */
interface WriteOutcome {
  scope: Scope
  acknowledged: boolean
  fresh: Scope | undefined
}

/**
 * Create or update, then read back until Globus holds exactly the desired scope. A write
 * whose answer was lost is never replayed blindly: the scope is read again first, and only
 * what is still missing or different is written.
 */
async function apply(
  auth: AuthClient,
  desired: ResolvedScope,
  plan: Write,
  current: Scope | undefined,
  target: string,
  log: AuthLog,
): Promise<Scope> {
  let outcome =
    plan.action === 'create'
      ? await createOrFind(auth, plan.write, target, log)
      : // planScope only plans an update of a scope it was given
        await update(auth, current as Scope, plan.write, log)
  for (let round = 1; ; round++) {
    const readBack = outcome.fresh ?? (await auth.getScope(outcome.scope.id))
    assertOwned(readBack, auth.clientId)
    const drift = driftBetween(desired, readBack)
    if (drift.length === 0) return readBack
    if (outcome.acknowledged) {
      throw new VerificationError(
        `Globus Auth accepted the ${plan.action} of ${readBack.scope_string} (id ${readBack.id}), but reading it back ` +
          `shows different ${driftedFields(drift)}. Nothing else was changed; run again, and if it ` +
          'persists, compare the scope file with the scope in Globus Auth.',
      )
    }
    if (round >= MAX_WRITE_ROUNDS) {
      throw new VerificationError(
        `The scope ${readBack.scope_string} still differs from the file in ${driftedFields(drift)} ` +
          `after ${round} writes whose answers were lost; run again.`,
      )
    }
    const next = planScope(desired, readBack)
    if (next.action === 'update') outcome = await update(auth, readBack, next.write, log)
  }
}

async function update(auth: AuthClient, scope: Scope, write: ScopeWrite, log: AuthLog): Promise<WriteOutcome> {
  try {
    await auth.updateScope(scope.id, write)
    return { scope, acknowledged: true, fresh: undefined }
  } catch (error) {
    if (!(error instanceof LostWriteError)) throw error
    log.info(`${error.message}; reading the scope again before deciding`)
    return { scope, acknowledged: false, fresh: undefined }
  }
}

async function createOrFind(
  auth: AuthClient,
  write: ScopeWrite & { scope_suffix: string },
  target: string,
  log: AuthLog,
): Promise<WriteOutcome> {
  for (let round = 1; ; round++) {
    try {
      return { scope: await auth.createScope(write), acknowledged: true, fresh: undefined }
    } catch (error) {
      const lost = error instanceof LostWriteError
      const duplicate = isDuplicateSuffix(error)
      if (!lost && !duplicate) throw error
      log.info(
        duplicate
          ? `Globus Auth says the scope suffix "${write.scope_suffix}" already exists (another run may have created it); looking it up`
          : `${(error as Error).message}; looking the scope up before deciding`,
      )
      const existing = await findOwnScope(auth, target, write.scope_suffix)
      if (existing) return { scope: existing, acknowledged: false, fresh: existing }
      if (duplicate) {
        throw new VerificationError(
          `Globus Auth refused to create the scope suffix "${write.scope_suffix}" because it exists, but no scope ` +
            `of client ${auth.clientId} has it. It may belong to another client of the same project: ` +
            'choose another scope_suffix or remove the other scope. Nothing was changed.',
        )
      }
      if (round >= MAX_WRITE_ROUNDS) throw error
      log.info('The scope does not exist; sending the create again')
    }
  }
}

/** The client's scope with this suffix: by scope string first, then through the client's own list. */
async function findOwnScope(auth: AuthClient, target: string, suffix: string): Promise<Scope | undefined> {
  const byString = (await auth.findScopesByString([target])).find(isOwn(auth, suffix))
  return byString ?? (await findInClientScopes(auth, suffix))
}

/** The client's scope with this suffix, whatever its scope string: two requests. */
async function findInClientScopes(auth: AuthClient, suffix: string): Promise<Scope | undefined> {
  const ids = await auth.getClientScopeIds()
  return (await auth.findScopesById(ids)).find(isOwn(auth, suffix))
}

const isOwn = (auth: AuthClient, suffix: string) => (scope: Scope) =>
  scope.client === auth.clientId && hasSuffix(scope.scope_string, suffix)

/**
 * A refused create because the suffix exists. 409 is the likely answer but unverified,
 * so any 4xx whose words say so counts as well.
 */
function isDuplicateSuffix(error: unknown): boolean {
  if (!(error instanceof GlobusAuthError)) return false
  if (error.status === 409) return true
  return error.status >= 400 && error.status < 500 && /already exists|duplicate|in use|taken/i.test(error.detail)
}

/** One lookup for the dependent scopes a plan shows only by id (read-only modes). */
async function nameDependentScopes(auth: AuthClient, plan: Plan, known: Map<string, Scope>): Promise<void> {
  const drift = plan.drift.find((d) => d.field === 'dependent_scopes')
  const listed = [
    ...((drift?.current as DependentScope[] | undefined) ?? []),
    ...((drift?.desired as DependentScope[]) ?? []),
  ]
  const unnamed = [...new Set(listed.map((d) => d.scope.toLowerCase()))].filter((id) => !known.has(id))
  for (const scope of await auth.findScopesById(unnamed)) known.set(scope.id.toLowerCase(), scope)
}

function assertOwned(scope: Scope, clientId: string): void {
  if (scope.client !== clientId) {
    throw new VerificationError(
      `The scope ${scope.scope_string} (id ${scope.id}) belongs to client ${scope.client}, not to ${clientId}. ` +
        'Pass the credentials of the client that owns it, or choose another scope_suffix.',
    )
  }
}
