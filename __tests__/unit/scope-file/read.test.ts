import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_NESTING } from '../../../src/scope-file/json-text.ts'
import { MAX_PROBLEMS, ScopeFileError } from '../../../src/scope-file/problems.ts'
import { parseScopeBytes, parseScopeFile, readScopeFile } from '../../../src/scope-file/read.ts'

const FILE = 'globus-scope.json'

function refusal(text: string): ScopeFileError {
  try {
    parseScopeFile(text, FILE)
  } catch (error) {
    if (error instanceof ScopeFileError) return error
    throw error
  }
  throw new Error('expected the file to be refused')
}

const problems = (text: string) => refusal(text).problems

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
      '{\n  "scope": {\n    "name": "AP",\n    "colour": "red",\n    "description": "x",\n    "scope_suffix": "a"\n  }\n}'
    expect(problems(text)).toEqual([
      {
        field: 'scope.colour',
        message: expect.stringMatching(
          /^is not a known field; fix its spelling or remove it \(allowed here: name, description, scope_suffix/,
        ),
        line: 4,
        column: 5,
      },
    ])
  })

  it('takes a misspelt key for one problem at the key, the field it meant named, not also missing', () => {
    const text =
      '{\n  "scope": {\n    "name": "AP",\n    "descripton": "typo",\n    "scope_suffix": "a",\n    "dependent_scopes": [{"scope": "urn:a", "optinal": true}]\n  }\n}'
    expect(problems(text)).toEqual([
      { field: 'scope.descripton', message: 'is not a known field; did you mean "description"?', line: 4, column: 5 },
      {
        field: 'scope.dependent_scopes[0].optinal',
        message: 'is not a known field; did you mean "optional"?',
        line: 6,
        column: 45,
      },
    ])
    // Given beside the field it looks like, it is only in the way.
    const both = '{"scope": {"name": "AP", "description": "x", "descripton": "y", "scope_suffix": "a"}}'
    expect(problems(both)).toEqual([
      expect.objectContaining({ message: 'is not a known field, and "description" is given too; remove it' }),
    ])
  })

  it('names the letter of another script in a key that looks like the field it means', () => {
    const lookAlike = '{"scope": {"name": "AP", "d\u0435scription": "x", "scope_suffix": "a"}}'
    expect(problems(lookAlike)).toEqual([
      expect.objectContaining({
        field: 'scope["d\u0435scription"]',
        message:
          'is not a known field; did you mean "description"? Its character 2 is "\u0435" (U+0435, Cyrillic), not "e".',
      }),
    ])
    // An invisible character or a lone mark in a letter's place is shown, not printed as it is.
    const invisible = '{"scope": {"name": "AP", "descr\u200bption": "x", "d\u0301scription": "y", "scope_suffix": "a"}}'
    expect(problems(invisible).map((p) => p.message)).toEqual([
      'is not a known field; did you mean "description"? Its character 6 is "\\u200b" (U+200B, Common), not "i".',
      'is not a known field; did you mean "description"? Its character 2 is "\u25cc\u0301" (U+0301, Inherited), not "e".',
    ])
    // A plain misspelling says nothing more.
    expect(problems('{"scope": {"name": "AP", "descriptoin": "x", "scope_suffix": "a"}}')[0]?.message).toBe(
      'is not a known field; did you mean "description"?',
    )
  })

  it('points at the bad value, and at the object when a field is missing', () => {
    const text = '{"scope": {\n"name": "AP",\n"scope_suffix": "Action All",\n"advertised": "yes"}}'
    expect(problems(text)).toEqual([
      { field: 'scope.description', message: 'is required (text)', line: 1, column: 11 },
      {
        field: 'scope.scope_suffix',
        message: expect.stringContaining('lowercase letters, digits and underscores'),
        line: 3,
        column: 17,
      },
      { field: 'scope.advertised', message: 'must be true or false', line: 4, column: 15 },
    ])
  })

  it('says each type error in words, and to drop the quotes around a quoted boolean', () => {
    const text = JSON.stringify({
      scope: { ...minimal.scope, name: 7, advertised: 'true', required_domains: 'example.org', dependent_scopes: {} },
    })
    expect(problems(text).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'scope.name: must be text, in double quotes',
      'scope.advertised: must be true or false; drop the quotes around "true"',
      'scope.required_domains: must be a list, in square brackets [ ]',
      'scope.dependent_scopes: must be a list, in square brackets [ ]',
    ])
    expect(problems(JSON.stringify({ scope: [] })).map((p) => p.message)).toEqual(['must be an object, in braces { }'])
    for (const p of problems(text)) expect(p.message).not.toMatch(/Invalid input|expected|received/)
  })

  it('refuses a dependent scope listed twice, and one with spaces', () => {
    const dep = { scope: 'urn:a:b', optional: false, requires_refresh_token: false }
    const text = JSON.stringify({ scope: { ...minimal.scope, dependent_scopes: [dep, dep, { scope: 'a b' }] } })
    expect(problems(text).map((p) => p.field)).toEqual(['scope.dependent_scopes[1]', 'scope.dependent_scopes[2].scope'])
  })

  it.each([
    ['empty file', '', /^is empty/],
    ['blank name', JSON.stringify({ scope: { ...minimal.scope, name: '   ' } }), /give the scope a name/],
    ['array at the top', '[]', /^must be an object: \{"scope": \{\.\.\.\}\}$/],
  ])('refuses a %s with a clear message', (_, text, message) => {
    expect(
      problems(text)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(message)
  })

  it('names the line and column of a syntax error, and what else is wrong in the same round', () => {
    expect(problems('{\n  "scope": {\n    "name": "AP"\n    "description": "x"\n  }\n}')).toEqual([
      { field: 'scope.scope_suffix', message: 'is required (text)', line: 2, column: 12 },
      { field: '', message: 'invalid JSON: a comma is missing before this', line: 4, column: 5 },
    ])
  })
})

