// The bundled action on hostile scope files: refused before a single request reaches (the fake)
// Globus Auth, with no more error annotations than GitHub shows, and no file read through a link.
// Each way a file is refused is proved in unit/scope-file/ (read, properties) and
// unit/report/file-problems.test.ts.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLE_SCOPE_FILE, useBundledAction } from '../../test-support/loopback-globus.ts'
import type { ActionRun, RunOptions } from '../../test-support/run-action.ts'

const FILE = 'globus-scope.json'
const example = EXAMPLE_SCOPE_FILE
const exampleScope = JSON.parse(example).scope

const bundle = useBundledAction()
const run = (options: Pick<RunOptions, 'files' | 'symlinks'>, inputs: Record<string, string> = {}) =>
  bundle.run(inputs, { files: {}, ...options })

const errors = (r: ActionRun) => r.commands.filter((c) => c.command === 'error')

/** Failed, on the scope file's account, having sent Globus Auth nothing. */
function expectRefused(r: ActionRun, file = FILE) {
  expect(r.exitCode).toBe(1)
  // The failure line names the cause itself (report/file-problems.ts proves its words).
  expect(errors(r).at(-1)?.message.startsWith(`The scope file ${file} `)).toBe(true)
  expect(bundle.server.fake.requests).toEqual([])
  expect(r.stderr).toBe('')
}

describe('the bundled action on hostile scope-file bytes', () => {
  it('annotates at most 9 schema problems of a file that has hundreds, and lists 20 in the summary', async () => {
    // As many as the file may hold: 100 blank domains and 100 dependent scopes with a space each.
    const domains = Array.from({ length: 100 }, (_, i) => ' '.repeat(i + 1))
    const dependents = Array.from({ length: 100 }, (_, i) => ({ scope: `no such scope ${i}` }))
    const text = JSON.stringify(
      { scope: { ...exampleScope, dependent_scopes: dependents, required_domains: domains } },
      null,
      2,
    )
    const r = await run({ files: { [FILE]: text } })
    expectRefused(r)
    expect(r.stdout.match(/^::error/gm)).toHaveLength(10)
    expect(errors(r)[0]?.message).toMatch(/^scope\.dependent_scopes\[0\]\.scope: give the dependent scope’s id/)
    expect(errors(r)[9]?.message).toBe(
      'The scope file globus-scope.json is not valid (200 problems: the first 9 annotated at their lines, the first 20 listed in the job summary).',
    )
    expect(r.summary).toContain('200 problems (the first 20 here; fix them and run again for the rest)')
  })

  it('does not follow a symbolic link to a file outside the workspace, nor show it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-the-workspace-'))
    const elsewhere = { scope: { ...exampleScope, name: 'read from outside the checkout' } }
    await writeFile(join(outside, FILE), JSON.stringify(elsewhere))
    const r = await run({ symlinks: { [FILE]: join(outside, FILE) } })
    expectRefused(r)
    // Said once, in the failure line: no annotation on a file the action did not read.
    expect(errors(r)).toEqual([
      {
        command: 'error',
        properties: '',
        message: `The scope file ${FILE} leads outside the repository checkout through a symbolic link; scope_file must name a file inside the repository checkout.`,
      },
    ])
    expect(r.everything).not.toContain(outside)
    expect(r.everything).not.toContain('read from outside the checkout')
  })
})
