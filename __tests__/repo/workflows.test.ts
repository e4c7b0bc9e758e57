// The workflows in .github/workflows and the examples users copy: what they promise in their
// comments holds in their YAML. Every job has a time limit, write access is granted per job,
// the scope is changed and gated on one ordered path, and each example does what the README says.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT } from '../../test-support/paths.ts'
import { expressionsInScripts, type Job, type Step, type Workflow } from '../../test-support/workflow.ts'

const root = ROOT

async function workflowsIn(folder: string): Promise<Map<string, Workflow>> {
  const names = (await readdir(join(root, folder))).filter((f) => /\.ya?ml$/.test(f)).sort()
  const entries = await Promise.all(
    names.map(async (name) => [join(folder, name), parse(await readFile(join(root, folder, name), 'utf8'))] as const),
  )
  return new Map(entries as [string, Workflow][])
}
const ours = await workflowsIn('.github/workflows')
const examples = await workflowsIn('examples')
const all = new Map([...ours, ...examples])

const usesAction = (step: Step) => step.uses === './' || Boolean(step.uses?.includes('/ensure-globus-scope@'))
const modeOf = (step: Step) => String(step.with?.mode ?? 'ensure')
const needsOf = (job: Job) => (job.needs === undefined ? [] : [job.needs].flat())
const actionSteps = (workflow: Workflow) =>
  Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? []).filter(usesAction).map((step) => ({ job, step })),
  )
const example = (name: string) => {
  const workflow = examples.get(join('examples', name))
  if (!workflow) throw new Error(`examples/${name} is missing`)
  return workflow
}

describe('every workflow and example', () => {
  it('is found', () => {
    expect(ours.size).toBeGreaterThanOrEqual(4)
    expect(examples.size).toBeGreaterThanOrEqual(4)
  })

  it('gives every job a time limit of at most an hour', () => {
    for (const [file, workflow] of all) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const limit = job['timeout-minutes']
        expect(typeof limit === 'number' && limit > 0 && limit <= 60, `${file}: job ${name}`).toBe(true)
      }
    }
  })

  it('passes values to scripts through env:, never as an expression inside run:', () => {
    for (const [file, workflow] of all) expect(expressionsInScripts(workflow), file).toEqual([])
  })

  it('reads only at the top and grants write access on the job that needs it', () => {
    for (const [file, workflow] of all) {
      expect(workflow.permissions, file).toBeDefined()
      for (const [scope, level] of Object.entries(workflow.permissions ?? {})) {
        expect(level, `${file}: permissions.${scope}`).not.toBe('write')
      }
    }
  })
})

