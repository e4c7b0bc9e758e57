import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScopeFile, readScopeFile, ScopeFileError } from '../src/scope-file.ts'

const FILE = 'globus-scope.json'

function problems(text: string) {
  try {
    parseScopeFile(text, FILE)
  } catch (error) {
    if (error instanceof ScopeFileError) return error.problems
    throw error
  }
  throw new Error('expected the file to be refused')
}

const minimal = { scope: { name: 'AP', description: 'Runs things', scope_suffix: 'action_all' } }

describe('parseScopeFile', () => {
  it('fills the documented defaults for omitted fields', () => {
    expect(parseScopeFile(JSON.stringify(minimal), FILE).desired).toEqual({
      name: 'AP',
      description: 'Runs things',
      scope_suffix: 'action_all',
      dependent_scopes: [],
      advertised: false,
      allows_refresh_token: true,
      required_domains: [],
    })
  })

  it('reads the guide’s document as written, with allow_refresh_tokens and $schema', () => {
    const guide = {
      $schema: './globus-scope.schema.json',
      scope: {
        ...minimal.scope,
        dependent_scopes: [
          { scope: 'urn:globus:auth:scope:transfer.api.globus.org:all', optional: true, requires_refresh_token: true },
        ],
        advertised: true,
        allow_refresh_tokens: false,
        required_domains: ['example.org'],
      },
    }
    const { desired } = parseScopeFile(`\uFEFF${JSON.stringify(guide, null, 2)}`, FILE)
    expect(desired.allows_refresh_token).toBe(false)
    expect(desired.advertised).toBe(true)
    expect(desired.dependent_scopes).toEqual([guide.scope.dependent_scopes[0]])
  })

  it('accepts both refresh-token spellings when they agree, and names them when they do not', () => {
    const both = (a: boolean, b: boolean) =>
      JSON.stringify({ scope: { ...minimal.scope, allow_refresh_tokens: a, allows_refresh_token: b } })
    expect(parseScopeFile(both(false, false), FILE).desired.allows_refresh_token).toBe(false)
    expect(problems(both(true, false))).toEqual([
      expect.objectContaining({ field: 'scope.allow_refresh_tokens', message: expect.stringContaining('disagree') }),
    ])
  })

  it('names an unknown key with its line and the allowed fields', () => {
    const text =
      '{\n  "scope": {\n    "name": "AP",\n    "descripton": "typo",\n    "description": "x",\n    "scope_suffix": "a"\n  }\n}'
    expect(problems(text)).toEqual([
      {
        field: 'scope.descripton',
        message: expect.stringMatching(
          /is not a known field; fix its spelling or remove it \(allowed here: name, description, scope_suffix/,
        ),
        line: 4,
        column: 5,
      },
    ])
  })

  it('points at the bad value, and at the object when a field is missing', () => {
    const text = '{"scope": {\n"name": "AP",\n"scope_suffix": "Action-All",\n"advertised": "yes"}}'
    expect(problems(text)).toEqual([
      { field: 'scope.description', message: 'is required (string)', line: 1, column: 11 },
      {
        field: 'scope.scope_suffix',
        message: expect.stringContaining('lowercase letters, digits and underscores'),
        line: 3,
        column: 17,
      },
      { field: 'scope.advertised', message: expect.stringContaining('expected boolean'), line: 4, column: 15 },
    ])
  })

  it('refuses a dependent scope listed twice, and one with spaces', () => {
    const dep = { scope: 'urn:a:b', optional: false, requires_refresh_token: false }
    const text = JSON.stringify({ scope: { ...minimal.scope, dependent_scopes: [dep, dep, { scope: 'a b' }] } })
    expect(problems(text).map((p) => p.field)).toEqual(['scope.dependent_scopes[1]', 'scope.dependent_scopes[2].scope'])
  })

  it.each([
    ['trailing comma', '{"scope": {"name": "a",}}', /invalid JSON: (property name expected|value expected)/],
    ['comment', '{"scope": {} // no\n}', /invalid JSON: invalid comment token/],
    ['empty file', '', /invalid JSON|is empty/],
    ['blank name', JSON.stringify({ scope: { ...minimal.scope, name: '   ' } }), /give the scope a name/],
    ['array at the top', '[]', /expected object/],
  ])('refuses a %s with a clear message', (_, text, message) => {
    expect(
      problems(text)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(message)
  })

  it('names the line and column of a syntax error', () => {
    expect(problems('{\n  "scope": {\n    "name": "AP"\n    "description": "x"\n  }\n}')[0]).toMatchObject({
      line: 4,
      column: 5,
    })
  })
})

describe('positionOf', () => {
  it('finds a field of a valid file, for messages after parsing', () => {
    const text =
      '{\n  "scope": {\n    "name": "AP",\n    "description": "x",\n    "scope_suffix": "a",\n    "dependent_scopes": [\n      {"scope": "urn:x"},\n      {"scope": "urn:y"}\n    ]\n  }\n}'
    const file = parseScopeFile(text, FILE)
    expect(file.positionOf(['scope', 'dependent_scopes', 1, 'scope'])).toEqual({ line: 8, column: 17 })
    expect(file.positionOf(['scope', 'nothing'])).toEqual({})
  })
})

describe('readScopeFile', () => {
  it('says how to fix a missing file, naming it', async () => {
    const error = await readScopeFile('/nonexistent/globus-scope.json', 'globus-scope.json').catch((e) => e)
    expect(error).toBeInstanceOf(ScopeFileError)
    expect(error.message).toContain('globus-scope.json: does not exist; create it')
    expect(error.message).toContain('set the scope_file input')
  })

  it('refuses a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scope-file-'))
    await expect(readScopeFile(dir, 'scopes/')).rejects.toThrow(/scopes\/: is not a file/)
  })

  it('reads a file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scope-file-'))
    await writeFile(join(dir, FILE), JSON.stringify(minimal))
    expect((await readScopeFile(join(dir, FILE))).desired.scope_suffix).toBe('action_all')
  })
})
