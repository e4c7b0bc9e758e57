// Action inputs (and the Globus SDK environment variables) -> validated settings.
// Errors name the input and what is allowed; they never repeat the client id or secret
// values, since a swapped pair would otherwise print the secret.
import { isAbsolute, resolve } from 'node:path'
import * as z from 'zod/mini'
import { AUTH_METHODS, type AuthMethod } from '../globus/credentials.ts'
import { CALLER_INPUTS, CLIENT_INPUTS, type CredentialInputs, DEVELOPER_SETTINGS_URL } from '../globus/errors.ts'
import { isUuid, sameId } from '../globus/scope-string.ts'
import type { ScopeFileLocation } from '../scope-file/read.ts'
import { authUrlFrom, checkedBaseUrl } from './auth-url.ts'
import { DEFAULT_AUTH_METHOD, DEFAULT_MODE, DEFAULT_SCOPE_FILE, DEFAULT_TIMEOUT_SECONDS } from './defaults.ts'
import { InputError, type ReadInput } from './input.ts'
import { MODES, type Mode } from './modes.ts'

export interface Settings {
  clientId: string
  clientSecret: string
  /** Absolute path of the scope file, the path as the user gave it (for messages), and the checkout it must be in. */
  scopeFile: ScopeFileLocation
  mode: Mode
  /** How the client authenticates to the scopes API. */
  authMethod: AuthMethod
  /** Base URL of Globus Auth, and where it came from (for the log). */
  authUrl: string
  authUrlSource: string
  timeoutSeconds: number
  /** For the pull-request plan comment; empty when none is given. */
  githubToken: string
  /** The deployed Action Provider's base URL, checked in verify mode (provider_url); none when not given. */
  providerUrl: URL | undefined
  /** A second client standing in for a caller, for verify's caller check (caller_client_id/secret); none when not given. */
  caller: ClientCredentials | undefined
}

/** A client's id (lower case, as Globus writes ids) and secret. */
interface ClientCredentials {
  clientId: string
  clientSecret: string
}

/** Shorter than any secret Globus makes (44 characters). */
const MIN_SECRET_LENGTH = 16

const ModeSchema = z.enum(MODES)

export function readSettings(input: ReadInput, env: NodeJS.ProcessEnv): Settings {
  const clientId = input('client_id').trim()
  const clientSecret = input('client_secret')
  if (!clientId)
    throw new InputError(missing('client_id', 'the Action Provider’s Globus Auth client id', 'vars.GLOBUS_CLIENT_ID'))
  checkId(clientId, PROVIDER)
  if (!clientSecret.trim()) {
    throw new InputError(
      missing('client_secret', 'the client’s secret from a repository secret', 'secrets.GLOBUS_CLIENT_SECRET'),
    )
  }
  checkSecret(clientSecret, PROVIDER)

  const modeText = input('mode').trim() || DEFAULT_MODE
  const mode = ModeSchema.safeParse(modeText)
  if (!mode.success) throw new InputError(`Input mode is "${modeText}"; use one of: ${MODES.join(', ')}.`)

  const methodText = input('auth_method').trim() || DEFAULT_AUTH_METHOD
  const authMethod = z.enum(AUTH_METHODS).safeParse(methodText)
  if (!authMethod.success) {
    throw new InputError(`Input auth_method is "${methodText}"; use one of: ${AUTH_METHODS.join(', ')}.`)
  }

  const scopeFileText = input('scope_file').trim() || DEFAULT_SCOPE_FILE
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const scopeFile = {
    path: isAbsolute(scopeFileText) ? scopeFileText : resolve(workspace, scopeFileText),
    display: scopeFileText,
    workspace,
  }

  const timeoutText = input('timeout_seconds').trim()
  const timeoutSeconds = timeoutText ? Number(timeoutText) : DEFAULT_TIMEOUT_SECONDS
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 3600) {
    throw new InputError(`Input timeout_seconds is "${timeoutText}"; give a number of seconds between 1 and 3600.`)
  }

  return {
    // UUIDs are case-insensitive, and Globus writes its ids in lower case.
    clientId: clientId.toLowerCase(),
    clientSecret,
    scopeFile,
    mode: mode.data,
    authMethod: authMethod.data,
    ...authUrlFrom(input, env),
    timeoutSeconds,
    githubToken: input('github_token').trim(),
    providerUrl: providerUrlFrom(input('provider_url').trim()),
    caller: callerFrom(input('caller_client_id').trim(), input('caller_client_secret'), { clientId, clientSecret }),
  }
}

