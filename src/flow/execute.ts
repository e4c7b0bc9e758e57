// The whole run as a function: settings and collaborators in, an Outcome out. It knows nothing
// of GitHub: run() (src/github/) reads the inputs, passes the collaborators, and renders the Outcome.
import { scopeStringFor } from '../globus/scope-string.ts'
import { ensureScope } from '../modes/ensure/ensure.ts'
import {
  GROUPS_WARNING,
  globusAuthLine,
  newScope,
  providerText,
  resultLines,
  SECOND_SCOPE_MEANS,
  secondScopeSentence,
  verifyFailure,
} from '../report/lines.ts'
import { sentence } from '../report/phrasing.ts'
import { renderPlanComment, renderSummary } from '../report/summary.ts'
import { readScopeFile, type ScopeFile } from '../scope-file/read.ts'
import type { ScopeMode } from '../settings/modes.ts'
import type { Settings } from '../settings/settings.ts'
import type { Collaborators } from './collaborators.ts'
import { failedOutcome, type RunContext } from './ending.ts'
import { type Annotation, groupsWarning, type Outcome } from './outcome.ts'

export type { Collaborators }

export async function execute(settings: Settings, io: Collaborators): Promise<Outcome> {
  const context: RunContext = {
    mode: settings.mode,
    scopeFile: settings.scopeFile.display,
    authUrl: settings.authUrl,
    requests: 0,
  }
  const failed = (error: unknown, known: Partial<RunContext> = {}, file?: ScopeFile) =>
    failedOutcome(error, { ...context, ...known, requests: io.auth.requestCount }, io.redactor, file)
  // Export is its own chunk (flow/export.ts): the steady path never loads it.
  if (settings.mode === 'export') {
    return import('./export.ts')
      .then(({ executeExport }) => executeExport(settings, io))
      .catch((error) => failed(error))
  }
  let file: ScopeFile | undefined
  try {
    file = await (io.readScopeFile ?? readScopeFile)(settings.scopeFile)
    return await executeScope(settings, settings.mode, file, io)
  } catch (error) {
    // What is known stays known, so `if: always()` steps can branch on it.
    const scopeString = file ? scopeStringFor(settings.clientId, file.desired.scope_suffix) : ''
    return failed(error, { scopeString }, file)
  }
}

async function executeScope(settings: Settings, mode: ScopeMode, file: ScopeFile, io: Collaborators): Promise<Outcome> {
  io.log.info(globusAuthLine(settings))
  // Each check of the gate is a chunk of its own (flow/caller-gate.ts, flow/provider-gate.ts),
  // loaded only when its inputs are given, and before ensure writes anything: a bundle missing
  // one fails the step with nothing changed, not after a create that its outputs would not show.
  const callerGate = settings.caller ? await import('./caller-gate.ts') : undefined
  const providerGate = settings.providerUrl ? await import('./provider-gate.ts') : undefined
  const result = await ensureScope(io.auth, file.desired, mode, io.log)
  // Said now: what the provider check waits for comes after it in the log.
  for (const line of resultLines(result)) io.log.info(line)
  // The caller check first: a few requests, where the provider's may wait out a rollout.
  const caller = await callerGate?.checkCallers(settings, result, io)
  const provider = await providerGate?.checkDeployedProvider(settings, result, io)
  const scopeFile = settings.scopeFile.display
  const annotations: Annotation[] = []
  if (result.missingGroups) annotations.push(groupsWarning(GROUPS_WARNING, scopeFile))
  if (result.otherScopes.length > 0) {
    const message = `${secondScopeSentence(result, (value) => value)} ${SECOND_SCOPE_MEANS}`
    annotations.push({
      level: 'warning',
      message,
      title: `${sentence(newScope(result))} for this client`,
      file: scopeFile,
    })
  }
  if (provider?.kind === 'not-checked') {
    const message = providerText(provider, result.scopeString)
    annotations.push({ level: 'notice', message, title: 'provider_url not checked' })
  }
  const words = callerGate?.callerWords(settings, result, caller, scopeFile)
  annotations.push(...(words?.annotations ?? []))
  const checked = caller?.kind === 'checked' ? caller.check : undefined
  const providerFailure = provider?.kind === 'failed' ? providerText(provider, result.scopeString) : undefined
  const failure =
    mode === 'verify' && result.status !== 'unchanged'
      ? [verifyFailure(result, scopeFile), words?.swapped].filter(Boolean).join(' ')
      : [words?.failure, providerFailure].filter(Boolean).join(' ') || undefined
  return {
    log: provider?.kind === 'verified' ? [providerText(provider, result.scopeString)] : [],
    debug: [],
    annotations,
    outputs: {
      status: provider?.kind === 'failed' || checked?.failure ? 'failed' : result.status,
      scope_string: result.scopeString,
      scope_id: result.scope?.id ?? '',
      ...(provider?.kind === 'verified' ? { provider_scope: provider.advertised } : {}),
      ...(checked ? { caller_check: checked.failure ? 'failed' : 'passed' } : {}),
    },
    comment:
      mode === 'plan'
        ? {
            scope: { authUrl: settings.authUrl, clientId: settings.clientId, scopeSuffix: file.desired.scope_suffix },
            body: renderPlanComment(result, io.push ?? {}, io.redactor),
            hasChanges: result.plan.action !== 'none',
          }
        : undefined,
    summary: renderSummary(
      {
        result,
        error: failure,
        mode,
        scopeFile,
        authUrl: settings.authUrl,
        requests: io.auth.requestCount,
        provider,
        caller: words?.summary,
      },
      io.redactor,
    ),
    failure,
  }
}
