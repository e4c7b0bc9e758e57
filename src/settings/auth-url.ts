// Where Globus Auth is, from the inputs and the Globus SDKs' variables. Free of zod and the rest
// of the action, so that the boot (src/boot/preconnect.ts) can use it before they load.
import {
  authBaseUrl,
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
  if (!URL.canParse(text))
    throw new InputError(`${where} is "${text}", which is not a URL; give a base URL like ${example}.`)
  const url = new URL(text)
  const reason = unsafeBaseUrlReason(url)
  if (reason) throw new InputError(`${where} is "${url.origin}${url.pathname}": ${reason}. ${why}`)
  return url
}