describe('every remote action', () => {
  // The YAML parser drops comments, where the version stands: the lines are read as text.
  const USES = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/
  // This action as the examples name it: each team pins its own copy (README, "Users pin by full
  // commit SHA"), so there is no commit to name here.
  const local = (ref: string) => ref.startsWith('./') || ref.startsWith('your-org/ensure-globus-scope@')

  it('is pinned by a full commit SHA with its version in a comment, one pin per action, README included', async () => {
    const pins = new Map<string, Set<string>>()
    const seen = new Map<string, number>()
    for (const file of [...all.keys(), 'README.md']) {
      const lines = (await readFile(join(root, file), 'utf8')).split('\n')
      for (const [index, line] of lines.entries()) {
        const [, ref = '', comment = ''] = USES.exec(line) ?? []
        if (!ref || local(ref)) continue
        seen.set(file, (seen.get(file) ?? 0) + 1)
        expect(`${ref}${comment}`, `${file}:${index + 1}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
        const action = ref.split('@')[0] ?? ''
        pins.set(action, (pins.get(action) ?? new Set()).add(`${ref}${comment}`))
      }
    }
    // Every step that uses a remote action was read as a line above.
    for (const [file, workflow] of all) {
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
      expect(seen.get(file) ?? 0, file).toBe(steps.filter((s) => s.uses && !local(s.uses)).length)
    }
    expect([...pins.keys()].sort()).toEqual(['actions/checkout', 'actions/setup-node', 'actions/upload-artifact'])
    for (const [action, refs] of pins) expect([...refs], action).toHaveLength(1)
  })
})

describe('examples', () => {
  it('change or gate the scope on pushes in one workflow only, so no two race on a push', () => {
    const onPush = [...examples].filter(([, workflow]) => 'push' in workflow.on && actionSteps(workflow).length > 0)
    expect(onPush.map(([file]) => file)).toEqual(['examples/ensure-verify-deploy.yml'])
  })

  it('deploy: ensure, then the deploy with its scope string, then verify with the provider, one run at a time', () => {
    const workflow = example('ensure-verify-deploy.yml')
    const steps = actionSteps(workflow)
    const ensure = steps.find(({ step }) => modeOf(step) === 'ensure')
    const verify = steps.find(({ step }) => modeOf(step) === 'verify')
    const deploy = Object.entries(workflow.jobs).find(([, job]) => job.steps?.some((s) => s.run?.includes('deploy')))
    expect(ensure && verify && deploy && new Set([ensure.job, verify.job, deploy[0]]).size).toBe(3)
    expect(needsOf(deploy?.[1] ?? {})).toContain(ensure?.job)
    expect(needsOf(workflow.jobs[verify?.job ?? ''] ?? {})).toContain(deploy?.[0])
    expect(workflow.concurrency).toMatchObject({ 'cancel-in-progress': false })
    expect(workflow.concurrency?.group).not.toContain('${{')
    // The scope string reaches the deploy through ensure's job outputs; verify then checks the
    // deployed provider advertises it.
    expect(
      deploy?.[1].steps?.some((s) => JSON.stringify(s).includes(`needs.${ensure?.job}.outputs.scope_string`)),
    ).toBe(true)
    expect(verify?.step.with?.provider_url).toBeTruthy()
  })

  it('plan: one run per pull request, the older cancelled, and fork pull requests skipped visibly', () => {
    const workflow = example('plan-on-pull-request.yml')
    expect(Object.keys(workflow.on)).toEqual(['pull_request'])
    expect(workflow.concurrency).toEqual({
      group: `globus-scope-plan-\${{ github.event.pull_request.number }}`,
      'cancel-in-progress': true,
    })
    const [plan] = actionSteps(workflow)
    expect(plan && modeOf(plan.step)).toBe('plan')
    expect(plan?.step.if).toBe('github.event.pull_request.head.repo.full_name == github.repository')
    expect(workflow.jobs[plan?.job ?? '']?.permissions).toMatchObject({ 'pull-requests': 'write' })
  })

  it('drift check: verify only, daily and by hand', () => {
    const workflow = example('drift-check.yml')
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    const [cron] = workflow.on.schedule as { cron: string }[]
    expect(cron?.cron).toMatch(/^\d+ \d+ \* \* \*$/)
    expect(actionSteps(workflow).map(({ step }) => modeOf(step))).toEqual(['verify'])
  })

  it('adopt: export by hand only, with nothing checked out, and the file uploaded', () => {
    const workflow = example('adopt-existing-scope.yml')
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch'])
    const [exported] = actionSteps(workflow)
    expect(exported && modeOf(exported.step)).toBe('export')
    const steps = workflow.jobs[exported?.job ?? '']?.steps ?? []
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false)
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with?.path).toBe(exported?.step.with?.scope_file ?? 'globus-scope.json')
    expect(steps.indexOf(upload as Step)).toBeGreaterThan(steps.indexOf(exported?.step as Step))
    // Only a file this run wrote: never a stale or planted one.
    expect(upload?.if).toBe(`steps.${exported?.step.id}.outputs.scope_file_written == 'true'`)
  })
})

describe('.github/workflows/e2e.yml', () => {
  it('gives its plan steps no github_token: the job’s read-only token would only warn on every pull request', () => {
    const e2e = ours.get(join('.github/workflows', 'e2e.yml'))
    const plans = e2e ? actionSteps(e2e).filter(({ step }) => modeOf(step) === 'plan') : []
    expect(plans.length).toBeGreaterThan(0)
    for (const { step } of plans) expect(step.with?.github_token).toBe('')
  })
})
