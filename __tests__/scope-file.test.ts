import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScopeBytes, parseScopeFile, readScopeFile, ScopeFileError } from '../src/scope-file.ts'

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

describe('parseScopeBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)
  const withByte = (before: string, byte: number[], after: string) =>
    Uint8Array.from([...utf8(before), ...byte, ...utf8(after)])
  const byteProblems = (bytes: Uint8Array) => {
    try {
      parseScopeBytes(bytes, FILE)
    } catch (error) {
      if (error instanceof ScopeFileError) return error.problems
      throw error
    }
    throw new Error('expected the bytes to be refused')
  }
  const head = '{\n  "scope": {\n    "name": "caf'

  it('refuses a byte that is not UTF-8 at its line and column, instead of replacing it', () => {
    const bytes = withByte(head, [0xe9], '",\n    "description": "x", "scope_suffix": "a"\n  }\n}')
    expect(byteProblems(bytes)).toEqual([
      {
        field: '',
        message: 'is not valid UTF-8 (byte 0xe9 at line 3, column 17); save the file as UTF-8',
        line: 3,
        column: 17,
      },
    ])
  })

  it('counts the characters before the bad byte as columns, not bytes', () => {
    expect(byteProblems(withByte('{"scope": "überall ', [0xff], '"}'))[0]).toMatchObject({
      message: expect.stringContaining('byte 0xff at line 1, column 20'),
      column: 20,
    })
  })

  it.each([
    ['a cut-short sequence', [0xe2, 0x82], 0xe2],
    ['an overlong form', [0xc0, 0xaf], 0xc0],
    ['a three-byte overlong form', [0xe0, 0x9f, 0xbf], 0xe0],
    ['a four-byte overlong form', [0xf0, 0x8f, 0xbf, 0xbf], 0xf0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0xed],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0xf4],
    ['a lone continuation byte', [0x80], 0x80],
  ])('refuses %s, naming its first byte', (_, bad, first) => {
    expect(byteProblems(withByte('{"scope": {"name": "', bad, '"}}'))).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`byte 0x${first.toString(16)} at line 1, column 21`),
      }),
    ])
  })

  it('strips one leading BOM, from the columns too, and keeps every other character as written', () => {
    const name = 'Läufe 🚀 \u00a0\u200b'
    const bom = [0xef, 0xbb, 0xbf]
    const text = JSON.stringify({ scope: { ...minimal.scope, name } })
    expect(parseScopeBytes(Uint8Array.from([...bom, ...utf8(text)]), FILE).desired.name).toBe(name)
    expect(byteProblems(Uint8Array.from([...bom, ...withByte('{"a', [0xff], '"}')]))[0]).toMatchObject({
      line: 1,
      column: 4,
    })
    // A second BOM is text, and not JSON.
    expect(byteProblems(Uint8Array.from([...bom, ...bom, ...utf8(text)]))).toEqual([
      expect.objectContaining({ message: 'invalid JSON: invalid symbol', line: 1, column: 1 }),
    ])
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

  it('refuses bytes that are not UTF-8, read from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scope-file-'))
    await writeFile(join(dir, FILE), Buffer.from('{"scope": {"name": "caf\xe9"}}', 'latin1'))
    const error = await readScopeFile(join(dir, FILE), FILE).catch((e) => e)
    expect(error.problems).toEqual([expect.objectContaining({ line: 1, column: 24 })])
    expect(error.message).toContain(`${FILE}:1:24: is not valid UTF-8 (byte 0xe9 at line 1, column 24)`)
  })
})