// The names of a client's two inputs, for messages.
const PROVIDER = CLIENT_INPUTS
const CALLER = CALLER_INPUTS

function checkId(id: string, names: CredentialInputs): void {
  if (isUuid(id)) return
  throw new InputError(
    `Input ${names.id} must be a Globus Auth client id (a UUID like 0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f); ` +
      `the value given (${id.length} characters) is not. Check that ${names.id} and ${names.secret} are not swapped.`,
  )
}

function checkSecret(secret: string, names: CredentialInputs): void {
  // Globus makes client secrets of 44 characters. A much shorter one is a wrong or cut secret,
  // and could not be told from ordinary text when the action keeps it out of what it prints.
  if (secret.trim().length < MIN_SECRET_LENGTH) {
    throw new InputError(
      `Input ${names.secret} is ${secret.trim().length} characters long; a Globus client secret is 44. ` +
        'Check that the repository secret holds the whole secret, as Globus showed it.',
    )
  }
  if (isUuid(secret.trim())) {
    throw new InputError(
      `Input ${names.secret} looks like a client id (a UUID), not a secret: check that ${names.id} and ${names.secret} are not swapped.`,
    )
  }
}

/** The stand-in caller: both inputs or neither, checked as the provider's own, and another client than it. */
function callerFrom(id: string, secret: string, provider: ClientCredentials): ClientCredentials | undefined {
  if (!id && !secret.trim()) return undefined
  if (!id) {
    throw new InputError(
      `Input ${CALLER.id} is required with ${CALLER.secret}: pass the stand-in caller’s client id too, ` +
        `e.g. ${CALLER.id}: \${{ vars.GLOBUS_CALLER_CLIENT_ID }}, or leave both out.`,
    )
  }
  if (!secret.trim()) {
    throw new InputError(
      `Input ${CALLER.secret} is required with ${CALLER.id}: pass the stand-in caller’s secret from a repository ` +
        `secret, e.g. ${CALLER.secret}: \${{ secrets.GLOBUS_CALLER_CLIENT_SECRET }}, or leave both out.`,
    )
  }
  checkId(id, CALLER)
  checkSecret(secret, CALLER)
  if (sameId(id, provider.clientId)) {
    throw new InputError(
      `Input ${CALLER.id} is the Action Provider’s own client (${PROVIDER.id}): the caller check needs a second ` +
        `client that stands in for a caller. Register one in the Globus web app's developer settings (${DEVELOPER_SETTINGS_URL}) and pass its id and secret.`,
    )
  }
  // Globus gives each client its own secret: the same one twice is the provider's passed for the caller.
  if (secret.trim() === provider.clientSecret.trim()) {
    throw new InputError(
      `Input ${CALLER.secret} is the same as ${PROVIDER.secret}: pass the stand-in caller’s own secret, from the ` +
        `repository secret that holds it, e.g. ${CALLER.secret}: \${{ secrets.GLOBUS_CALLER_CLIENT_SECRET }}.`,
    )
  }
  return { clientId: id.toLowerCase(), clientSecret: secret }
}

function providerUrlFrom(text: string): URL | undefined {
  if (!text) return undefined
  const why = 'The provider’s description is read over HTTPS only, without credentials.'
  return checkedBaseUrl(text, 'Input provider_url', 'https://actions.example.org/my_provider/', why)
}

function missing(name: string, what: string, example: string): string {
  return `Input ${name} is required: pass ${what}, e.g. ${name}: \${{ ${example} }}.`
}
