// What a read-back shows when Globus Auth keeps other values than were written: each field with
// the value sent and the value kept, and when only Globus' way of storing text differs, that the
// file must say it that way.
import { describe, expect, it } from 'vitest'
import { readBackDrift, storedFormOf } from '../../../../src/modes/ensure/read-back-drift.ts'
import { Redactor } from '../../../../src/text/redact.ts'

const redactor = new Redactor(['a-secret-value-here'])

describe('storedFormOf', () => {
  it.each([
    ['trimmed', ' My Action Provider ', 'My Action Provider', 'whitespace'],
    ['collapsed', 'Run  my\nactions', 'Run my actions', 'whitespace'],
    ['composed (NFC)', 'Cafe\u0301', 'Café', 'Unicode normalisation (NFC)'],
    ['compatibility-composed (NFKC)', 'ﬁle Ｘ', 'file X', 'Unicode normalisation (NFKC)'],
    ['both', ' ﬁle ', 'file', 'whitespace and Unicode normalisation (NFKC)'],
  ])('names text %s', (_, sent, kept, form) => {
    expect(storedFormOf(sent, kept)).toBe(form)
  })

  it('is undefined for other text', () => {
    expect(storedFormOf('Run my actions', 'Run your actions')).toBeUndefined()
    expect(storedFormOf('a', 'A')).toBeUndefined()
  })
})

describe('readBackDrift', () => {
  it('names each field with what was sent and what Globus Auth keeps, quoted', () => {
    const kept = readBackDrift(
      [
        { field: 'name', current: 'Other', desired: 'Mine' },
        { field: 'advertised', current: false, desired: true },
        { field: 'required_domains', current: [], desired: ['example.org'] },
      ],
      redactor,
    )
    expect(kept).toEqual({
      text:
        'name: sent "Mine", Globus Auth keeps "Other"; advertised: sent true, Globus Auth keeps false; ' +
        'required_domains: sent ["example.org"], Globus Auth keeps []',
      onlyStoredForms: false,
    })
  })

  it('says when Globus stores the text its own way, so that the file can say it the same way', () => {
    const kept = readBackDrift(
      [{ field: 'description', current: 'Run my actions', desired: 'Run my actions\n' }],
      redactor,
    )
    expect(kept).toEqual({
      text:
        'description: sent "Run my actions\\n", Globus Auth keeps "Run my actions" (they differ only in whitespace: ' +
        'Globus Auth stores the description that way; write it so in the scope file, or every run will write it again)',
      onlyStoredForms: true,
    })
  })

  it('names the characters where text differs only in its Unicode form, which looks the same', () => {
    const { text } = readBackDrift([{ field: 'name', current: 'file X', desired: 'ﬁle Ｘ' }], redactor)
    expect(text).toContain(
      '(they differ only in Unicode normalisation (NFKC), U+FB01 U+006C U+0065 U+0020 U+FF38 sent, U+0066 U+0069 U+006C U+0065 U+0020 U+0058 kept:',
    )
  })

  it('shows a long text around its difference, escaped and redacted', () => {
    const long = `${'Runs things. '.repeat(200)}a-secret-value-here\u202e`
    const { text } = readBackDrift([{ field: 'description', current: long.trim(), desired: `${long} ` }], redactor)
    expect(text).toMatch(
      /^description: sent …"[^"]*\[redacted\]\\u202e ", Globus Auth keeps …"[^"]*\[redacted\]\\u202e"/,
    )
    expect(text.length).toBeLessThan(400)
    expect(text).not.toContain('a-secret-value-here')
  })
})
