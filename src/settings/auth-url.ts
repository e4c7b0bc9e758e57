// Where Globus Auth is, from the inputs and the Globus SDKs' variables. Free of zod and the rest
// of the action, so that the boot (src/boot/preconnect.ts) can use it before they load.
import {
  authBaseUrl,
  CARRIES_USERINFO,
  ENVIRONMENTS,
  type EnvironmentName,
  isEnvironmentName,
  unsafeBaseUrlReason,
} from '../globus/environments.ts'
import { InputError, type ReadInput } from './input.ts'

/**
 * Where Globus Auth is, most explicit first: the auth_url input, the environment input, then
 * the Globus SDKs' variables (GLOBUS_SDK_SERVICE_URL_AUTH, GLOBUS_SDK_ENVIRONMENT), then
 * production. Every name given is checked, even when a more explicit setting wins.
 */
export function authUrlFrom(input: ReadInput, env: NodeJS.ProcessEnv): { authUrl: string; authUrlSource: string } {
  const override = input('auth_url').trim()
  const fromInput = checkedEnvironment(input('environment').trim(), 'Input environment')
  const envOverride = env.GLOBUS_SDK_SERVICE_URL_AUTH?.trim()
  const fromEnv = checkedEnvironment(env.GLOBUS_SDK_ENVIRONMENT?.trim() ?? '', 'GLOBUS_SDK_ENVIRONMENT')
  if (override) return { authUrl: checkedUrl(override, 'Input auth_url'), authUrlSource: 'the auth_url input' }
  if (fromInput) return { authUrl: authBaseUrl(fromInput), authUrlSource: `the ${fromInput} environment (input)` }
  if (envOverride) {
    return {
      authUrl: checkedUrl(envOverride, 'GLOBUS_SDK_SERVICE_URL_AUTH'),
      authUrlSource: 'GLOBUS_SDK_SERVICE_URL_AUTH',
    }
  }
  const name = fromEnv ?? 'production'
  return {
    authUrl: authBaseUrl(name),
    authUrlSource: fromEnv ? `the ${name} environment (GLOBUS_SDK_ENVIRONMENT)` : 'the production environment',
  }
}

function checkedEnvironment(name: string, where: string): EnvironmentName | undefined {
  if (!name) return undefined
  if (isEnvironmentName(name)) return name
  throw new InputError(
    `${where} is "${name}", which is not a Globus environment; use one of: ${ENVIRONMENTS.join(', ')}.`,
  )
}

function checkedUrl(text: string, where: string): string {
  const why = 'The client secret is only sent over HTTPS.'
  return checkedBaseUrl(text, where, 'https://auth.globus.org', why).toString().replace(/\/$/, '')
}

/** A base URL by the rule for anything the action talks to: HTTPS, or plain HTTP to loopback only. */
export function checkedBaseUrl(text: string, where: string, example: string, why: string): URL {
  if (!URL.canParse(text)) {
    throw new InputError(
      `${where} is "${shownUrl(text)}", which is not a URL: ${urlProblem(text)}; give a base URL like ${example}.`,
    )
  }
  const url = new URL(text)
  // An @ anywhere ends a user name or password as typed, even where URL reads a host and a path
  // (`https://user:12/pass@host` is the host `user`, port 12): a base URL holds none.
  const reason = text.includes('@') ? CARRIES_USERINFO : unsafeBaseUrlReason(url)
  if (reason) throw new InputError(`${where} is "${shownUrl(text)}": ${reason}. ${why}`)
  return url
}

/**
 * A URL input as a message shows it: never its user name or password, its query or its fragment.
 * With an @ anywhere, everything up to the last one is left out, wherever URL would put it (a
 * password may hold a `/`, `?` or `#` that moves its end); else URL's own parts, when it finds a host.
 */
function shownUrl(text: string): string {
  const at = text.lastIndexOf('@')
  const url = at < 0 && URL.canParse(text) ? new URL(text) : undefined
  if (url?.host) return `${url.protocol}//${url.host}${url.pathname}`
  // A scheme kept only with the slashes after it: without them, `alice:secret@host` is all user.
  const scheme = at < 0 ? '' : (/^[A-Za-z][A-Za-z0-9+.-]*:[\\/]{2}/.exec(text)?.[0] ?? '')
  const rest = at < 0 ? text : `${scheme}…${text.slice(at)}`
  return rest.replace(/[?#][\s\S]*$/, '')
}

/** What keeps a text from being a URL, in words, without repeating any of it. */
function urlProblem(text: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:[\\/]*/.exec(text)?.[0]
  if (!scheme) return 'it has no scheme; write https:// before the host'
  const authority = text.slice(scheme.length).split(/[/?#\\]/)[0] ?? ''
  const host = authority.slice(authority.lastIndexOf('@') + 1)
  if (!host) return 'it has no host'
  const port = /^(?:\[[^\]]*\]|[^:[\]]*):(.*)$/.exec(host)?.[1]
  if (port !== undefined && !/^[0-9]{0,5}$/.test(port)) return 'its port is not a number'
  if (port && Number(port) > 65535) return 'its port is above 65535'
  return 'its host is not a host name or an IP address'
}
