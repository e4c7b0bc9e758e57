// A team's way in, through the bundle as the runner runs it: export of a hand-made scope into the
// workspace, which verify then accepts, and a pull request from a fork. Export's cases are proved
// in unit/modes/export/, unit/report/export.test.ts and unit/flow/execute.test.ts; the fork's rule
// in unit/settings/settings.test.ts.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GROUPS_SCOPE_STRING, TRANSFER_SCOPE_STRING } from '../../test-support/fake-globus-auth/store.ts'
import { EXAMPLE_SCOPE_FILE, useBundledAction } from '../../test-support/loopback-globus.ts'
import type { RunOptions } from '../../test-support/run-action.ts'

const example = EXAMPLE_SCOPE_FILE

const bundle = useBundledAction()
/** A run with no scope file unless `files` gives one: export writes it. */
const run = (inputs: Record<string, string>, options: Omit<RunOptions, 'inputs'> = {}) =>
  bundle.run(inputs, { files: {}, ...options })

/** A scope made by hand, with curl and jq, the way the guide does it. */
function handMade(suffix = 'action_all') {
  const groups = [...bundle.server.fake.scopes.values()].find((s) => s.scope_string === GROUPS_SCOPE_STRING)!
  const transfer = [...bundle.server.fake.scopes.values()].find((s) => s.scope_string === TRANSFER_SCOPE_STRING)!
  return bundle.server.fake.addScope(bundle.client.id, {
    scope_suffix: suffix,
    name: 'Hand-made AP',
    description: 'Made with curl, long ago.',
    advertised: true,
    dependent_scopes: [
      { scope: groups.id, optional: false, requires_refresh_token: false },
      { scope: transfer.id, optional: true, requires_refresh_token: true },
    ],
  })
}

// Writes to the scopes API (a token request changes nothing).
const writes = () => bundle.server.fake.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/v2/api/'))

describe('mode: export', () => {
  it('writes the missing scope file, which verify then accepts in one request', async () => {
    const scope = handMade()
    const exported = await run({ mode: 'export' })
    expect(exported.exitCode).toBe(0)
    expect(exported.outputs).toEqual({
      status: 'exported',
      scope_id: scope.id,
      scope_string: scope.scope_string,
      scope_file_written: 'true',
    })
    expect(bundle.server.fake.requests).toHaveLength(3)
    expect(writes()).toEqual([])
    const workspace = exported.workspace
    const file = JSON.parse(await readFile(join(workspace, 'globus-scope.json'), 'utf8'))
    expect(file.scope).toEqual({
      name: 'Hand-made AP',
      description: 'Made with curl, long ago.',
      scope_suffix: 'action_all',
      dependent_scopes: [
        { scope: GROUPS_SCOPE_STRING, optional: false, requires_refresh_token: false },
        { scope: TRANSFER_SCOPE_STRING, optional: true, requires_refresh_token: true },
      ],
      advertised: true,
      allows_refresh_token: true,
      required_domains: [],
    })
    expect(exported.stdout).toContain('Wrote globus-scope.json into the workspace on the runner (')
    expect(exported.summary).toContain('```json\n{\n  "scope": {')

    const before = bundle.server.fake.requests.length
    const verified = await run({ mode: 'verify' }, { workspace })
    expect([verified.exitCode, verified.outputs.status, bundle.server.fake.requests.length - before]).toEqual([
      0,
      'unchanged',
      1,
    ])
  })
})

describe('a pull request from a fork (no secrets, no variables)', () => {
  const fork = { GITHUB_EVENT_NAME: 'pull_request' }
  const empty = { client_id: '', client_secret: '' }

  it('passes plan with status skipped and a notice, sending nothing', async () => {
    const r = await run({ ...empty, mode: 'plan' }, { files: { 'globus-scope.json': example }, env: fork })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toEqual({ status: 'skipped', scope_id: '', scope_string: '' })
    const notice = r.commands.find((c) => c.command === 'notice')
    expect(notice?.message).toMatch(
      /^Skipped: this pull request gets no secrets or variables \(a pull request from a fork/,
    )
    expect(r.summary).toContain('Globus Auth scope: skipped')
    expect(bundle.server.fake.requests).toEqual([])
  })
})
