// The sinks and the redactor against what a hostile review found: legacy workflow commands in
// the middle of a line, invisible characters, echo forms.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { committedJson } from '../../../src/text/committed-json.ts'
import { commandMessage, logLine } from '../../../src/text/log.ts'
import { markdown } from '../../../src/text/markdown.ts'
import { outputValue } from '../../../src/text/output.ts'
import { MAX_MARKS, printable } from '../../../src/text/printable.ts'
import { credentialRedactor, REDACTED, Redactor } from '../../../src/text/redact.ts'
import { CODE_WIDTH, columns, wrap } from '../../../src/text/wrap.ts'
import { forgedCommands, liveMarkdown } from '../../../test-support/boundary/checks.ts'

const none = new Redactor()

describe('the log sink', () => {
  it('never leaves ##[ in a line: the runner reads it as a command anywhere', () => {
    expect(logLine('name: "Example ##[error title=x]FORGED"', none)).toBe(
      'name: "Example #\\u0023[error title=x]FORGED"',
    )
    expect(commandMessage('x ##[stop-commands]y', none)).toBe('x #\\u0023[stop-commands]y')
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (before, after) => {
        const line = logLine(`${before}##[set-output name=x]${after}`, none)
        expect(forgedCommands(line)).toEqual([])
      }),
    )
  })
})

describe('printable', () => {
  it('makes invisible and direction-changing characters visible', () => {
    for (const [c, shown] of [
      ['\u200b', '\\u200b'],
      ['\ufeff', '\\ufeff'],
      ['\u00ad', '\\u00ad'],
      ['\u061c', '\\u061c'],
      ['\u202e', '\\u202e'],
      ['\u{e0041}', '\\u{e0041}'],
      ['\ud800', '\\ud800'],
    ]) {
      expect(printable(`a${c}b`)).toBe(`a${shown}b`)
    }
    expect(printable('tab\tstays, é and 秘 too')).toBe('tab\tstays, é and 秘 too')
  })
})

describe('the redactor', () => {
  const CLIENT_ID = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'

  it('knows the echo forms of a form body, lower-case escapes, HTML and Latin-1 headers', () => {
    const secret = 'correct horse/battery:staple&Schlüssel<1>'
    const redactor = credentialRedactor(CLIENT_ID, secret)
    for (const echoed of [
      new URLSearchParams({ s: secret }).toString().slice(2),
      encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
      secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      Buffer.from(secret, 'utf8').toString('latin1'),
    ]) {
      expect(redactor.redact(`seen: ${echoed}.`)).toBe(`seen: ${REDACTED}.`)
    }
  })
})

describe('printable, character by character', () => {
  it('escapes control, separator, bidi and zero-width characters and lone surrogates only', () => {
    expect(printable('a\u0000b\u001fc\u007fd\u009fe\u2028f\u2066g\u200bh\ufeffi\ud800j')).toBe(
      'a\\u0000b\\u001fc\\u007fd\\u009fe\\u2028f\\u2066g\\u200bh\\ufeffi\\ud800j',
    )
    expect(printable('é ü 😀 中文 tab-free')).toBe('é ü 😀 中文 tab-free')
  })
})

describe('wrap', () => {
  it('keeps every character, in lines no wider than the width, never cutting an escape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 10, max: 120 }), (text, width) => {
        const shown = printable(text)
        const lines = wrap(shown, width)
        expect(lines.join('')).toBe(shown)
        for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(width)
        for (const line of lines) expect(line).not.toMatch(/\\u[0-9a-f]{0,3}$|\\u\{[0-9a-f]*$/)
      }),
      { numRuns: 500 },
    )
  })

  it('breaks at a blank in the second half of a line, else where the line is full', () => {
    expect(wrap('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb ', 'cccc'])
    expect(wrap('a bbbbbbbbbbbbbbbbbb', 10)).toEqual(['a bbbbbbbb', 'bbbbbbbbbb'])
  })
})

