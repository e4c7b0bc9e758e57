// `npm run demo` as a newcomer reads it: every diff with the one-line legend of its markers
// (the action's own, said once per diff: the demo adds none), the failing step announced as on
// purpose before it fails, and a clean finish.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { SCRIPTS } from '../../test-support/paths.ts'

const DEMO = resolve(SCRIPTS, 'demo.ts')

it('explains - and + before each diff, and says before verify fails that it fails on purpose', async () => {
  const child = spawn(process.execPath, [DEMO], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise((done) => child.on('close', done))
  expect(stderr).toBe('')
  expect(code).toBe(0)

  // Each diff in the log opens with its legend, naming the markers it uses.
  const lines = stdout.split('\n')
  const firsts = lines.flatMap((line, i) =>
    /^ {4}[-+] \S/.test(line) && !/^ {4}[-+ ] /.test(lines[i - 1] ?? '') ? [i] : [],
  )
  expect(firsts.length).toBeGreaterThanOrEqual(4)
  for (const first of firsts)
    expect(lines[first - 1]).toMatch(/^ {4}\((- in Globus Auth now, )?\+ in the scope file\)$/)
  expect(stdout).toContain('    (- in Globus Auth now, + in the scope file)\n    - description: "edited by hand"')
  // A changed dependent scope as a pair: its flags once as they are, once as they will be.
  expect(stdout).toMatch(
    /\n {4}- {5}optional: false, requires_refresh_token: false\n {4}\+ {3}"urn:globus:auth:scope:transfer/,
  )

  const steps = stdout
    .split('\n=== ')
    .slice(1)
    .filter((step) => /^[^\n]*\(mode: \w+\) ===\n/.test(step))
  expect(steps).toHaveLength(5)
  const failing = steps.filter((step) => /\n {2}exit code [1-9]/.test(step))
  expect(failing).toHaveLength(1)
  const [verify] = failing
  expect(verify).toMatch(/^Someone edits the scope by hand.*\(mode: verify\) ===\n {2}This step fails on purpose: /)
  expect(verify?.indexOf('fails on purpose')).toBeLessThan(verify?.indexOf('::error::') ?? -1)
  for (const step of steps.filter((s) => !failing.includes(s))) expect(step).not.toContain('on purpose')
  expect(stdout.trimEnd()).toMatch(/Demo done: every step did what it should; the one failure above was on purpose\.$/)
})
