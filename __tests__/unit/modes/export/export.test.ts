// mode: export below the GitHub side: the client's scopes as scope files, and whether one becomes the
// file in the workspace.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureScope } from '../../../../src/modes/ensure/ensure.ts'
import { type ExportedScope, exportScopes } from '../../../../src/modes/export/export.ts'
import { writeExport } from '../../../../src/modes/export/write.ts'
import { parseScopeFile } from '../../../../src/scope-file/read.ts'
import { credentialRedactor, Redactor } from '../../../../src/text/redact.ts'
import { useFakeGlobusAuth } from '../../../../test-support/fake-globus-auth/in-process.ts'
import { GROUPS_SCOPE_STRING } from '../../../../test-support/fake-globus-auth/store.ts'

const t = useFakeGlobusAuth()
const log = { debug() {}, info() {} }

describe('exportScopes', () => {
  it('writes each of the client’s scopes as a scope file that reads back, dependents by scope string', async () => {
    t.fake.addScope(t.client.id, {
      scope_suffix: 'action_all',
      name: 'AP',
      description: 'Runs',
      dependent_scopes: [{ scope: t.fake.groupsScopeId, optional: false, requires_refresh_token: false }],
    })
    const auth = t.auth()
    const [exported] = await exportScopes(auth)
    expect(auth.requestCount).toBe(3)
    const file = parseScopeFile(exported?.text ?? '', 'globus-scope.json')
    expect(file.desired).toMatchObject({ name: 'AP', scope_suffix: 'action_all' })
    expect(file.desired.dependent_scopes).toEqual([
      { scope: GROUPS_SCOPE_STRING, optional: false, requires_refresh_token: false },
    ])
  })

  it('names dependent scopes of other services whatever their text, in the same three requests', async () => {
    t.fake.othersWithNullFields = true
    t.fake.addScope(t.client.id, {
      scope_suffix: 'action_all',
      dependent_scopes: [{ scope: t.fake.groupsScopeId, optional: false, requires_refresh_token: false }],
    })
    const auth = t.auth()
    const [exported] = await exportScopes(auth)
    expect(auth.requestCount).toBe(3)
    expect(exported?.text).toContain(`"scope": "${GROUPS_SCOPE_STRING}"`)
  })

  it('says which exported scope leaves out Globus Groups, the README’s first failure', async () => {
    t.fake.addScope(t.client.id, {
      scope_suffix: 'with_groups',
      dependent_scopes: [{ scope: t.fake.groupsScopeId, optional: false, requires_refresh_token: false }],
    })
    t.fake.addScope(t.client.id, {
      scope_suffix: 'without_groups',
      dependent_scopes: [{ scope: t.fake.transferScopeId, optional: false, requires_refresh_token: false }],
    })
    const exported = await exportScopes(t.auth())
    expect(exported.map((e) => [e.scope.scope_string.split('/').at(-1), e.missingGroups])).toEqual([
      ['with_groups', false],
      ['without_groups', true],
    ])
  })

  it('writes each scope once, and none it did not ask for, whatever the lookup answer repeats or slips in', async () => {
    const mine = t.fake.addScope(t.client.id, { scope_suffix: 'action_all' })
    // Of this client, but not in its list: never asked for, so never exported.
    const slipped = t.fake.addScope(t.client.id, { scope_suffix: 'slipped' })
    t.fake.clients.get(t.client.id)!.scopes = [mine.id]
    const scopes = [mine, slipped, mine].map((s) => t.fake.answerFor(s, t.client.id))
    t.fake.inject({ kind: 'raw', body: JSON.stringify({ scopes }) }, { path: /ids=/ })
    const exported = await exportScopes(t.auth())
    expect(exported.map((e) => e.scope.id)).toEqual([mine.id])
  })

  it('exports no scope that Globus says is another client’s, even one in this client’s list', async () => {
    const mine = t.fake.addScope(t.client.id, { scope_suffix: 'action_all' })
    const theirs = t.fake.addScope(t.fake.addClient({}).id, { scope_suffix: 'theirs', advertised: true })
    t.fake.clients.get(t.client.id)!.scopes.push(theirs.id)
    const exported = await exportScopes(t.auth())
    expect(exported.map((e) => e.scope.id)).toEqual([mine.id])
  })

  it('keeps the id of a dependent scope whose scope string holds a comma, so that verify finds it again', async () => {
    // An older suffix may hold a comma; a lookup by scope string reads it as two strings.
    const legacy = t.fake.addScope(t.fake.addClient({}).id, { scope_suffix: 'send,email', advertised: true })
    t.fake.addScope(t.client.id, {
      scope_suffix: 'action_all',
      dependent_scopes: [t.fake.groupsScopeId, legacy.id].map((scope) => ({
        scope,
        optional: false,
        requires_refresh_token: false,
      })),
    })
    const [exported] = await exportScopes(t.auth())
    const file = parseScopeFile(exported?.text ?? '', 'globus-scope.json')
    expect(file.desired.dependent_scopes.map((d) => d.scope)).toEqual([GROUPS_SCOPE_STRING, legacy.id])
    const auth = t.auth()
    expect((await ensureScope(auth, file.desired, 'verify', log)).status).toBe('unchanged')
    expect(auth.requestCount).toBe(1)
  })

  it('names a scope it cannot export instead of guessing its suffix', async () => {
    t.fake.addScope(t.client.id, { scope_suffix: 'action_all', name: 'AP', description: 'Runs' })
    const scope = t.fake.scopesOf(t.client.id)[0]
    // Nothing after the last slash: no suffix to write.
    if (scope) scope.scope_string = 'https://auth.globus.org/scopes/x/'
    const [exported] = await exportScopes(t.auth())
    expect(exported).toMatchObject({ text: undefined, problem: 'its scope string does not end in a scope suffix' })
  })
})

