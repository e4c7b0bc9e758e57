// action.yml is the interface users and workflows depend on: it must match what the code
// reads and sets, and every `uses: ./` in this repository must pass only declared inputs.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { OUTPUT_NAMES } from '../../src/flow/outcome.ts'
import { NODE_MAJOR } from '../../src/github/node-version.ts'
import { REQUEST_TIMEOUT_SECONDS } from '../../src/globus/request.ts'
import * as defaults from '../../src/settings/defaults.ts'
import { readSettings } from '../../src/settings/settings.ts'
import { ROOT } from '../../test-support/paths.ts'

const root = ROOT
const read = (path: string) => readFile(join(root, path), 'utf8')

interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: string; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const action = parse(await read('action.yml')) as ActionMetadata
const source = (
  await Promise.all(
    (
      await readdir(join(root, 'src'), { recursive: true })
    )
      .filter((f) => f.endsWith('.ts'))
      .map((f) => read(join('src', f))),
  )
).join('\n')

describe('action.yml', () => {
  it('runs the committed bundle on node24, the version the bundle checks for first', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.runs.using).toBe(`node${NODE_MAJOR}`)
  })

  it('declares exactly the inputs the code reads, each described', () => {
    const read = new Set([...source.matchAll(/(?:input|getInput)\('([a-z_]+)'\)/g)].map((m) => m[1]))
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort())
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20)
  })

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
  })

  it('states the defaults the code defines once', () => {
    expect(action.inputs.scope_file?.default).toBe(defaults.DEFAULT_SCOPE_FILE)
    expect(action.inputs.mode?.default).toBe(defaults.DEFAULT_MODE)
    expect(action.inputs.auth_method?.default).toBe(defaults.DEFAULT_AUTH_METHOD)
    expect(action.inputs.timeout_seconds?.default).toBe(String(defaults.DEFAULT_TIMEOUT_SECONDS))
    expect(action.inputs.timeout_seconds?.description).toContain(`${REQUEST_TIMEOUT_SECONDS} seconds`)
  })

  it('has defaults that mean what the code does with an empty input', () => {
    const env = { GITHUB_WORKSPACE: '/w' }
    // github_token's default is an expression the runner evaluates, so both sides get a token.
    const given = {
      client_id: '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f',
      client_secret: 'a-secret-of-the-right-length',
      github_token: 'ghs_token',
    } as Record<string, string>
    const withDefaults = readSettings((name) => given[name] ?? action.inputs[name]?.default ?? '', env)
    const empty = readSettings((name) => given[name] ?? '', env)
    expect(withDefaults).toEqual(empty)
  })
})

describe('workflows that use this action', () => {
  it('pass only declared inputs, and every required one', async () => {
    const folders = ['.github/workflows', 'examples']
    let uses = 0
    for (const folder of folders) {
      for (const file of (await readdir(join(root, folder))).filter((f) => /\.ya?ml$/.test(f))) {
        const workflow = parse(await read(join(folder, file))) as {
          jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>
        }
        for (const job of Object.values(workflow.jobs)) {
          for (const step of job.steps ?? []) {
            if (step.uses !== './' && !step.uses?.includes('/ensure-globus-scope@')) continue
            uses++
            const inputs = Object.keys(step.with ?? {})
            for (const input of inputs) expect(Object.keys(action.inputs), `${folder}/${file}`).toContain(input)
            for (const [name, spec] of Object.entries(action.inputs))
              if (spec.required) expect(inputs, `${folder}/${file}`).toContain(name)
          }
        }
      }
    }
    expect(uses).toBeGreaterThan(0)
  })
})
