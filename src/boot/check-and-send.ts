// The boot's second step, with zod and the scope file's parser loaded (this chunk): check the
// inputs and the scope file exactly as run() would, and only then write the first lookup on
// the connection preconnect.ts opened. Any doubt, and the connection is closed unused: run()
// then does everything itself and says what is wrong. Nothing is printed here: the secret is
// masked only once the toolkit has loaded.
import { basicAuthorization } from '../globus/basic.ts'
import { scopeLookup } from '../globus/client.ts'
import { requestHeaders, requestUrl } from '../globus/request.ts'
import { firstLookupStrings } from '../globus/scope-string.ts'
import { readScopeFile, type ScopeFile } from '../scope-file/read.ts'
import { inputsFrom, isPlanWithoutCredentials } from '../settings/input.ts'
import { readSettings, type Settings } from '../settings/settings.ts'
import { type FirstLookup, sendFirstLookup } from './first-lookup.ts'
import type { Preconnection } from './preconnect.ts'

/** What the boot did for run(): the settings read, the scope file read, the first lookup sent. */
export interface Boot {
  settings: Settings
  scopeFile?: ScopeFile
  firstLookup?: FirstLookup
}

export async function checkAndSend(
  env: NodeJS.ProcessEnv,
  connection: Preconnection | undefined,
): Promise<Boot | undefined> {
  try {
    const input = inputsFrom(env)
    if (isPlanWithoutCredentials(input, env)) return closed(connection, undefined)
    const settings = readSettings(input, env)
    if (settings.mode === 'export') return closed(connection, { settings })
    const scopeFile = await readScopeFile(settings.scopeFile)
    // The credentials go only to the host the checked settings name.
    if (!connection || settings.authMethod === 'token' || connection.origin !== new URL(settings.authUrl).origin) {
      return closed(connection, { settings, scopeFile })
    }
    // The request ensureScope makes first, built by the same functions as the client builds it.
    const { desired } = scopeFile
    const dependents = desired.dependent_scopes.map((d) => d.scope)
    const strings = firstLookupStrings(settings.clientId, desired.scope_suffix, dependents, settings.authUrl)
    const { path, query } = scopeLookup('scope_strings', strings)
    const headers = requestHeaders({}, basicAuthorization(settings.clientId, settings.clientSecret))
    // identity: node:http does not decode compressed answers (undici, on the normal path, does).
    const url = requestUrl(settings.authUrl, path, query)
    const firstLookup = sendFirstLookup(connection, url, { ...headers, 'accept-encoding': 'identity' })
    return { settings, scopeFile, firstLookup }
  } catch {
    return closed(connection, undefined)
  }
}

function closed<T>(connection: Preconnection | undefined, boot: T): T {
  connection?.socket.destroy()
  return boot
}
