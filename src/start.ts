// The early start: read the inputs and the scope file, and send the first lookup to Globus Auth
// before the bulk of the action (the GitHub toolkit, octokit, the report code) has loaded, so that
// loading it hides behind the network. Nothing is printed here: the secret is masked only once the
// toolkit is loaded. Any doubt, and nothing is sent: run() then does everything itself, and says
// what is wrong.
import { USER_AGENT } from './defaults.ts'
import { type EarlyRequest, sendEarly } from './globus/early-request.ts'
import { firstLookupStrings } from './globus/scope-string.ts'
import { isPlanWithoutCredentials, readSettings, type Settings } from './inputs.ts'
import { readScopeFile, type ScopeFile } from './scope-file.ts'

export interface EarlyStart {
  settings: Settings
  scopeFile: ScopeFile
  /** The first lookup, in flight; undefined when it had to wait for run() (a proxy, a token). */
  lookup: EarlyRequest | undefined
}

/** The proxy variables undici honours: with any of them set, the request waits for run(). */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']

export async function startEarly(env: NodeJS.ProcessEnv): Promise<EarlyStart | undefined> {
  try {
    // As @actions/core reads an input: INPUT_<NAME>, trimmed.
    const input = (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
    if (isPlanWithoutCredentials(input, env)) return undefined
    const settings = readSettings(input, env)
    if (settings.mode === 'export') return undefined
    const scopeFile = await readScopeFile(settings.scopeFile)
    const proxied = new URL(settings.authUrl).protocol === 'https:' && PROXY_VARIABLES.some((name) => env[name])
    if (proxied || settings.authMethod === 'token') return { settings, scopeFile, lookup: undefined }
    // The very request ensureScope makes first, byte for byte, so the transport can take its answer.
    const base = new URL(settings.authUrl.endsWith('/') ? settings.authUrl : `${settings.authUrl}/`)
    const url = new URL('v2/api/scopes', base)
    const dependents = scopeFile.desired.dependent_scopes.map((d) => d.scope)
    const strings = firstLookupStrings(settings.clientId, scopeFile.desired.scope_suffix, dependents)
    url.searchParams.set('scope_strings', strings.join(','))
    const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')
    const headers = { authorization: `Basic ${basic}`, accept: 'application/json', 'user-agent': USER_AGENT }
    return { settings, scopeFile, lookup: sendEarly(url, headers) }
  } catch {
    return undefined
  }
}
