// The shape of a GitHub Actions workflow as the repository tests read it, and the one loader.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './paths.ts'

export interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}

export interface Job {
  'runs-on'?: string
  strategy?: { matrix?: Record<string, unknown> }
  needs?: string | string[]
  'timeout-minutes'?: number
  environment?: string
  permissions?: Record<string, string>
  outputs?: Record<string, string>
  steps?: Step[]
}

export interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<string, Job>
}

/** A YAML file of the repository, parsed. */
export async function readYaml<T = Workflow>(path: string): Promise<T> {
  return parse(await readFile(resolve(ROOT, path), 'utf8')) as T
}

/**
 * The steps whose script holds a `${{ }}` expression: a value from outside (an output, an event's
 * text) pasted into a script can run as code there. Scripts read such values from `env:`.
 */
export function expressionsInScripts(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([name, job]) =>
    (job.steps ?? []).flatMap((step, i) =>
      step.run?.includes('${{') ? [`${name}: step ${step.id ?? step.name ?? i + 1}`] : [],
    ),
  )
}
