// run(): the adapter between the runner and execute(). It masks the credentials before anything
// is printed, reads the inputs, and renders the Outcome through the sinks: log lines, annotations,
// outputs, the job summary and the pull-request comment. Nothing else prints.
import * as core from '@actions/core'
import { type Dispatcher, fetch as undiciFetch } from 'undici'
import { COMMENT_TIMEOUT_SECONDS, DEFAULT_MODE, DEFAULT_SCOPE_FILE, USER_AGENT } from './defaults.ts'
import { execute, skippedOutcome } from './execute.ts'
import { failureOf } from './failure.ts'
import { excerpt } from './globus/answer-text.ts'
import { basicValue } from './globus/basic.ts'
import { AuthClient, type AuthLog, type Fetch } from './globus/client.ts'
import { dispatcherFor } from './globus/dispatcher.ts'
import { isPlanWithoutCredentials, readSettings, type Settings } from './inputs.ts'
import { type CommentRequest, emptyOutcome, type Outcome } from './outcome.ts'
import { addCredentials, credentialRedactor, type Redactor } from './redact.ts'
import { commandMessage, logLines } from './sinks/log.ts'
import { outputValue } from './sinks/output.ts'
import type { EarlyStart } from './start.ts'
import { renderSummary } from './summary.ts'
import { TRANSCRIPT_VARIABLE, transcriptWriter } from './transcript.ts'

/** What run() may be given instead of the real network (tests pass msw's global fetch). */
export interface RunOptions {
  fetch?: Fetch
  /** What index.ts already did: the inputs read, the scope file read, the first lookup sent. */
  early?: EarlyStart
}

export async function run(options: RunOptions = {}): Promise<void> {
  // timeout_seconds bounds the whole step, the early start (index.ts) included.
  const started = Math.round(Date.now() - process.uptime() * 1000)
  // Before anything can be printed: the runner masks these in every later line.
  const secret = core.getInput('client_secret')
  const token = core.getInput('github_token')
  for (const value of [secret, token]) if (value) core.setSecret(value)
  const redactor = credentialRedactor(core.getInput('client_id'), secret)
  if (token) redactor.add(token)
  const print = (text: string) => {
    for (const line of logLines(text, redactor)) core.info(line)
  }
  const log: AuthLog = {
    info: print,
    debug: (text) => core.debug(commandMessage(text, redactor)),
    notice: (text) => core.notice(commandMessage(text, redactor)),
  }

  const input = (name: string) => core.getInput(name)
  if (isPlanWithoutCredentials(input, process.env)) {
    return render(skippedOutcome(input('scope_file') || DEFAULT_SCOPE_FILE, redactor), redactor)
  }
  let outcome: Outcome
  let dispatcher: Dispatcher | undefined
  try {
    const settings = options.early?.settings ?? readSettings(input, process.env)
    core.setSecret(basicValue(settings.clientId, settings.clientSecret))
    // The id as it is sent (lower case), which may differ from the input's spelling.
    addCredentials(redactor, settings.clientId, settings.clientSecret)
    // HTTPS through the runner's proxy settings; plain HTTP (loopback only) never through a proxy.
    dispatcher = options.fetch ? undefined : dispatcherFor(settings.authUrl)
    const auth = new AuthClient({
      baseUrl: settings.authUrl,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      fetch: options.fetch ?? (((url, init) => undiciFetch(url, { ...init, dispatcher })) as Fetch),
      totalTimeoutMs: settings.timeoutSeconds * 1000 - (Date.now() - started),
      userAgent: USER_AGENT,
      redactor,
      authMethod: settings.authMethod,
      early: options.early?.lookup,
      // A token granted on the way is masked before anything can print it.
      onToken: (token) => core.setSecret(token),
      log,
      record: transcriptOf(process.env[TRANSCRIPT_VARIABLE], redactor),
    })
    outcome = await execute(settings, { auth, redactor, log }, options.early?.scopeFile)
    if (outcome.comment) await comment(outcome, outcome.comment, settings, redactor, started)
  } catch (error) {
    outcome = inputFailure(error, redactor)
  } finally {
    // An early request nothing took (a run that failed before its first lookup) must not hold
    // the process open; one that was taken is done, and dropping it changes nothing.
    options.early?.lookup?.discard()
    await dispatcher?.close()
  }
  await render(outcome, redactor)
}

