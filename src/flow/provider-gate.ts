// The deploy gate's other end: in verify mode, once the scope itself is verified, the deployed
// Action Provider must advertise it (provider_url). plan and ensure run before the deploy, so
// they take the input and say it is for verify.
import type { EnsureResult } from '../modes/ensure/ensure.ts'
import { advertisedScope } from '../modes/ensure/own-scope.ts'
import {
  type AdvertisedScope,
  type ProviderCheck,
  ProviderCheckError,
  waitForProviderScope,
} from '../provider/description.ts'
import type { Settings } from '../settings/settings.ts'
import type { Collaborators } from './collaborators.ts'
import { gateStep } from './gate.ts'

export async function checkDeployedProvider(
  settings: Settings,
  result: EnsureResult,
  io: Collaborators,
): Promise<ProviderCheck | undefined> {
  const url = settings.providerUrl
  if (!url) return undefined
  const step = gateStep(result)
  if (step.kind === 'not-checked') return { kind: 'not-checked', url, mode: step.mode }
  if (step.kind === 'not-run') return undefined
  if (!io.provider) throw new Error('provider_url is set, but nothing was given to read the provider with')
  const want = { clientId: settings.clientId, suffix: result.desired.scope_suffix }
  // One lookup per string the provider names, however often a rollout makes it read again.
  const asked = new Map<string, Promise<AdvertisedScope>>()
  const judge = (advertised: string) => {
    const known = asked.get(advertised) ?? advertisedScope(io.auth, want, advertised)
    asked.set(advertised, known)
    return known
  }
  try {
    const seen = await waitForProviderScope(url, result.scopeString, judge, {
      ...io.provider,
      redactor: io.redactor,
      log: io.log,
    })
    return { kind: 'verified', url, ...seen }
  } catch (error) {
    if (error instanceof ProviderCheckError) return { kind: 'failed', url, failure: error.failure }
    throw error
  }
}
