// The first moments of a run: from the raw inputs and a plain reading of the scope file, open the
// connection of the first lookup to Globus Auth, so that connecting and the TLS handshake happen
// while the rest of the action loads. Nothing is written to the connection here: start.ts checks
// everything in full first, then sends the request or closes it. Small on purpose (no zod, no
// toolkit): all it imports loads in a few milliseconds.
import { isAbsolute, resolve } from 'node:path'
import { authUrlFrom, inputsFrom } from './auth-url.ts'
import { readCheckoutFile } from './checkout-file.ts'
import { DEFAULT_SCOPE_FILE, MAX_SCOPE_FILE_BYTES, USER_AGENT } from './defaults.ts'
import { basicAuthorization } from './globus/basic.ts'
import { lookupUrl, openEarly, type PendingRequest } from './globus/early-request.ts'
import { firstLookupStrings, isUuid } from './globus/scope-string.ts'

/** The proxy variables undici honours: with any of them set for HTTPS, run() connects itself. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']

export async function preconnect(env: NodeJS.ProcessEnv): Promise<PendingRequest | undefined> {
  try {
    const input = inputsFrom(env)
    if (!['', 'ensure', 'verify', 'plan'].includes(input('mode'))) return undefined
    // A token (auth_method: token) comes first from another endpoint: no head start then.
    if (!['', 'auto', 'basic'].includes(input('auth_method'))) return undefined
    const clientId = input('client_id').toLowerCase()
    const secret = input('client_secret')
    if (!isUuid(clientId) || !secret) return undefined
    const { authUrl } = authUrlFrom(input, env)
    if (authUrl.startsWith('https:') && PROXY_VARIABLES.some((name) => env[name])) return undefined

    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
    const file = input('scope_file') || DEFAULT_SCOPE_FILE
    const read = await readCheckoutFile(
      isAbsolute(file) ? file : resolve(workspace, file),
      workspace,
      MAX_SCOPE_FILE_BYTES,
    )
    if (!('bytes' in read)) return undefined
    // A plain reading; start.ts reads the file again with every check before anything is sent.
    const scope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes))?.scope
    const suffix: unknown = scope?.scope_suffix
    if (typeof suffix !== 'string' || !/^[a-z0-9_]+$/.test(suffix)) return undefined
    const dependents: unknown[] = Array.isArray(scope?.dependent_scopes) ? scope.dependent_scopes : []
    const strings = dependents.map((d) => (d as { scope?: unknown })?.scope).filter((s) => typeof s === 'string')
    const url = lookupUrl(authUrl, firstLookupStrings(clientId, suffix, strings as string[], authUrl))
    // identity: node:http does not decode compressed answers (undici, on the slow path, does).
    const headers = { accept: 'application/json', 'accept-encoding': 'identity', 'user-agent': USER_AGENT }
    return openEarly(url, { authorization: basicAuthorization(clientId, secret), ...headers })
  } catch {
    return undefined
  }
}