describe('the Markdown escape, for the plan', () => {
  const md = markdown(credentialRedactor('0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f', 'correct horse battery staple'))

  it('keeps any value of a ```diff block in it, marked, within the width, and redacted whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ marker: fc.constantFrom('+', '-', ' ' as const), value: fc.string({ unit: 'binary' }) })),
        fc.string({ unit: 'binary' }),
        (lines, tail) => {
          const secret = `${tail}correct horse battery staple${'w '.repeat(60)}FORGED`
          const diff = md.diff([
            ...lines.map((l) => ({ ...l, label: 'name: ' })),
            { marker: '+', label: '  ', value: secret },
          ])
          expect(liveMarkdown(diff)).toEqual([])
          expect(diff).not.toContain('battery')
          const body = diff.split('\n').slice(1, -1)
          for (const line of body) expect(columns(line)).toBeLessThanOrEqual(CODE_WIDTH)
          for (const line of body) expect(line).toMatch(/^[+ -] /)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('decides whether a value fits beside its label by columns: 86 wide characters take 172', () => {
    const wide = JSON.stringify('漢'.repeat(86))
    for (const label of ['  ', '  name: ']) {
      const body = md
        .diff([{ marker: '+', label, value: wide }])
        .split('\n')
        .slice(1, -1)
      expect(body.map(columns).every((width) => width <= CODE_WIDTH)).toBe(true)
      const values = body.filter((line) => !line.endsWith(':')).map((line) => line.replace(/^\+ +/, ''))
      expect(values.join('')).toBe(wide)
      expect(values).toHaveLength(2)
    }
    // 42 (86 columns with the quotes) still share the label's line.
    expect(md.diff([{ marker: '+', label: '  name: ', value: JSON.stringify('漢'.repeat(42)) }])).toBe(
      `\`\`\`diff\n+   name: "${'漢'.repeat(42)}"\n\`\`\``,
    )
  })

  it('links only an https URL of plain characters; any other shows as code', () => {
    expect(md.link('this run', 'https://github.com/o/r/actions/runs/1')).toBe(
      '[this run](https://github.com/o/r/actions/runs/1)',
    )
    for (const url of [
      'http://github.com/x',
      'https://a.b/x)[y](z',
      'https://a.b/<b>',
      'javascript:x',
      'https://a.b/ x',
    ]) {
      const text = md.link('this run', url)
      expect(text).toMatch(/^this run \(`/)
      expect(liveMarkdown(text)).toEqual([])
    }
  })

  it('wraps a text block of prose from outside, and leaves a JSON block as it is, to be copied', () => {
    const long = 'word '.repeat(40)
    expect(md.fenced(long, 'text').split('\n').length).toBeGreaterThan(3)
    expect(md.fenced(long, 'json').split('\n')).toHaveLength(3)
  })
})

describe('printable, what Unicode says to show as nothing', () => {
  it('escapes variation selectors (hidden bytes), fillers, the grapheme joiner, blank glyphs and odd spaces', () => {
    const hidden = 'A\ufe01\u{e0100}\u3164\u115f\u034f\u180b\u2800\u{1d159}\u00a0\u2007\u3000B'
    expect(printable(hidden)).toBe(
      'A\\ufe01\\u{e0100}\\u3164\\u115f\\u034f\\u180b\\u2800\\u{1d159}\\u00a0\\u2007\\u3000B',
    )
    expect(printable('plain words, é, 中文, 😀 and a space')).toBe('plain words, é, 中文, 😀 and a space')
  })
})

describe('printable, stacked marks and private use', () => {
  const MARK_RUN = new RegExp(String.raw`\p{M}{${MAX_MARKS + 1}}`, 'u')
  const marks = ['\u0301', '\u0302', '\u0323', '\u0336', '\u20dd', '\u0e49', '\u0f92', '\u05bc', '\u0903', '\ufe0f']
  /** Any text, with runs of combining marks of any length among its characters. */
  const stacked = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 3 }),
        fc.array(fc.constantFrom(...marks), { maxLength: 12 }).map((m) => m.join('')),
      ),
    )
    .map((parts) => parts.join(''))

  it('escapes a run of more marks than a letter carries, whole, and keeps the letters people write', () => {
    const tower = `a${'\u0301'.repeat(900)}b`
    expect(printable(tower)).toBe(`a${'\\u0301'.repeat(900)}b`)
    expect(printable(`e${'\u0301'.repeat(MAX_MARKS)}`)).toBe(`e${'\u0301'.repeat(MAX_MARKS)}`)
    expect(printable(`e${'\u0301'.repeat(MAX_MARKS + 1)}`)).toBe(`e${'\\u0301'.repeat(MAX_MARKS + 1)}`)
    for (const words of [
      'Tiếng Việt: ệ ở ặ ữ',
      'Tiếng Việt: ệ ở ặ ữ'.normalize('NFD'), // two marks on one letter
      'བསྒྲུབས', // Tibetan: a stack of three
      'שָּׁלוֹם', // pointed Hebrew: three on the shin
      'क्षत्रिय हिन्दी', // Devanagari
      'ที่น้ำ', // Thai tone marks
      'Z̤͔ͅ', // three: still a letter's worth
    ]) {
      expect(printable(words), words).toBe(words)
    }
  })

  it('escapes private-use characters, which a font may draw as anything', () => {
    expect(printable('a\ue000b\uf8ffc\u{f0000}d\u{10fffd}e')).toBe('a\\ue000b\\uf8ffc\\u{f0000}d\\u{10fffd}e')
  })

  it('leaves no tower and no private-use character wherever text leaves the action, and shows what it shows once', () => {
    const md = markdown(none)
    fc.assert(
      fc.property(stacked, (text) => {
        const shown = printable(text)
        expect(printable(shown)).toBe(shown)
        const shownEverywhere = [
          shown,
          logLine(text, none),
          commandMessage(text, none),
          outputValue(text, none),
          md.code(text),
          md.fenced(text, 'text'),
          md.fenced(text, 'json'),
          md.diff([{ marker: '+', label: '  name: ', value: text }]),
          committedJson({ text }),
        ]
        for (const out of shownEverywhere) {
          expect(out).not.toMatch(MARK_RUN)
          expect(out).not.toMatch(/\p{Co}/u)
        }
      }),
      { numRuns: 500 },
    )
  })
})
