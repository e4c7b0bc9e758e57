// The early start, second step: with zod and the scope file's parser loaded (this chunk), check
// the inputs and the scope file exactly as run() would, and only then write the first lookup to
// the connection preconnect.ts opened, provided it is the very request run() will make. Any
// doubt, and the connection is closed unused: run() then does everything itself, and says what
// is wrong. Nothing is printed here: the secret is masked only once the toolkit is loaded.
import { inputsFrom } from './auth-url.ts'
import { basicAuthorization } from './globus/basic.ts'
import type { EarlyRequest, PendingRequest } from './globus/early-request.ts'
import { lookupUrl } from './globus/early-request.ts'
import { firstLookupStrings } from './globus/scope-string.ts'
import { isPlanWithoutCredentials, readSettings, type Settings } from './inputs.ts'
import { readScopeFile, type ScopeFile } from './scope-file.ts'

export interface EarlyStart {
  settings: Settings
  scopeFile: ScopeFile
  /** The first lookup, on its way; undefined when run() makes it itself. */
  lookup: EarlyRequest | undefined
}

export async function startEarly(
  env: NodeJS.ProcessEnv,
  pending: PendingRequest | undefined,
): Promise<EarlyStart | undefined> {
  try {
    const input = inputsFrom(env)
    if (isPlanWithoutCredentials(input, env)) return closed(pending)
    const settings = readSettings(input, env)
    if (settings.mode === 'export') return closed(pending)
    const scopeFile = await readScopeFile(settings.scopeFile)
    // The same request ensureScope makes first (URL and credentials), or none at all.
    const dependents = scopeFile.desired.dependent_scopes.map((d) => d.scope)
    const strings = firstLookupStrings(settings.clientId, scopeFile.desired.scope_suffix, dependents, settings.authUrl)
    const same =
      pending?.url === lookupUrl(settings.authUrl, strings).toString() &&
      pending.authorization === basicAuthorization(settings.clientId, settings.clientSecret)
    if (!same) pending?.cancel()
    return { settings, scopeFile, lookup: same && settings.authMethod !== 'token' ? pending.send() : undefined }
  } catch {
    return closed(pending)
  }
}

function closed(pending: PendingRequest | undefined): undefined {
  pending?.cancel()
  return undefined
}
