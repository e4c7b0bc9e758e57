// The README serves the user first: the Quick start is its first section; every workflow it shows
// holds to what it preaches (read access at the top, a time limit per job, values to scripts through
// env:, only the inputs action.yml declares); it names the runners the end-to-end workflow runs on;
// and its inputs and outputs tables are what `npm run docs` writes from action.yml.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { marked, type Token, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION_FILE, README_FILE, readActionMetadata, renderReadme } from '../../src/tooling/action-docs.ts'
import { ROOT } from '../../test-support/paths.ts'
import { expressionsInScripts, readYaml, type Workflow } from '../../test-support/workflow.ts'

const readme = await readFile(join(ROOT, README_FILE), 'utf8')
const actionYaml = await readFile(join(ROOT, ACTION_FILE), 'utf8')
const tokens = marked.lexer(readme, { gfm: true })

/** Every token, those inside lists and block quotes included. */
function all(list: Token[]): Token[] {
  return list.flatMap((token) => {
    const nested = (token as { tokens?: Token[] }).tokens ?? (token as { items?: Token[] }).items ?? []
    return [token, ...all(nested)]
  })
}
const sections = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2)
const yamlBlocks = all(tokens).filter((t): t is Tokens.Code => t.type === 'code' && t.lang === 'yaml')
const workflows = yamlBlocks
  .map((block) => parse(block.text) as unknown)
  .filter((doc): doc is Workflow => typeof doc === 'object' && doc !== null && 'jobs' in doc)
const quickStart = readme.slice(
  readme.indexOf('## Quick start'),
  readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1),
)
const ourSteps = (workflow: Workflow) =>
  Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((s) => s.uses?.includes('/ensure-globus-scope@')),
  )

describe('README.md', () => {
  it('starts with the Quick start', () => {
    expect(sections[0]?.text).toBe('Quick start')
  })

  it('names the two commands that set everything up on a fresh clone, and package.json has both', async () => {
    const local = readme.slice(
      readme.indexOf('## Try it locally'),
      readme.indexOf('\n## ', readme.indexOf('## Try it locally') + 1),
    )
    const block = marked.lexer(local).find((t): t is Tokens.Code => t.type === 'code')
    const commands = block?.text.split('\n').map((line) => line.replace(/\s*#.*$/, ''))
    expect(commands).toEqual(['npm run demo', 'npm test'])
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    // Each borrows Node.js 24 and runs npm ci itself when it must: the first command on a fresh clone.
    for (const name of ['demo', 'test']) expect(scripts[name]).toMatch(/^bash scripts\/with-node24\.sh /)
  })

  it('has the inputs and outputs tables action.yml makes (run `npm run docs` after changing action.yml)', () => {
    expect(renderReadme(readme, actionYaml)).toBe(readme)
  })

  it('shows workflows that read only at the top, limit each job’s time, and pass values to scripts through env:', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(3)
    for (const workflow of workflows) {
      expect(workflow.permissions).toBeDefined()
      for (const level of Object.values(workflow.permissions ?? {})) expect(level).not.toBe('write')
      for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0)
      expect(expressionsInScripts(workflow)).toEqual([])
    }
  })

  it('passes the action only the inputs action.yml declares, and every required one', () => {
    const { inputs } = readActionMetadata(actionYaml)
    const required = Object.entries(inputs).flatMap(([name, spec]) => (spec.required ? [name] : []))
    const steps = workflows.flatMap(ourSteps)
    expect(steps.length).toBeGreaterThanOrEqual(4)
    for (const step of steps) {
      const given = Object.keys(step.with ?? {})
      for (const name of given) expect(Object.keys(inputs)).toContain(name)
      for (const name of required) expect(given).toContain(name)
    }
  })

  it('shows the Quick start’s workflow reading an output through env:', () => {
    const [first] = workflows
    const steps = Object.values(first?.jobs ?? {}).flatMap((job) => job.steps ?? [])
    const id = steps.find((s) => s.uses?.includes('/ensure-globus-scope@'))?.id
    expect(steps.some((s) => s.run && Object.values(s.env ?? {}).some((v) => v.includes(`steps.${id}.outputs.`)))).toBe(
      true,
    )
  })

  it('runs one job per Globus environment, sandbox and production, with a matrix', () => {
    const matrixed = workflows.flatMap((w) => Object.values(w.jobs)).find((job) => job.strategy?.matrix)
    const [key, values] = Object.entries(matrixed?.strategy?.matrix ?? {})[0] ?? []
    expect(values).toEqual(['sandbox', 'production'])
    const [step] = (matrixed?.steps ?? []).filter((s) => s.uses?.includes('/ensure-globus-scope@'))
    expect(step?.with?.environment).toBe(`\${{ matrix.${key} }}`)
  })

  it('names the runners the end-to-end workflow runs on, and the runner node24 needs', async () => {
    const e2e = await readYaml('.github/workflows/e2e.yml')
    const tested = (e2e.jobs.action?.strategy?.matrix?.os ?? []) as string[]
    const named = [...new Set([...quickStart.matchAll(/`([a-z]+-latest)`/g)].map((m) => m[1]))]
    expect(named.sort()).toEqual([...tested].sort())
    expect(e2e.jobs.action?.['runs-on']).toBe(`\${{ matrix.os }}`)
    // GitHub's changelog: node24 actions need runner 2.327.1, on GitHub Enterprise Server 3.18.
    expect(quickStart).toMatch(
      /`node24` action.*Actions runner\s+2\.327\.1 or newer.*Enterprise Server must be 3\.18 or newer/s,
    )
    expect(quickStart).toContain('https://app.globus.org/settings/developers')
  })
})