describe('syntax errors', () => {
  it('reports a trailing comma once, at the comma', () => {
    const scope = '"name": "a", "description": "b", "scope_suffix": "c"'
    expect(problems(`{\n  "scope": {\n    ${scope},\n  }\n}`)).toEqual([
      { field: '', message: 'trailing comma: JSON does not allow a comma before } or ]', line: 3, column: 57 },
    ])
    expect(problems(`{"scope": {${scope}, "dependent_scopes": [{"scope": "urn:x"},\n\t]}}`)).toEqual([
      { field: '', message: 'trailing comma: JSON does not allow a comma before } or ]', line: 1, column: 105 },
    ])
  })

  it('reports each comment once, at the comment', () => {
    const scope = '{"name": "a", "description": "b", "scope_suffix": "c"}'
    expect(problems(`{\n  // the scope\n  "scope": ${scope} /* and more */\n}`)).toEqual([
      { field: '', message: 'JSON does not allow comments', line: 2, column: 3 },
      { field: '', message: 'JSON does not allow comments', line: 3, column: 67 },
    ])
  })

  it('reports every syntax error of a file in one run, each at its line', () => {
    const text = [
      '{',
      '  "scope": { // the provider',
      '    "name": "AP",',
      '    "description": "x"',
      '    "scope_suffix": "a",',
      '  }',
      '}',
    ].join('\n')
    expect(problems(text)).toEqual([
      { field: '', message: 'JSON does not allow comments', line: 2, column: 14 },
      { field: '', message: 'invalid JSON: a comma is missing before this', line: 5, column: 5 },
      { field: '', message: 'trailing comma: JSON does not allow a comma before } or ]', line: 5, column: 24 },
    ])
  })

  it('does not take a comma before a value for a trailing one', () => {
    expect(problems('{"scope": ,}')).toEqual([
      { field: '', message: 'invalid JSON: value expected', line: 1, column: 11 },
    ])
  })

  it(`names at most ${MAX_PROBLEMS} syntax errors of a file of junk, counting the rest`, () => {
    const junk = `{"scope": ${'@,'.repeat(100_000)}`
    const error = refusal(junk)
    expect(error.problems).toHaveLength(MAX_PROBLEMS)
    expect(error.problems[0]).toEqual({ field: '', message: 'invalid JSON: invalid symbol', line: 1, column: 11 })
    expect(error.omitted).toBeGreaterThan(100_000)
  })
})

