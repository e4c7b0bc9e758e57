// The redactor scrubs credentials, whole or any 12-character piece, in every form they come back in.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { printable } from '../../../src/text/printable.ts'
import { addToken, credentialRedactor, REDACTED, Redactor, WINDOW } from '../../../src/text/redact.ts'

const CLIENT_ID = '0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f'

/** The pieces of a credential that hold at least one secret character (after `open` public ones). */
function windowsOf(value: string, open = 0): string[] {
  if (value.length < WINDOW) return [value]
  const first = Math.max(0, open - WINDOW + 1)
  return Array.from({ length: value.length - WINDOW + 1 - first }, (_, i) => value.slice(first + i, first + i + WINDOW))
}
// base64 of the 36-character id and its colon: the first 12 whole groups encode the id alone.
const PUBLIC_BASE64 = 48

describe('credentialRedactor', () => {
  it('leaves no window of the secret, the pair or the Basic value in any text around them', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
        fc.string(),
        fc.string(),
        fc.nat(),
        fc.constantFrom('raw', 'pair', 'basic', 'json', 'collapsed'),
        (secret, before, after, cut, form) => {
          const pair = `${CLIENT_ID}:${secret}`
          const basic = Buffer.from(pair).toString('base64')
          const echoed = {
            raw: secret,
            pair,
            basic: `Basic ${basic}`,
            json: JSON.stringify(secret),
            collapsed: secret.replace(/\s+/g, ' '),
          }[form]
          // Echoed whole, and echoed cut short anywhere (a server that shortens its own excerpt).
          for (const piece of [echoed, echoed.slice(0, cut % (echoed.length + 1))]) {
            const out = credentialRedactor(CLIENT_ID, secret)
              .redact(`${before}${piece}${after}`)
              .replaceAll(REDACTED, '\u0000')
            for (const [value, open] of [
              [secret.trim(), 0],
              [basic, PUBLIC_BASE64],
            ] as const) {
              if (value.length < WINDOW && piece !== echoed) continue
              for (const window of windowsOf(value, open).filter((w) => w.trim())) {
                if (`${before}${after}`.includes(window)) continue // was in the surrounding text already
                expect(out).not.toContain(window)
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps the client id visible: it is public and part of every scope string', () => {
    const redactor = credentialRedactor(CLIENT_ID, 'a-long-enough-secret-value')
    const text = `https://auth.globus.org/scopes/${CLIENT_ID}/action_all`
    expect(redactor.redact(text)).toBe(text)
  })

  it('replaces a run of hidden characters with one marker', () => {
    const secret = 'S3cr3t+/with spaces and [regex] (chars) $1 é'
    const out = credentialRedactor(CLIENT_ID, secret).redact(`before ${secret} after`)
    expect(out).toBe(`before ${REDACTED} after`)
  })

  it('takes a secret with a lone surrogate, and scrubs it as UTF-8 brings it back', () => {
    const secret = 'abcdefghijklmnopqrstuvwxyz\ud800'
    const redactor = credentialRedactor(CLIENT_ID, secret)
    const echoed = Buffer.from(secret).toString('utf8') // the surrogate is U+FFFD now
    expect(redactor.redact(`x ${echoed} y`)).toBe(`x ${REDACTED} y`)
    expect(redactor.redact(`x ${encodeURIComponent(echoed)} y`)).toBe(`x ${REDACTED} y`)
  })

  it('scrubs a secret cut short at any point, as long as a window of it is left', () => {
    const secret = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH'
    const redactor = credentialRedactor(CLIENT_ID, secret)
    for (let end = WINDOW; end < secret.length; end++) {
      expect(redactor.redact(`x ${secret.slice(0, end)}…`)).toBe(`x ${REDACTED}…`)
    }
  })

  it('hides nothing when there is no secret (a fork’s pull request has none)', () => {
    const text = `Skipped: ${CLIENT_ID}: no credentials`
    expect(credentialRedactor(CLIENT_ID, '').redact(text)).toBe(text)
    expect(credentialRedactor('', '').redact(text)).toBe(text)
  })
})

describe('a secret as the action’s own escapes show it', () => {
  it('is found again once its invisible characters are escaped', () => {
    const secret = 'abc\u0000def\u200bghi\u0001jkl\u2028mno'
    const redactor = credentialRedactor('0c8f8a72-0d4e-4c2d-9e7f-2a3b4c5d6e7f', secret)
    const shown = `echo: ${printable(secret)} end`
    expect(redactor.redact(shown)).toBe(`echo: ${REDACTED} end`)
  })
})

describe('a token', () => {
  const TOKEN = 'AgV3b9kq0PzXw1mN4rT7yU2iO5pL8aS6dF0gH3jK9lZx'

  it('is scrubbed as base64 carries it, whatever comes before or after it in the encoded text', () => {
    const redactor = addToken(new Redactor(), TOKEN)
    for (const before of ['', 'a', 'ab', 'Bearer ', 'token=']) {
      for (const after of ['', 'z', 'yz', '\n']) {
        const encoded = Buffer.from(`${before}${TOKEN}${after}`).toString('base64')
        const out = redactor.redact(`echo ${encoded} end`)
        // What is left of the encoded text: the characters of what surrounds the token, and at
        // most one character at each end that also holds bits of it.
        const left = out.replace(`echo `, '').replace(' end', '').replaceAll(REDACTED, '')
        const around = Math.ceil((Buffer.byteLength(before) + Buffer.byteLength(after)) / 3) * 4
        expect(out).toContain(REDACTED)
        expect(left.length).toBeLessThanOrEqual(around + 4)
      }
    }
  })

  it('is scrubbed in every form a credential is (add), as well', () => {
    const redactor = addToken(new Redactor(), TOKEN)
    expect(redactor.redact(`Bearer ${TOKEN}`)).toBe(`Bearer ${REDACTED}`)
    expect(redactor.redact(`token=${encodeURIComponent(TOKEN.slice(5, 30))}`)).toBe(`token=${REDACTED}`)
  })
})
