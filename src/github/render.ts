// The Outcome on the runner: log lines, debug lines, annotations, outputs, the failure and the job
// summary, each through its escape (src/text/), every one redacted.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import type { Outcome } from '../flow/outcome.ts'
import { commandMessage, logLines } from '../text/log.ts'
import { outputValue } from '../text/output.ts'
import type { Redactor } from '../text/redact.ts'

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice }

export async function render(outcome: Outcome, redactor: Redactor): Promise<void> {
  for (const line of outcome.log) for (const safe of logLines(line, redactor)) core.info(safe)
  for (const text of outcome.debug) core.debug(commandMessage(text, redactor))
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  for (const { level, message, ...where } of outcome.annotations) {
    const file = where.file ? annotationFile(where.file, workspace) : undefined
    const properties: core.AnnotationProperties = {
      ...(where.title ? { title: where.title } : {}),
      ...(file ? { file, ...(where.line ? { startLine: where.line, startColumn: where.column } : {}) } : {}),
    }
    ANNOTATE[level](commandMessage(message, redactor), properties)
  }
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, outputValue(value, redactor))
  if (outcome.failure) core.setFailed(commandMessage(outcome.failure, redactor))
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    // Untrusted text in it was redacted and escaped value by value (text/markdown.ts); a pass over
    // the finished Markdown could cut a code fence in two.
    await core.summary.addRaw(outcome.summary).write()
  } catch (error) {
    // The scope work is done; a summary that cannot be written must not fail the step.
    core.warning(commandMessage(`Could not write the job summary: ${String(error)}`, redactor))
  }
}

/**
 * A file as GitHub places an annotation on it: its path from the repository's root, with `/`
 * (`./globus-scope.json` and `cfg/../globus-scope.json` are `globus-scope.json`); none for a file
 * outside the checkout, which no annotation can point at.
 */
export function annotationFile(file: string, workspace: string): string | undefined {
  const path = relative(workspace, resolve(workspace, file))
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined
  return path.split(sep).join('/')
}