describe('keys given twice', () => {
  it('refuses a second "scope" object at its line, naming the first', () => {
    const text = `{\n  "scope": ${JSON.stringify(minimal.scope)},\n  "scope": ${JSON.stringify(minimal.scope)}\n}`
    expect(problems(text)).toEqual([
      { field: 'scope', message: 'is given twice (first at line 2); keep one', line: 3, column: 3 },
    ])
  })

  it('names the field path of a duplicate inside the scope and its dependent scopes', () => {
    const text = [
      '{"scope": {',
      '  "name": "AP",',
      '  "description": "x", "name": "AP 2",',
      '  "scope_suffix": "a",',
      '  "dependent_scopes": [{"scope": "urn:a"}, {"scope": "urn:b", "optional": true, "optional": false}]',
      '}}',
    ].join('\n')
    expect(problems(text)).toEqual([
      { field: 'scope.name', message: 'is given twice (first at line 2); keep one', line: 3, column: 23 },
      {
        field: 'scope.dependent_scopes[1].optional',
        message: 'is given twice (first at line 5); keep one',
        line: 5,
        column: 81,
      },
    ])
    const error = refusal(text)
    expect(error.message).toContain(`${FILE}:3:23: scope.name: is given twice (first at line 2); keep one`)
  })

  it('sees through escapes, and counts a third occurrence', () => {
    const text = '{"scope": {"name": "a",\n"na\\u006de": "b",\n"name": "c", "description": "d", "scope_suffix": "e"}}'
    expect(problems(text)).toEqual([
      { field: 'scope.name', message: 'is given twice (first at line 1); keep one', line: 2, column: 1 },
      { field: 'scope.name', message: 'is given 3 times (first at line 1); keep one', line: 3, column: 1 },
    ])
  })

  it('allows the same key in different objects', () => {
    const deps = [{ scope: 'urn:a' }, { scope: 'urn:b' }]
    const text = JSON.stringify({ scope: { ...minimal.scope, dependent_scopes: deps } })
    expect(parseScopeFile(text, FILE).desired.dependent_scopes.map((d) => d.scope)).toEqual(['urn:a', 'urn:b'])
  })
})

describe('nesting', () => {
  const deep = (levels: number) => `{"scope": ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`

  it(`refuses more than ${MAX_NESTING} levels at the opener that passes the limit`, () => {
    expect(problems(deep(MAX_NESTING + 1))).toEqual([
      {
        field: '',
        message: `nests arrays and objects more than ${MAX_NESTING} deep here (a scope file needs 4); remove the extra nesting`,
        line: 1,
        column: 11 + MAX_NESTING - 1,
      },
    ])
    // At the limit the nesting is fine, and the schema speaks.
    expect(problems(deep(MAX_NESTING))).toEqual([expect.objectContaining({ field: 'scope' })])
  })

  it('refuses 5,000 levels with a position instead of overflowing the stack', () => {
    const text = `{\n  "scope": {\n    "name": ${'['.repeat(5000)}${']'.repeat(5000)}}}`
    expect(problems(text)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^nests arrays and objects/), line: 3, column: 43 }),
    ])
    expect(problems(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)[0]).toMatchObject({ line: 1, column: 5 * 32 + 1 })
    // As deep as a file under the size cap can go.
    expect(problems('['.repeat(256 * 1024))[0]).toMatchObject({ line: 1, column: MAX_NESTING + 1 })
  })

  it('does not count brackets in strings, after escaped quotes, or in comments', () => {
    const description = `\\"${'['.repeat(5000)}{`
    const { desired } = parseScopeFile(
      `{"scope": {"name": "]", "description": "${description}", "scope_suffix": "a"}}`,
      FILE,
    )
    expect(desired.description).toBe(`"${'['.repeat(5000)}{`)
    expect(problems(`{"scope": {} /* ${'['.repeat(100)} */}`)).toContainEqual(
      expect.objectContaining({ message: 'JSON does not allow comments', column: 14 }),
    )
  })

  it('does not let closers that match nothing undo the count', () => {
    for (const text of ['[}'.repeat(5000), '{]'.repeat(5000), `"\n${'['.repeat(5000)}`]) {
      expect(problems(text)).toEqual([expect.objectContaining({ message: expect.stringMatching(/^nests/) })])
    }
  })
})

