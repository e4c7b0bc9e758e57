// execute(): settings and collaborators in, an Outcome out, for each mode and each way a run ends.
// The fake Globus Auth in process; the scope file in a scratch workspace.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { execute } from '../../../src/flow/execute.ts'
import type { Mode } from '../../../src/settings/modes.ts'
import { AUTH_URL, useFakeGlobusAuth } from '../../../test-support/fake-globus-auth/in-process.ts'
import { desiredScope } from '../../../test-support/fixtures.ts'
import { flowCollaborators, flowSettings, infoLines, scratchWorkspace } from '../../../test-support/flow-run.ts'

const t = useFakeGlobusAuth()
let workspace: string
beforeEach(async () => {
  workspace = await scratchWorkspace()
})

const settings = (mode: Mode) => flowSettings(t, workspace, mode)
const collaborators = () => flowCollaborators(t)

const writeScopeFile = (text = `${JSON.stringify({ scope: desiredScope() }, null, 2)}\n`) =>
  writeFile(join(workspace, 'globus-scope.json'), text)

describe('execute', () => {
  it('ensures the scope: outputs, the result in the log and the summary, no failure, no comment', async () => {
    await writeScopeFile()
    const io = collaborators()
    const outcome = await execute(settings('ensure'), io)
    const scope = t.fake.scopesOf(t.client.id)[0]
    expect(outcome.failure).toBeUndefined()
    expect(outcome.outputs).toEqual({ status: 'created', scope_string: scope?.scope_string, scope_id: scope?.id })
    expect(outcome.comment).toBeUndefined()
    // Said as it happens: the provider check, when there is one, waits after it in the log.
    expect(infoLines(io.lines).slice(0, 2)).toEqual([
      `Globus Auth at ${AUTH_URL} (from the production environment); mode ensure`,
      `Scope ${scope?.scope_string} (id ${scope?.id}) created (new scope: 5 fields, 1 dependent scope).`,
    ])
    expect(outcome.summary).toContain('Globus Auth scope: created')
  })

  it('asks for a plan comment in plan mode, with changes or without', async () => {
    await writeScopeFile()
    const planned = await execute(settings('plan'), collaborators())
    expect(planned.comment).toMatchObject({ hasChanges: true, scope: { scopeSuffix: 'action_all', authUrl: AUTH_URL } })
    await execute(settings('ensure'), collaborators())
    const steady = await execute(settings('plan'), collaborators())
    expect(steady.comment?.hasChanges).toBe(false)
  })

  it('fails verify on drift with the fields and the way out, keeping the outputs', async () => {
    await writeScopeFile()
    await execute(settings('ensure'), collaborators())
    await writeScopeFile(`${JSON.stringify({ scope: desiredScope({ name: 'Renamed' }) })}\n`)
    const outcome = await execute(settings('verify'), collaborators())
    expect(outcome.outputs.status).toBe('would-update')
    // The way out first; the values are in the summary's diff.
    expect(outcome.failure).toBe(
      `Run this action with mode: ensure to update the scope ${outcome.outputs.scope_string}: it differs from ` +
        'globus-scope.json in name; the log above and the job summary show each change.',
    )
    expect(outcome.summary).toContain('- name: "My Action Provider"\n+ name: "Renamed"')
  })

  it('ends a broken scope file as annotations at their lines, sending nothing', async () => {
    await writeScopeFile('{\n  "scope": {\n    "name": 1\n  }\n}\n')
    const io = collaborators()
    const outcome = await execute(settings('ensure'), io)
    expect(io.auth.requestCount).toBe(0)
    expect(outcome.outputs).toEqual({ status: 'failed', scope_string: '', scope_id: '' })
    // Each problem said once, at its line; the failure counts them and says where.
    expect(outcome.failure).toBe(
      'The scope file globus-scope.json is not valid (3 problems, annotated at lines 2 and 3).',
    )
    expect(outcome.annotations).toHaveLength(3)
    expect(outcome.summary).toContain('The scope file `globus-scope.json` is not valid: 3 problems')
    expect(outcome.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'globus-scope.json',
        line: 3,
        message: expect.stringMatching(/^scope\.name: /),
      }),
    )
  })

  it('annotates a dependent scope Globus does not know at its line, keeping the scope string it would have', async () => {
    const file = {
      scope: desiredScope({
        dependent_scopes: [{ scope: 'urn:x:nope', optional: false, requires_refresh_token: false }],
      }),
    }
    await writeScopeFile(`${JSON.stringify(file, null, 2)}\n`)
    const outcome = await execute(settings('ensure'), collaborators())
    expect(outcome.outputs.status).toBe('failed')
    expect(outcome.outputs.scope_string).toBe(`https://auth.globus.org/scopes/${t.client.id}/action_all`)
    expect(outcome.annotations[0]).toMatchObject({ file: 'globus-scope.json', line: 8, level: 'error' })
    expect(outcome.failure).toBe(
      'The scope file globus-scope.json names a dependent scope Globus Auth did not find; nothing was changed (1 problem, annotated at line 8).',
    )
    expect(outcome.annotations[0]?.message).toMatch(/^scope\.dependent_scopes\[0\]\.scope: no Globus Auth scope/)
    expect(t.fake.scopesOf(t.client.id)).toEqual([])
  })

  it('annotates a new scope’s suffix today’s rule refuses at its line in the file, before any write', async () => {
    const text = `${JSON.stringify({ scope: desiredScope({ scope_suffix: 'send-email' }) }, null, 2)}\n`
    await writeScopeFile(text)
    const line = text.split('\n').findIndex((l) => l.includes('"send-email"')) + 1
    const outcome = await execute(settings('ensure'), collaborators())
    expect(outcome.outputs).toEqual({
      status: 'failed',
      scope_string: `https://auth.globus.org/scopes/${t.client.id}/send-email`,
      scope_id: '',
    })
    expect(outcome.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        title: 'Invalid scope file',
        file: 'globus-scope.json',
        line,
        column: 21,
        message: expect.stringMatching(/^scope\.scope_suffix: "send-email" is not the suffix of a scope of client /),
      }),
    ])
    expect(outcome.failure).toBe(
      `The scope file globus-scope.json names a scope_suffix a new scope cannot have; nothing was changed (1 problem, annotated at line ${line}).`,
    )
    expect(t.fake.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('reads the scope file through the collaborator when the boot already read it', async () => {
    let asked = 0
    const io = collaborators()
    const { parseScopeFile } = await import('../../../src/scope-file/read.ts')
    const outcome = await execute(settings('plan'), {
      ...io,
      readScopeFile: async () => {
        asked++
        return parseScopeFile(JSON.stringify({ scope: desiredScope() }), 'globus-scope.json')
      },
    })
    expect(asked).toBe(1)
    expect(outcome.outputs.status).toBe('would-create')
  })

  it('exports the client’s scopes, writing the file when there is exactly one', async () => {
    t.fake.addScope(t.client.id, { scope_suffix: 'action_all', name: 'AP', description: 'Runs' })
    const outcome = await execute(settings('export'), collaborators())
    expect(outcome.failure).toBeUndefined()
    expect(outcome.outputs.status).toBe('exported')
    // Where the file is: on the runner, not in the repository.
    expect(outcome.log.at(-1)).toContain(
      `Wrote globus-scope.json into the workspace on the runner (${join(workspace, 'globus-scope.json')}); it is not committed.`,
    )
    expect(outcome.summary).toContain('## 📤 Globus Auth scope: exported')
    // Made by hand without Globus Groups: the README's first failure, warned already here.
    expect(outcome.annotations).toEqual([
      expect.objectContaining({ level: 'warning', title: 'No Globus Groups dependent scope' }),
    ])
    expect(outcome.summary).toContain('> [!WARNING]\n> The scope does not depend on Globus Groups')
  })

  it('ends a refusal from Globus Auth as a failed Outcome with the request count', async () => {
    await writeScopeFile()
    t.fake.inject({ kind: 'status', status: 401 })
    const outcome = await execute(settings('ensure'), collaborators())
    expect(outcome.outputs.status).toBe('failed')
    // The way out is the failure; what Globus answered to which request goes to the log before it
    // and into the summary, folded away.
    expect(outcome.failure).toMatch(/^Globus Auth refused the client id and secret \(401\): create a new secret/)
    expect(outcome.failure).not.toContain('/v2/api')
    expect(outcome.log).toEqual([expect.stringMatching(/^Globus Auth answered 401 .* to GET \/v2\/api\/scopes\?/)])
    expect(outcome.summary).toContain(`${outcome.failure}\n\n<details><summary>What Globus Auth answered</summary>`)
    expect(outcome.summary).toContain('- Globus Auth `https://auth.globus.org`: 1 request')
    // What a failed step leaves for `if: always()`: the status, the scope string, the mode.
    const scopeString = `https://auth.globus.org/scopes/${t.client.id}/action_all`
    expect(outcome.outputs).toEqual({ status: 'failed', scope_id: '', scope_string: scopeString })
    expect(outcome.summary).toMatch(
      /^## ❌ Globus Auth scope: the client id and secret were refused\n\nGlobus Auth refused the client id and secret \(401\): /,
    )
    expect(outcome.summary).toContain(`- Scope \`${scopeString}\`\n- Mode \`ensure\`, scope file \`globus-scope.json\``)
  })

  it('ends a scope file that does not exist with one error, and no annotation on a file that is not there', async () => {
    const outcome = await execute(settings('ensure'), collaborators())
    expect(outcome.failure).toMatch(/^The scope file globus-scope\.json does not exist; /)
    expect(outcome.annotations).toEqual([])
  })

  it('warns of a new scope_suffix as a second scope in plan and in ensure, which still creates it', async () => {
    await writeScopeFile()
    await execute(settings('ensure'), collaborators())
    const old = t.fake.scopesOf(t.client.id)[0]?.scope_string
    await writeScopeFile(`${JSON.stringify({ scope: desiredScope({ scope_suffix: 'action_all_v2' }) })}\n`)
    const paths = () => t.fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

    t.fake.requests.length = 0
    const io = collaborators()
    const plan = await execute(settings('plan'), io)
    expect(plan.outputs.status).toBe('would-create')
    // The lookup by scope string, the client, its scopes by id.
    expect(paths()).toEqual(['GET /v2/api/scopes', `GET /v2/api/clients/${t.client.id}`, 'GET /v2/api/scopes'])
    expect(plan.annotations).toEqual([
      {
        level: 'warning',
        title: 'A second scope for this client',
        file: 'globus-scope.json',
        message: expect.stringMatching(
          new RegExp(
            `^mode: ensure will create a second scope for the client, .*/action_all_v2, beside the scope ${old}\\. `,
          ),
        ),
      },
    ])
    expect(plan.annotations[0]?.message).toContain('the old scope stays until it is deleted by hand')
    // Said once: the headline names it, the annotation says what it means.
    expect(infoLines(io.lines)).toContainEqual(
      expect.stringContaining('/action_all_v2 does not exist yet and would be a second scope for this client'),
    )
    expect([...io.lines, ...plan.log].join('\n')).not.toContain('the old scope stays')
    expect(plan.summary).toMatch(
      /^## 📝 Globus Auth scope: a second scope will be created\n\n`mode: ensure` will create a second scope/,
    )

    t.fake.requests.length = 0
    const ensure = await execute(settings('ensure'), collaborators())
    expect(ensure.outputs.status).toBe('created')
    expect(paths()).toEqual([
      'GET /v2/api/scopes',
      `GET /v2/api/clients/${t.client.id}`,
      'GET /v2/api/scopes',
      `POST /v2/api/clients/${t.client.id}/scopes`,
      `GET /v2/api/scopes/${ensure.outputs.scope_id}`,
    ])
    expect(ensure.annotations.map((a) => [a.level, a.message.split(':')[0]])).toEqual([
      ['warning', expect.stringMatching(/^This run created a second scope/)],
    ])
    expect(t.fake.scopesOf(t.client.id)).toHaveLength(2)

    t.fake.requests.length = 0
    const steady = await execute(settings('ensure'), collaborators())
    expect([steady.outputs.status, paths(), steady.annotations]).toEqual(['unchanged', ['GET /v2/api/scopes'], []])
  })

  it('warns in ensure when the file leaves the Groups dependent scope out, saying what breaks, at the file', async () => {
    await writeScopeFile(`${JSON.stringify({ scope: desiredScope({ dependent_scopes: [] }) })}\n`)
    const outcome = await execute(settings('ensure'), collaborators())
    expect(outcome.failure).toBeUndefined()
    expect(outcome.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        title: 'No Globus Groups dependent scope',
        file: 'globus-scope.json',
        message: expect.stringContaining('group-based runnable_by and monitor_by policies never match'),
      }),
    ])
  })

  it('exports several scopes without writing a file, and never writes over one that exists', async () => {
    t.fake.addScope(t.client.id, { scope_suffix: 'action_all', name: 'AP', description: 'Runs' })
    await writeScopeFile('{"planted": true}\n')
    const one = await execute(settings('export'), collaborators())
    expect(one.outputs).toMatchObject({ status: 'exported', scope_file_written: 'false' })
    expect(one.log).toContain(
      'Did not write globus-scope.json: it exists, and export never overwrites a file. Compare it with the scope file below.',
    )
    expect(await readFile(join(workspace, 'globus-scope.json'), 'utf8')).toBe('{"planted": true}\n')

    const other = t.fake.addScope(t.client.id, { scope_suffix: 'other_thing', name: 'B', description: 'Runs' })
    const several = await execute(settings('export'), { ...collaborators() })
    expect(several.outputs).toEqual({ status: 'exported', scope_id: '', scope_string: '', scope_file_written: 'false' })
    expect(several.log.join('\n')).toContain('the client has 2 scopes')
    expect(several.summary).toContain(`### \`${other.scope_string}\``)
  })
})