/** The transcript's record hook when the variable names a file; its failure is a warning, never the step's. */
function transcriptOf(path: string | undefined, redactor: Redactor) {
  if (!path) return undefined
  return transcriptWriter(path, (message) => core.warning(commandMessage(message, redactor)))
}

/** Inputs that cannot be read (or anything else execute() did not turn into an Outcome). */
function inputFailure(error: unknown, redactor: Redactor): Outcome {
  const outcome = emptyOutcome()
  outcome.failure = failureOf(error, undefined, outcome)
  outcome.outputs = { status: 'failed', scope_string: '', scope_id: '' }
  const scopeFile = core.getInput('scope_file') || DEFAULT_SCOPE_FILE
  const mode = core.getInput('mode') || DEFAULT_MODE
  outcome.summary = renderSummary(
    { result: undefined, error: outcome.failure, mode, scopeFile, authUrl: undefined, requests: 0 },
    redactor,
  )
  return outcome
}

/** In plan mode on a pull request: one comment with the plan, kept up to date. Never fails the step. */
async function comment(
  outcome: Outcome,
  request: CommentRequest,
  settings: Settings,
  redactor: Redactor,
  started: number,
) {
  if (!settings.githubToken) return
  // octokit loads only here, where a comment is wanted: a chunk of its own (dist/).
  const { commentFailureAdvice, commentMarker, pullRequestComments, upsertPlanComment } = await import(
    './plan-comment.ts'
  )
  // The comment shares the run's time limit, so the whole step ends within timeout_seconds.
  const left = settings.timeoutSeconds * 1000 - (Date.now() - started)
  const timeoutMs = Math.min(COMMENT_TIMEOUT_SECONDS * 1000, left)
  const warn = (message: string) => outcome.annotations.push({ level: 'warning', message })
  if (timeoutMs < 1000) return warn(commentFailureAdvice(undefined, 'the time limit (timeout_seconds) ran out'))
  const comments = pullRequestComments(settings.githubToken, timeoutMs)
  if (!comments) return
  try {
    const result = await upsertPlanComment(comments, commentMarker(request.scope), request.body, request.hasChanges)
    if (result === 'identity-unknown') {
      return warn(
        'Did not comment the plan: GitHub would not say which identity the github_token is, so no earlier ' +
          'plan comment can be known to be this action’s. The plan is in the job summary.',
      )
    }
    outcome.log.push(`Pull-request plan comment: ${result}`)
  } catch (error) {
    const status = (error as { status?: unknown }).status
    // GitHub's words are outside text: redacted, one line, cut.
    const detail = excerpt(error instanceof Error ? error.message : String(error), redactor)
    warn(commentFailureAdvice(typeof status === 'number' ? status : undefined, detail))
  }
}

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice }

async function render(outcome: Outcome, redactor: Redactor): Promise<void> {
  for (const line of outcome.log) for (const safe of logLines(line, redactor)) core.info(safe)
  for (const text of outcome.debug) core.debug(commandMessage(text, redactor))
  for (const { level, message, ...where } of outcome.annotations) {
    const properties: core.AnnotationProperties = {
      ...(where.title ? { title: where.title } : {}),
      ...(where.file ? { file: where.file } : {}),
      ...(where.line ? { startLine: where.line, startColumn: where.column } : {}),
    }
    ANNOTATE[level](commandMessage(message, redactor), properties)
  }
  if (outcome.outputs) {
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, outputValue(value, redactor))
  }
  if (outcome.failure) core.setFailed(commandMessage(outcome.failure, redactor))
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    // Outside text in it was redacted and escaped value by value (sinks/markdown.ts); a pass over
    // the finished Markdown could cut a code fence in two.
    await core.summary.addRaw(outcome.summary).write()
  } catch (error) {
    // The scope work is done; a summary that cannot be written must not fail the step.
    core.warning(commandMessage(`Could not write the job summary: ${String(error)}`, redactor))
  }
}
