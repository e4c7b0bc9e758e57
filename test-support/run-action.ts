// Runs the bundled action (dist/index.js) the way the runner does: a child process with
// INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, in a workspace folder.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ACTION_ENTRY } from './paths.ts'

export { ACTION_ENTRY }

export interface ActionRun {
  /** The folder the action ran in (GITHUB_WORKSPACE), to read what it wrote or to run again there. */
  workspace: string
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Wall time of the action's process, from spawn to exit. */
  durationMs: number
  /** Workflow commands the action printed, e.g. `error`, `warning`, `add-mask`. */
  commands: { command: string; properties: string; message: string }[]
  /**
   * Everything the action wrote anywhere, for leak checks, less the `::add-mask::` commands:
   * the runner consumes those and they are how a secret gets masked in the first place.
   */
  everything: string
}

export interface RunOptions {
  inputs: Record<string, string>
  /** Files to write into the workspace before the run, by relative path: text, or bytes as they are. */
  files?: Record<string, string | Uint8Array>
  /** Symbolic links to make in the workspace before the run: relative path -> target (as the link holds it). */
  symlinks?: Record<string, string>
  env?: Record<string, string>
  workspace?: string
  /** The bundle to run: dist/index.js unless given (the bench compares builds). */
  entry?: string
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'ensure-globus-scope-')))
  for (const [name, content] of Object.entries(options.files ?? {})) await writeFile(join(workspace, name), content)
  for (const [name, target] of Object.entries(options.symlinks ?? {})) await symlink(target, join(workspace, name))
  const outputFile = join(workspace, '.github-output')
  const summaryFile = join(workspace, '.github-step-summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: workspace,
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value

  const started = performance.now()
  const child = spawn(process.execPath, [options.entry ?? ACTION_ENTRY], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exitCode = await new Promise<number | null>((done) => child.on('close', done))
  const durationMs = performance.now() - started

  const outputText = await readFile(outputFile, 'utf8')
  const summary = await readFile(summaryFile, 'utf8')
  return {
    workspace,
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(outputText),
    summary,
    durationMs,
    commands: parseCommands(stdout),
    everything: [withoutMasks(stdout), stderr, outputText, summary].join('\n'),
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? ''
  return outputs
}

function parseCommands(stdout: string): ActionRun['commands'] {
  return [...stdout.matchAll(/^::([a-z-]+)( [^:]*)?::(.*)$/gm)].map((m) => ({
    command: m[1] ?? '',
    properties: (m[2] ?? '').trim(),
    message: (m[3] ?? '').replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%25', '%'),
  }))
}

/**
 * stdout less the `::add-mask::` lines, which the runner consumes. Lines as the runner splits
 * them: at \r and \n only (a secret may hold U+2028, which a regular expression's `.` stops at).
 */
export function withoutMasks(stdout: string): string {
  return stdout
    .split(/\r\n|\r|\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}
