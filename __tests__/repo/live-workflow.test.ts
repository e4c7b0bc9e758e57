// live.yml, the opt-in contract run against the real Globus Auth: it skips with a notice without
// the test client's secrets, gives each action step its own transcript, and never races itself.
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScopeFile } from '../../src/scope-file/read.ts'
import { ROOT } from '../../test-support/paths.ts'
import { readYaml, type Step } from '../../test-support/workflow.ts'

const root = ROOT
/** `${{ inner }}`, a workflow expression as the YAML holds it. */
const expression = (inner: string) => `$\{{ ${inner} }}`

const workflow = await readYaml('.github/workflows/live.yml')
const jobs = Object.values(workflow.jobs)
const steps = jobs[0]?.steps ?? []
const actionSteps = steps.filter((s) => s.uses === './')

describe('live.yml', () => {
  it('runs by hand and weekly, reads only, one run at a time, with a time limit', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.concurrency).toEqual({ group: expect.any(String), 'cancel-in-progress': false })
    expect(jobs).toHaveLength(1)
    expect(jobs[0]?.['timeout-minutes']).toBeGreaterThan(0)
  })

  it('tells every later step whether the secrets are set, and passes with a notice when they are not', async () => {
    const [first, ...later] = steps
    expect(first?.id).toBe('enabled')
    for (const step of later)
      expect(step.if, step.name ?? step.uses).toContain("steps.enabled.outputs.enabled == 'true'")
    let runs = 0
    const gate = (env: Record<string, string>) => {
      const output = join(folder, `output-${runs++}`)
      const run = spawnSync('bash', ['-e', '-c', first?.run ?? 'false'], {
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
        encoding: 'utf8',
      })
      return { status: run.status, stdout: run.stdout, output: spawnSync('cat', [output], { encoding: 'utf8' }).stdout }
    }
    const folder = await mkdtemp(join(tmpdir(), 'live-'))
    const skipped = gate({ CLIENT_ID: 'a', CLIENT_SECRET: '' })
    expect(skipped.status).toBe(0)
    expect(skipped.stdout).toMatch(/^::notice title=Live contract run skipped::/)
    expect(skipped.output).toBe('enabled=false\ncaller=false\n')
    const enabled = gate({ CLIENT_ID: 'a', CLIENT_SECRET: 'b' })
    expect([enabled.status, enabled.stdout, enabled.output]).toEqual([0, '', 'enabled=true\ncaller=false\n'])
    // The caller check runs only when both of the stand-in caller's secrets are set too.
    expect(gate({ CLIENT_ID: 'a', CLIENT_SECRET: 'b', CALLER_ID: 'c' }).output).toBe('enabled=true\ncaller=false\n')
    const caller = gate({ CLIENT_ID: 'a', CLIENT_SECRET: 'b', CALLER_ID: 'c', CALLER_SECRET: 'd' })
    expect(caller.output).toBe('enabled=true\ncaller=true\n')
    expect(first?.env).toEqual({
      CLIENT_ID: expression('secrets.GLOBUS_TEST_CLIENT_ID'),
      CLIENT_SECRET: expression('secrets.GLOBUS_TEST_CLIENT_SECRET'),
      CALLER_ID: expression('secrets.GLOBUS_TEST_CALLER_CLIENT_ID'),
      CALLER_SECRET: expression('secrets.GLOBUS_TEST_CALLER_CLIENT_SECRET'),
    })
  })

  it('plans, ensures, verifies and ensures again, each step with its own transcript', () => {
    expect(actionSteps.map((s) => s.with?.mode ?? 'ensure')).toEqual(['plan', 'ensure', 'verify', 'ensure', 'verify'])
    const transcripts = actionSteps.map((s) => s.env?.ENSURE_GLOBUS_SCOPE_TRANSCRIPT)
    expect(new Set(transcripts).size).toBe(5)
    for (const step of actionSteps) {
      expect(step.with).toMatchObject({
        client_id: expression('secrets.GLOBUS_TEST_CLIENT_ID'),
        client_secret: expression('secrets.GLOBUS_TEST_CLIENT_SECRET'),
        environment: expression('vars.GLOBUS_TEST_ENVIRONMENT'),
        scope_file: 'contract-run/globus-scope.json',
      })
    }
    const check = steps.find((s) => s.run?.includes('again.jsonl'))
    expect(check?.run).toMatch(/wc -l < "\$RUN_DIR\/again\.jsonl"/)
    expect(check?.run).toContain('[ "$requests" -eq 1 ]')
  })

  it('runs the caller check last, only with the stand-in caller’s secrets, after every other check', () => {
    const caller = actionSteps.at(-1)
    expect(caller?.if).toBe("steps.enabled.outputs.enabled == 'true' && steps.enabled.outputs.caller == 'true'")
    expect(caller?.with).toMatchObject({
      mode: 'verify',
      caller_client_id: expression('secrets.GLOBUS_TEST_CALLER_CLIENT_ID'),
      caller_client_secret: expression('secrets.GLOBUS_TEST_CALLER_CLIENT_SECRET'),
    })
    const checks = steps.findIndex((s) => s.run?.includes('again.jsonl'))
    expect(steps.indexOf(caller as Step)).toBeGreaterThan(checks)
    const cases = steps.find((s) => s.run?.includes('write_case caller'))
    expect(cases?.run).toContain('write_case caller verify "$CALLER" "$CALLER_ID"')
  })

  it('checks the contract and keeps the transcripts whatever happened', () => {
    const contract = steps.find((s) => s.run?.includes('npm run contract'))
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    for (const step of [contract, upload]) expect(step?.if).toMatch(/^always\(\) && /)
    expect(upload?.with?.path).toBe('contract-run/')
  })

  it('reaches the live secrets only through an environment (required reviewers gate it)', () => {
    expect(jobs[0]?.environment).toBe('live-globus-auth')
  })

  it('keeps the client id, a secret here, out of the artifact: one placeholder in its place', async () => {
    const clean = steps.find((s) => s.run?.includes('placeholder='))
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(steps.indexOf(clean as Step)).toBe(upload - 1)
    expect(clean?.if).toMatch(/^always\(\) && /)
    const dir = await mkdtemp(join(tmpdir(), 'live-run-'))
    const id = '5F1E7A8C-3b2d-4c6e-9a0f-1d2c3b4a5e6f'
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(dir, 'ensure.jsonl'), `{"path":"/v2/api/clients/${id.toLowerCase()}/scopes"}\n`)
    await writeFile(join(dir, 'ensure.case.json'), `{"inputs":{"client_id":"${id}"}}\n`)
    const callerId = '0C8F8A72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'
    await writeFile(join(dir, 'caller.jsonl'), `{"answer":{"client_id":"${callerId.toLowerCase()}"}}\n`)
    const run = spawnSync('bash', ['-e', '-c', clean?.run ?? 'false'], {
      env: { PATH: process.env.PATH, RUN_DIR: dir, CLIENT_ID: id, CALLER_ID: callerId },
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const files = ['ensure.jsonl', 'ensure.case.json', 'caller.jsonl']
    const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))
    expect(texts.join('').toLowerCase()).not.toContain(id.toLowerCase())
    expect(texts.join('').toLowerCase()).not.toContain(callerId.toLowerCase())
    expect(texts[0]).toContain('/v2/api/clients/00000000-0000-4000-8000-00000000c1d0/scopes')
    expect(texts[2]).toContain('"client_id":"00000000-0000-4000-8000-0000000ca11e"')
    // Without the stand-in caller's secret, the step still cleans the provider's id.
    const without = spawnSync('bash', ['-e', '-c', clean?.run ?? 'false'], {
      env: { PATH: process.env.PATH, RUN_DIR: dir, CLIENT_ID: id, CALLER_ID: '' },
      encoding: 'utf8',
    })
    expect(without.status).toBe(0)
  })

  it('works on a test scope of its own', async () => {
    const text = await readFile(join(root, '.github/live/globus-scope.json'), 'utf8')
    expect(parseScopeFile(text, 'globus-scope.json').desired.scope_suffix).toBe('ensure_globus_scope_contract')
  })
})
