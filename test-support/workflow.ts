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
