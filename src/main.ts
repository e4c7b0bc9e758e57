// run(): the only place that talks to the GitHub toolkit. Reads inputs, wires the steps,
// sets outputs, writes the job summary and fails the step with a message that says what to do.
import * as core from '@actions/core'
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici'
import { UnknownDependentScopeError } from './dependent-scopes.ts'
import { type EnsureResult, ensureScope } from './ensure.ts'
import { pullRequestComments } from './github-comments.ts'
import { AuthClient, type Fetch } from './globus/client.ts'
import { readSettings, type Settings } from './inputs.ts'
import { driftedFields } from './plan.ts'
import { commentFailureAdvice, upsertPlanComment } from './plan-comment.ts'
import { GROUPS_WARNING, logLines, renderPlanComment, renderSummary } from './report.ts'
import { type FileProblem, fieldName, readScopeFile, type ScopeFile, ScopeFileError } from './scope-file.ts'

export async function run(): Promise<void> {
  // Before anything can be printed: the runner masks these in every later line.
  for (const name of ['client_secret', 'github_token']) {
    const value = core.getInput(name)
    if (value) core.setSecret(value)
  }

  let settings: Settings | undefined
  let scopeFile: ScopeFile | undefined
  let auth: AuthClient | undefined
  let result: EnsureResult | undefined
  let failure: string | undefined
  const dispatcher = new EnvHttpProxyAgent()
  const log = { debug: core.debug, info: core.info }
  try {
    settings = readSettings((name) => core.getInput(name), process.env)
    core.setSecret(Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64'))
    scopeFile = await readScopeFile(settings.scopeFile)
    core.info(`Globus Auth at ${settings.authUrl} (from ${settings.authUrlSource}); mode ${settings.mode}`)

    auth = new AuthClient({
      baseUrl: settings.authUrl,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      // Proxy-aware (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), as self-hosted runners set them.
      fetch: ((url, init) => undiciFetch(url, { ...init, dispatcher })) as Fetch,
      totalTimeoutMs: settings.timeoutSeconds * 1000,
      userAgent: 'ensure-globus-scope (GitHub Action)',
      log,
    })
    result = await ensureScope(auth, scopeFile.desired, settings.mode, log)

    for (const line of logLines(result)) core.info(line)
    if (result.missingGroups) {
      core.warning(GROUPS_WARNING, { title: 'No Globus Groups dependent scope', file: settings.scopeFile.display })
    }
    core.setOutput('status', result.status)
    core.setOutput('scope_string', result.scopeString)
    core.setOutput('scope_id', result.scope?.id ?? '')
    if (settings.mode === 'plan') await commentPlan(result, settings)
    if (settings.mode === 'verify' && result.status !== 'unchanged') {
      failure =
        result.status === 'would-create'
          ? `The scope ${result.scopeString} does not exist. Run this action with mode: ensure to create it.`
          : `The scope ${result.scopeString} differs from ${settings.scopeFile.display} in: ` +
            `${driftedFields(result.plan.drift)}. Run this action with mode: ensure to update it.`
      core.setFailed(failure)
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
    // Problems with a place in the scope file are annotated there, so they show in the diff.
    const problems = fileProblems(error, scopeFile)
    for (const problem of problems?.problems ?? []) {
      core.error(`${problem.field ? `${problem.field}: ` : ''}${problem.message}`, {
        title: 'Invalid scope file',
        file: problems?.file,
        ...(problem.line ? { startLine: problem.line, startColumn: problem.column } : {}),
      })
    }
    if (error instanceof Error && error.stack) core.debug(error.stack)
    // Annotated problems are not repeated in the failure line, only summed up.
    const headline = failure.split('\n')[0]?.replace(/:$/, '')
    core.setFailed(problems ? `${headline}; see the annotations on ${problems.file}.` : failure)
  } finally {
    await dispatcher.close()
    await writeSummary(settings, result, failure, auth?.requestCount ?? 0)
  }
}

function fileProblems(
  error: unknown,
  scopeFile: ScopeFile | undefined,
): { file: string; problems: FileProblem[] } | undefined {
  if (error instanceof ScopeFileError) return { file: error.file, problems: error.problems }
  if (error instanceof UnknownDependentScopeError && scopeFile) {
    const problems = error.problems.map((p) => ({
      field: fieldName(p.path),
      message: p.message,
      ...scopeFile.positionOf(p.path),
    }))
    return { file: scopeFile.file, problems }
  }
  return undefined
}

/** In plan mode on a pull request: one comment with the plan, kept up to date. Never fails the step. */
async function commentPlan(result: EnsureResult, settings: Settings): Promise<void> {
  if (!settings.githubToken) return
  const comments = pullRequestComments(settings.githubToken, Math.min(30, settings.timeoutSeconds) * 1000)
  if (!comments) return
  try {
    const outcome = await upsertPlanComment(
      comments,
      result.scopeString,
      renderPlanComment(result, settings.scopeFile.display),
      result.plan.action !== 'none',
    )
    core.info(`Pull-request plan comment: ${outcome}`)
  } catch (error) {
    const status = (error as { status?: unknown }).status
    core.warning(
      commentFailureAdvice(
        typeof status === 'number' ? status : undefined,
        error instanceof Error ? error.message : String(error),
      ),
    )
  }
}

async function writeSummary(
  settings: Settings | undefined,
  result: EnsureResult | undefined,
  failure: string | undefined,
  requests: number,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    const text = renderSummary({
      result,
      error: failure,
      scopeFile: settings?.scopeFile.display || core.getInput('scope_file') || 'globus-scope.json',
      authUrl: settings?.authUrl ?? '(not reached)',
      requests,
    })
    await core.summary.addRaw(text).write()
  } catch (error) {
    // The scope work is done; a summary that cannot be written must not fail the step.
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}
