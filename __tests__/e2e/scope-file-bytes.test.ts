// The bundled action on hostile scope files: each is refused with an annotation naming the
// file, before a single request reaches (the fake) Globus Auth.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunningFake } from '../../test-support/fake-globus-auth/server.ts'
import type { FakeClient } from '../../test-support/fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE, useLoopbackGlobus } from '../../test-support/loopback-globus.ts'
import { type ActionRun, type RunOptions, runAction } from '../../test-support/run-action.ts'

const FILE = 'globus-scope.json'
const example = EXAMPLE_SCOPE_FILE
const exampleScope = JSON.parse(example).scope

let server: RunningFake
let client: FakeClient
useLoopbackGlobus((fake, own) => {
  server = fake
  client = own
})

function run(options: Pick<RunOptions, 'files' | 'symlinks'>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { client_id: client.id, client_secret: client.secret, auth_url: server.url, ...inputs },
    ...options,
  })
}

const errors = (r: ActionRun) => r.commands.filter((c) => c.command === 'error')

/** Failed, on the scope file's account, having sent Globus Auth nothing. */
function expectRefused(r: ActionRun, file = FILE) {
  expect(r.exitCode).toBe(1)
  // The failure line names the cause itself (report/file-problems.ts proves its words).
  expect(errors(r).at(-1)?.message.startsWith(`The scope file ${file} `)).toBe(true)
  expect(server.fake.requests).toEqual([])
  expect(r.stderr).toBe('')
}

/** Line and column (from 1) of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, from = 0) {
  const offset = text.indexOf(needle, from)
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

describe('the bundled action on hostile scope-file bytes', () => {
  it('refuses a byte that is not UTF-8 at its place, instead of sending U+FFFD to Globus', async () => {
    const text = example.replace('"Example Action Provider"', '"Example Action Provider caf\u00e9"')
    const r = await run({ files: { [FILE]: Buffer.from(text, 'latin1') } })
    expectRefused(r)
    const { line, column } = positionOf(text, '\u00e9')
    expect(errors(r)[0]).toEqual({
      command: 'error',
      properties: `title=Invalid scope file,file=${FILE},line=${line},col=${column}`,
      message: `is not valid UTF-8 (byte 0xe9 at line ${line}, column ${column}); save the file as UTF-8`,
    })
    expect(errors(r)).toHaveLength(2)
  })

  it('refuses two "scope" objects at the second, instead of keeping the last', async () => {
    const second = { ...exampleScope, name: 'The second one' }
    const text = `{\n  "scope": ${JSON.stringify(exampleScope)},\n  "scope": ${JSON.stringify(second)}\n}\n`
    const r = await run({ files: { [FILE]: text } })
    expectRefused(r)
    expect(errors(r)[0]).toEqual({
      command: 'error',
      properties: `title=Invalid scope file,file=${FILE},line=3,col=3`,
      message: 'scope: is given twice (first at line 2); keep one',
    })
  })

  it('refuses arrays nested 5,000 deep with a place, not a stack overflow', async () => {
    const text = `{\n  "scope": {\n    "name": ${'['.repeat(5000)}${']'.repeat(5000)}\n  }\n}\n`
    const r = await run({ files: { [FILE]: text } })
    expectRefused(r)
    expect(errors(r)[0]).toEqual({
      command: 'error',
      // The two objects around it are levels 1 and 2, so the 31st bracket passes 32.
      properties: `title=Invalid scope file,file=${FILE},line=3,col=${'    "name": '.length + 31}`,
      message: 'nests arrays and objects more than 32 deep here (a scope file needs 4); remove the extra nesting',
    })
    expect(r.everything).not.toContain('Maximum call stack')
  })

  it('annotates at most 9 syntax errors of 256 KiB of junk, the failure line counting them last', async () => {
    const junk = `{"scope": ${'@,'.repeat(128 * 1024)}`.slice(0, 256 * 1024)
    expect(Buffer.byteLength(junk)).toBe(256 * 1024)
    const r = await run({ files: { [FILE]: junk } })
    expectRefused(r)
    // 9 annotations and the failure line: the 10 error annotations GitHub shows of a step.
    expect(r.stdout.match(/^::error/gm)).toHaveLength(10)
    expect(errors(r)[0]?.message).toBe('invalid JSON: invalid symbol')
    expect(errors(r).at(-1)?.message).toMatch(
      /^The scope file globus-scope\.json is not valid \(\d+ problems: the first 9 annotated at their lines, the first 20 listed in the job summary\)\.$/,
    )
  })

  it('refuses a file that would make hundreds of lookups, before any request', async () => {
    const ids = Array.from({ length: 4000 }, (_, i) => ({
      scope: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }))
    const r = await run(
      { files: { [FILE]: JSON.stringify({ scope: { ...exampleScope, dependent_scopes: ids } }) } },
      { mode: 'plan' },
    )
    expectRefused(r)
    expect(errors(r)[0]?.message).toMatch(/^scope\.dependent_scopes: must be at most 100 entries/)
  })

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

  it('refuses an absolute scope_file outside the workspace', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-the-workspace-'))
    await writeFile(join(outside, FILE), example)
    const path = join(outside, FILE)
    const r = await run({}, { scope_file: path })
    expectRefused(r, path)
    expect(errors(r).map((e) => e.message)).toEqual([
      `The scope file ${path} is outside the repository checkout; scope_file must name a file inside the repository checkout.`,
    ])
  })
})