describe('schema problems', () => {
  const blankDomains = (count: number) =>
    JSON.stringify(
      { scope: { ...minimal.scope, required_domains: Array.from({ length: count }, (_, i) => ' '.repeat(i + 1)) } },
      null,
      1,
    )

  it(`keeps the first ${MAX_PROBLEMS} in reading order and counts the rest`, () => {
    const error = refusal(blankDomains(100))
    expect(error.problems).toHaveLength(MAX_PROBLEMS)
    expect(error.omitted).toBe(100 - MAX_PROBLEMS)
    expect(error.problems.map((p) => p.field)).toEqual(
      Array.from({ length: MAX_PROBLEMS }, (_, i) => `scope.required_domains[${i}]`),
    )
    expect(error.message.split('\n')).toHaveLength(1 + MAX_PROBLEMS + 1)
    expect(error.message).toMatch(/\n {2}…and 80 more problems$/)
  })

  it('says nothing is omitted when nothing is', () => {
    const error = refusal(blankDomains(MAX_PROBLEMS))
    expect(error.omitted).toBe(0)
    expect(error.problems).toHaveLength(MAX_PROBLEMS)
    expect(error.message).not.toContain('more problem')
    expect(refusal(blankDomains(MAX_PROBLEMS + 1)).message).toMatch(/…and 1 more problem$/)
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

  it('counts the characters before the bad byte as columns, not bytes', () => {
    // Where a reader's editor puts it, instead of a U+FFFD sent to Globus; the property
    // (properties.test.ts) holds the first bad byte of any bytes.
    expect(byteProblems(withByte('{"scope": "überall ', [0xff], '"}'))).toEqual([
      {
        field: '',
        message: 'is not valid UTF-8 (byte 0xff at line 1, column 20); save the file as UTF-8',
        line: 1,
        column: 20,
      },
    ])
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
  async function checkout() {
    const root = await mkdtemp(join(tmpdir(), 'scope-file-'))
    const workspace = join(root, 'repo')
    const outside = join(root, 'outside')
    await mkdir(workspace)
    await mkdir(outside)
    return { root, workspace, outside }
  }
  const at = (workspace: string, display = FILE) => ({ path: resolve(workspace, display), display, workspace })
  const refused = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the file to be refused')
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(ScopeFileError)
        return error as ScopeFileError
      },
    )

  it('says how to fix a missing file, naming it, and never calls it not valid', async () => {
    const { workspace } = await checkout()
    const error = await refused(readScopeFile(at(workspace)))
    expect(error.message).toMatch(/^The scope file globus-scope.json does not exist:\n/)
    expect(error.message).toContain('globus-scope.json: does not exist; create it')
    expect(error.message).toContain('set the scope_file input')
    expect(error.message).not.toContain('not valid')
    expect(error.unread).toEqual({ advice: expect.stringMatching(/^create it/) })
  })

  it('suggests the closest *.json beside a misspelled file, and only a near one', async () => {
    const { workspace } = await checkout()
    await mkdir(join(workspace, 'globus'))
    for (const name of ['globus-scope.json', 'package.json', 'globus-scope.yml']) {
      await writeFile(join(workspace, 'globus', name), '{}')
    }
    const error = await refused(readScopeFile(at(workspace, 'globus/globus-scopes.json')))
    expect(error.unread?.suggestion).toBe('globus/globus-scope.json')
    expect(error.problems[0]?.message).toMatch(
      /^does not exist; did you mean globus\/globus-scope\.json\? If not, create it/,
    )
    const far = await refused(readScopeFile(at(workspace, 'globus/settings.json')))
    expect(far.unread?.suggestion).toBeUndefined()
    const noFolder = await refused(readScopeFile(at(workspace, 'nowhere/globus-scope.json')))
    expect(noFolder.unread?.suggestion).toBeUndefined()
  })

  it('is untrusted text: shown on one line, whatever the pull request named the file', async () => {
    const { workspace } = await checkout()
    await writeFile(join(workspace, 'globus-scope\n.json'), '{}')
    const error = await refused(readScopeFile(at(workspace, 'globus-scopes.json')))
    expect(error.unread?.suggestion).toBe('globus-scope\\u000a.json')
    expect(error.message).not.toMatch(/scope\n\.json/)
  })

  it('refuses a directory', async () => {
    const { workspace } = await checkout()
    await mkdir(join(workspace, 'scopes'))
    await expect(readScopeFile(at(workspace, 'scopes/'))).rejects.toThrow(/scopes\/: is not a file/)
  })

  it('reads a file from disk', async () => {
    const { workspace } = await checkout()
    await writeFile(join(workspace, FILE), JSON.stringify(minimal))
    expect((await readScopeFile(at(workspace))).desired.scope_suffix).toBe('action_all')
  })

  it('reads a file of 256 KiB and refuses one byte more', async () => {
    const { workspace } = await checkout()
    const text = JSON.stringify(minimal)
    await writeFile(join(workspace, FILE), text.padEnd(256 * 1024, ' '))
    expect((await readScopeFile(at(workspace))).desired.name).toBe('AP')
    await writeFile(join(workspace, FILE), text.padEnd(256 * 1024 + 1, ' '))
    const error = await refused(readScopeFile(at(workspace)))
    expect(error.message).toContain('globus-scope.json: is 262145 bytes; a scope file is at most 262144')
  })

  it('refuses a symbolic link to a file outside the checkout, without showing where it leads or what is there', async () => {
    const { workspace, outside } = await checkout()
    const secret = JSON.stringify({ scope: { ...minimal.scope, name: 'outside-secret-name' } })
    await writeFile(join(outside, 'secret.json'), secret)
    await symlink(join(outside, 'secret.json'), join(workspace, FILE))
    const error = await refused(readScopeFile(at(workspace)))
    expect(error.problems).toEqual([
      {
        field: '',
        message:
          'leads outside the repository checkout through a symbolic link; scope_file must name a file inside the repository checkout',
      },
    ])
    expect(error.message).toMatch(
      /^The scope file globus-scope.json leads outside the repository checkout through a symbolic link:\n {2}globus-scope.json: leads outside/,
    )
    expect(error.message).not.toContain(outside)
    expect(error.message).not.toContain('outside-secret-name')
  })

  it('refuses a file under a linked folder that leads outside, and a relative link out', async () => {
    const { workspace, outside } = await checkout()
    await writeFile(join(outside, FILE), JSON.stringify(minimal))
    await symlink(outside, join(workspace, 'scopes'))
    await symlink(`../outside/${FILE}`, join(workspace, 'relative.json'))
    for (const display of [`scopes/${FILE}`, 'relative.json']) {
      const error = await refused(readScopeFile(at(workspace, display)))
      expect(error.message).toContain(`${display}: leads outside the repository checkout through a symbolic link`)
    }
  })

  it('refuses a path outside the checkout, whether or not it exists', async () => {
    const { workspace, outside } = await checkout()
    await writeFile(join(outside, FILE), JSON.stringify(minimal))
    for (const display of [join(outside, FILE), join(outside, 'missing.json'), `../outside/${FILE}`]) {
      const error = await refused(readScopeFile(at(workspace, display)))
      expect(error.message).toContain(
        `${display}: is outside the repository checkout; scope_file must name a file inside the repository checkout`,
      )
    }
  })

  it('follows links that stay inside the checkout, and a checkout reached through a link', async () => {
    const { root, workspace } = await checkout()
    await mkdir(join(workspace, 'globus'))
    await writeFile(join(workspace, 'globus', 'scope.json'), JSON.stringify(minimal))
    await symlink('globus/scope.json', join(workspace, FILE))
    expect((await readScopeFile(at(workspace))).desired.name).toBe('AP')
    await symlink(workspace, join(root, 'linked-repo'))
    expect((await readScopeFile(at(join(root, 'linked-repo')))).desired.name).toBe('AP')
    // An absolute path to the real checkout, while GITHUB_WORKSPACE names the link.
    const real = { path: join(workspace, FILE), display: join(workspace, FILE), workspace: join(root, 'linked-repo') }
    expect((await readScopeFile(real)).desired.name).toBe('AP')
  })

  it('calls a link to nothing a missing file', async () => {
    const { workspace, outside } = await checkout()
    await symlink(join(outside, 'gone.json'), join(workspace, FILE))
    const error = await refused(readScopeFile(at(workspace)))
    expect(error.message).toContain('globus-scope.json: does not exist; create it')
  })
})