describe('writeExport', () => {
  const scope = { id: 'x' } as ExportedScope['scope']
  const one = (text: string | undefined): ExportedScope => ({
    scope,
    text,
    problem: text ? undefined : 'no',
    missingGroups: false,
  })
  const place = async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'export-'))
    return { path: join(workspace, 'globus-scope.json'), display: 'globus-scope.json', workspace }
  }

  it('writes the one scope file, and never over a file that exists', async () => {
    const location = await place()
    expect(await writeExport([one('{"scope":{}}\n')], location, new Redactor())).toEqual({ kind: 'written' })
    expect(await readFile(location.path, 'utf8')).toBe('{"scope":{}}\n')
    expect(await writeExport([one('other\n')], location, new Redactor())).toEqual({ kind: 'exists' })
    expect(await readFile(location.path, 'utf8')).toBe('{"scope":{}}\n')
  })

  it('writes nothing for no scope, several scopes, or text that holds a credential', async () => {
    const location = await place()
    const secret = 'pQ7vT2xL9mK4nR8sW3yZ6bC1dF5gH0jA'
    const redactor = credentialRedactor('0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f', secret)
    expect(await writeExport([one(undefined)], location, redactor)).toEqual({ kind: 'none' })
    expect(await writeExport([one('a'), one('b')], location, redactor)).toEqual({ kind: 'several', count: 2 })
    expect((await writeExport([one(`{"name":"${secret}"}`)], location, redactor)).kind).toBe('refused')
    await expect(readFile(location.path)).rejects.toThrow(/ENOENT/)
  })

  it('refuses a folder that does not exist, saying how to fix it', async () => {
    const location = await place()
    const missing = { ...location, path: join(location.workspace, 'no/such/globus-scope.json') }
    const verdict = await writeExport([one('x')], missing, new Redactor())
    expect(verdict).toEqual({
      kind: 'refused',
      why: 'its folder does not exist; create it, or set scope_file to a path in an existing folder',
    })
  })
})

describe('writeExport into .git', () => {
  it('refuses, whatever the folder', async () => {
    const { mkdir, mkdtemp } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const workspace = await mkdtemp(join(tmpdir(), 'export-git-'))
    await mkdir(join(workspace, '.git/hooks'), { recursive: true })
    const scope = { id: 'x' } as ExportedScope['scope']
    const one: ExportedScope = { scope, text: '{}\n', problem: undefined, missingGroups: false }
    const verdict = await writeExport(
      [one],
      { path: join(workspace, '.git/hooks/pre-commit'), display: 'x', workspace },
      new Redactor(),
    )
    expect(verdict).toEqual({
      kind: 'refused',
      why: 'it would be inside Git’s own folder (.git, or the one a .git file names); set scope_file to a path in the repository',
    })
  })
})
