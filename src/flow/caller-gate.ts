// The caller's-eye end of the deploy gate: in verify mode, once the scope itself is verified, a
// stand-in caller (caller_client_id, caller_client_secret) proves that callers can use it
// (src/caller/). plan and ensure take the inputs and say they are for verify. A chunk of its own,
// with the check and its words: execute() loads it only when the caller inputs are given.
import { type CallerRun, checkCaller, type RequiredDependent } from '../caller/check.ts'
import type { AuthClient } from '../globus/client.ts'
import type { EnsureResult } from '../modes/ensure/ensure.ts'
import { callerCheckStart, callerLogLines, callerSummary } from '../report/caller.ts'
import {
  callerFailureText,
  callerNotCheckedText,
  callerSwappedText,
  notHeldText,
  notRevokedText,
} from '../report/caller-failure.ts'
import type { CallerSummary } from '../report/summary.ts'
import type { Settings } from '../settings/settings.ts'
import type { Collaborators } from './collaborators.ts'
import { gateStep } from './gate.ts'
import type { Annotation } from './outcome.ts'

export async function checkCallers(
  settings: Settings,
  result: EnsureResult,
  io: Collaborators,
): Promise<CallerRun | undefined> {
  const caller = settings.caller
  if (!caller) return undefined
  const step = gateStep(result)
  if (step.kind === 'not-checked') return { kind: 'not-checked', mode: step.mode }
  if (step.kind === 'not-run') return undefined
  const before = io.auth.requestCount
  const required = await requiredDependents(result, io.auth)
  io.log.info(callerCheckStart(caller.clientId, result.scopeString))
  const check = await checkCaller(
    {
      scopeString: result.scopeString,
      callerId: caller.clientId,
      providerId: settings.clientId,
      advertised: step.scope.advertised,
      required,
    },
    { caller: io.auth.asClient(caller.clientId, caller.clientSecret), provider: io.auth.tokens },
  )
  for (const line of callerLogLines(check)) io.log.info(line)
  return { kind: 'checked', check, requests: io.auth.requestCount - before }
}

/**
 * The dependent scopes the file requires, by scope string, which is what a dependent token names.
 * Those the run has not named yet (given by id and already in place) take one lookup; one the
 * provider's client cannot read stays unnamed, and the check says it could not check it.
 */
async function requiredDependents(result: EnsureResult, auth: AuthClient): Promise<RequiredDependent[]> {
  const required = result.desired.dependent_scopes.filter((dependent) => !dependent.optional)
  const unnamed = required.map((d) => d.scope.toLowerCase()).filter((id) => !result.knownScopes.has(id))
  if (unnamed.length > 0) {
    for (const scope of await auth.findScopesById(unnamed)) result.knownScopes.set(scope.id.toLowerCase(), scope)
  }
  return required.map((dependent) => ({
    id: dependent.scope,
    scopeString: result.knownScopes.get(dependent.scope.toLowerCase())?.scope_string,
    requiresRefreshToken: dependent.requires_refresh_token,
  }))
}

/** What a run says of the caller inputs: notices and warnings, why the step fails, the summary's words. */
export interface CallerWords {
  annotations: Annotation[]
  /** Why the check failed, the way out first; undefined when it did not fail (or did not run). */
  failure: string | undefined
  /** A scope that does not exist, with a stand-in caller given: maybe the two clients swapped. */
  swapped: string
  summary: CallerSummary | undefined
}

export function callerWords(
  settings: Settings,
  result: EnsureResult,
  caller: CallerRun | undefined,
  scopeFile: string,
): CallerWords {
  const annotations: Annotation[] = []
  if (caller?.kind === 'not-checked') {
    const message = callerNotCheckedText(caller.mode)
    annotations.push({ level: 'notice', message, title: 'caller_client_id not used' })
  }
  const checked = caller?.kind === 'checked' ? caller.check : undefined
  for (const missed of checked?.notRevoked ?? []) {
    const message = notRevokedText(missed, (value) => value)
    annotations.push({ level: 'warning', message, title: 'Caller check: a token not revoked' })
  }
  if (checked?.notHeld) {
    annotations.push({
      level: 'warning',
      message: notHeldText(checked.notHeld),
      title: 'Caller check: tokens not revoked',
    })
  }
  const failed = checked?.failure
  return {
    annotations,
    failure: failed && callerFailureText(checked, failed, scopeFile, (value) => value),
    swapped: settings.caller && result.status === 'would-create' ? callerSwappedText(settings.caller.clientId) : '',
    summary: caller && callerSummary(caller, scopeFile),
  }
}
