// run(): the composition root between the runner and execute(). It masks the credentials before
// anything is printed, reads the inputs (or takes what the boot read), wires the collaborators
// (the network, the clock, the transcript), and renders the Outcome. Nothing else prints.
// First: @github/local-action loads this file directly, and a Node.js too old must stop here.
import './node-version.ts'
import * as core from '@actions/core'
import { type Dispatcher, fetch as undiciFetch } from 'undici'
import type { Boot } from '../boot/check-and-send.ts'
import { withFirstLookup } from '../boot/first-lookup.ts'
import { failedOutcome, skippedOutcome } from '../flow/ending.ts'
import { execute } from '../flow/execute.ts'
import type { Outcome } from '../flow/outcome.ts'
import { basicValue } from '../globus/basic.ts'
import { AuthClient, type AuthLog, type Fetch } from '../globus/client.ts'
import { dispatcherFor } from '../globus/dispatcher.ts'
import { DEFAULT_MODE, DEFAULT_SCOPE_FILE } from '../settings/defaults.ts'
import { isPlanWithoutCredentials } from '../settings/input.ts'
import { readSettings } from '../settings/settings.ts'
import { commandMessage, logLines } from '../text/log.ts'
import { addCredentials, addToken, credentialRedactor } from '../text/redact.ts'
import { commentPlan } from './comment.ts'
import { readPush } from './push.ts'
import { render } from './render.ts'
import { transcriptFile } from './transcript-file.ts'

/** undici's own default for opening a connection; less when timeout_seconds leaves less. */
const CONNECT_TIMEOUT_MS = 10_000

/** What run() may be given: msw's global fetch in tests; what the boot did in the bundle. */
export interface RunOptions {
  fetch?: Fetch
  boot?: Boot
}

export async function run(options: RunOptions = {}): Promise<void> {
  // timeout_seconds bounds the whole step, from the moment the process started.
  const started = Math.round(Date.now() - process.uptime() * 1000)
  // Before anything can be printed: the runner masks these in every later line.
  const secret = core.getInput('client_secret')
  const callerSecret = core.getInput('caller_client_secret')
  const token = core.getInput('github_token')
  for (const value of [secret, callerSecret, token]) if (value) core.setSecret(value)
  const redactor = credentialRedactor(core.getInput('client_id'), secret)
  addCredentials(redactor, core.getInput('caller_client_id'), callerSecret)
  if (token) addToken(redactor, token)
  const log: AuthLog = {
    info: (text) => {
      for (const line of logLines(text, redactor)) core.info(line)
    },
    debug: (text) => core.debug(commandMessage(text, redactor)),
    notice: (text) => core.notice(commandMessage(text, redactor)),
  }

  const input = (name: string) => core.getInput(name)
  if (isPlanWithoutCredentials(input, process.env)) {
    return render(skippedOutcome(input('scope_file') || DEFAULT_SCOPE_FILE, redactor), redactor)
  }
  let outcome: Outcome
  const dispatchers: Dispatcher[] = []
  try {
    const settings = options.boot?.settings ?? readSettings(input, process.env)
    for (const { clientId, clientSecret } of [settings, ...(settings.caller ? [settings.caller] : [])]) {
      core.setSecret(basicValue(clientId, clientSecret))
      // The id as it is sent (lower case), which may differ from the input's spelling.
      addCredentials(redactor, clientId, clientSecret)
    }
    // HTTPS through the runner's proxy settings; plain HTTP (loopback only) never through a proxy.
    const deadline = started + settings.timeoutSeconds * 1000
    const network = (url: URL) => {
      if (options.fetch) return options.fetch
      // A connection never takes longer to open than what is left of timeout_seconds.
      const dispatcher = dispatcherFor(url, Math.min(CONNECT_TIMEOUT_MS, deadline - Date.now()))
      dispatchers.push(dispatcher)
      return ((target, init) => undiciFetch(target, { ...init, dispatcher })) as Fetch
    }
    const auth = new AuthClient({
      baseUrl: settings.authUrl,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      fetch: withFirstLookup(network(new URL(settings.authUrl)), options.boot?.firstLookup),
      startedAt: started,
      totalTimeoutMs: settings.timeoutSeconds * 1000,
      redactor,
      authMethod: settings.authMethod,
      // A token granted on the way is masked before anything can print it.
      onToken: (granted) => core.setSecret(granted),
      log,
      record: transcriptFile(process.env, (message) => core.warning(commandMessage(message, redactor))),
    })
    const scopeFile = options.boot?.scopeFile
    outcome = await execute(settings, {
      auth,
      redactor,
      log,
      ...(scopeFile ? { readScopeFile: async () => scopeFile } : {}),
      // The deployed provider, read with no credentials, within the same time limit.
      ...(settings.providerUrl ? { provider: { fetch: network(settings.providerUrl), deadline } } : {}),
      ...(settings.mode === 'plan' ? { push: readPush(process.env) } : {}),
    })
    if (outcome.comment) await commentPlan(outcome, outcome.comment, settings, redactor, deadline)
  } catch (error) {
    // Inputs that cannot be read (or anything else execute() did not turn into an Outcome).
    outcome = failedOutcome(
      error,
      {
        mode: input('mode') || DEFAULT_MODE,
        scopeFile: input('scope_file') || DEFAULT_SCOPE_FILE,
        authUrl: undefined,
        requests: 0,
      },
      redactor,
    )
  } finally {
    // A first lookup nothing took (a run that failed before it) must not hold the process open.
    options.boot?.firstLookup?.discard()
    // Nothing is under way any more but what was given up on (a connection still handshaking):
    // end it now rather than wait for its own connect timeout past timeout_seconds.
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.destroy()))
  }
  await render(outcome, redactor)
}
