// Untrusted text made fit for a message: redacted, then on one line, then cut.
import { describe, expect, it } from 'vitest'
import { excerpt, MAX_PIECE, quotedDifference } from '../../../src/text/excerpt.ts'
import { credentialRedactor, REDACTED } from '../../../src/text/redact.ts'

const CLIENT_ID = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'
const SECRET = 'pQ7vT2xL9mK4nR8sW3yZ6bC1dF5gH0jA'
const redactor = credentialRedactor(CLIENT_ID, SECRET)
const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`

describe('excerpt', () => {
  it('redacts before it shortens: an echoed Authorization header leaves nothing of the secret', () => {
    // The old excerpt collapsed and cut at 120 characters, which kept all of it but one character.
    const page = `<html>\n<body>\n<pre>Authorization: ${basic}</pre>${'<p>filler</p>'.repeat(50)}</body></html>`
    const out = excerpt(page, redactor)
    // What stays is the base64 of the public client id (less a window's worth at its end).
    const publicPart = Buffer.from(`${CLIENT_ID}:`)
      .toString('base64')
      .slice(0, 48 - 11)
    expect(out).toContain(`Authorization: Basic ${publicPart}${REDACTED}</pre>`)
    expect(out).not.toContain(Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64').slice(48, 60))
    expect(out.length).toBeLessThanOrEqual(MAX_PIECE + 1)
    expect(out.endsWith('…')).toBe(true)
  })

  it('redacts again after re-spacing: a secret echoed with its spaces widened is found once collapsed', () => {
    const spaced = 'abcdefghij klmnopqrst' // no 12-character run without its space
    const text = `echo: ${spaced.replace(' ', '\n\n   ')} end`
    const out = excerpt(text, credentialRedactor(CLIENT_ID, spaced))
    expect(out).toBe(`echo: ${REDACTED} end`)
  })

  it('puts everything on one line, with invisible characters escaped', () => {
    const out = excerpt('line one\n::error::forged\r\n\u0085::warning::also\u0001\u202e', redactor)
    expect(out).toBe('line one ::error::forged \\u0085::warning::also\\u0001\\u202e')
    expect(out).not.toMatch(/[\n\r\u0085\u2028\u2029]/)
  })

  it('cuts at the limit without splitting a surrogate pair', () => {
    expect(excerpt('x'.repeat(MAX_PIECE), redactor)).toBe('x'.repeat(MAX_PIECE))
    const out = excerpt(`${'x'.repeat(MAX_PIECE - 1)}😀tail`, redactor)
    expect(out).toBe(`${'x'.repeat(MAX_PIECE - 1)}…`)
  })
})

describe('quotedDifference', () => {
  it('quotes short texts whole, every space kept and every invisible character escaped', () => {
    expect(quotedDifference(' Run my actions', 'Run my actions', redactor)).toEqual([
      '" Run my actions"',
      '"Run my actions"',
    ])
    expect(quotedDifference('a\nb\u202ec', 'a b', redactor)).toEqual(['"a\\nb\\u202ec"', '"a b"'])
  })

  it('shows long texts from just before their first difference, with … for what is left out', () => {
    const start = 'x'.repeat(5000)
    const [sent, kept] = quotedDifference(`${start}the end `, `${start}the end`, redactor, 40)
    // 20 characters before the first difference: the space after “the end”.
    expect(sent).toBe(`…"${'x'.repeat(13)}the end "`)
    expect(kept).toBe(`…"${'x'.repeat(13)}the end"`)
    expect(quotedDifference(`${'a'.repeat(100)}`, `b${'a'.repeat(99)}`, redactor, 10)).toEqual([
      `"${'a'.repeat(10)}"…`,
      `"b${'a'.repeat(9)}"…`,
    ])
  })

  it('never splits a surrogate pair, and never shows a credential', () => {
    const [a] = quotedDifference(
      `${'x'.repeat(19)}😀${'y'.repeat(100)}1`,
      `${'x'.repeat(19)}😀${'y'.repeat(100)}2`,
      redactor,
      30,
    )
    expect(a).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u)
    expect(quotedDifference(`key ${SECRET}`, 'key', redactor)).toEqual([`"key ${REDACTED}"`, '"key"'])
  })
})
