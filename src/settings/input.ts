// The action's inputs as the runner passes them, before anything is checked. Zod-free: the boot
// reads them before the rest of the action has loaded.
import { DEFAULT_MODE } from './defaults.ts'

/** A wrong input: the message names it and says what is allowed. */
export class InputError extends Error {
  override name = 'InputError'
}

export type ReadInput = (name: string) => string

/** Inputs as @actions/core reads them: INPUT_<NAME> (spaces as _), trimmed. */
export function inputsFrom(env: NodeJS.ProcessEnv): ReadInput {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * Plan mode on a pull request with no credentials at all: GitHub gives pull requests from forks
 * (and Dependabot's) neither secrets nor variables. Such a plan is skipped, not failed; ensure
 * and verify still fail on empty credentials.
 */
export function isPlanWithoutCredentials(input: ReadInput, env: NodeJS.ProcessEnv): boolean {
  const mode = input('mode').trim() || DEFAULT_MODE
  // Both missing: a fork's pull request gets neither. One missing is a mistake in the workflow.
  const empty = !input('client_id').trim() && !input('client_secret').trim()
  return mode === 'plan' && env.GITHUB_EVENT_NAME === 'pull_request' && empty
}
