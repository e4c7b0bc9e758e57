// Hostile text for the boundary properties: any string, with workflow-command, Markdown, HTML
// and mention forgeries mixed in, and echoes of the credentials. Every forgery carries FORGED, so
// a check can tell a forgery that came alive from the action's own text.
import fc from 'fast-check'

export const SENTINEL = 'FORGED'

const FORGERIES = [
  '\n::error::FORGED',
  '\r::add-mask::FORGED',
  '\r\n  ::stop-commands::FORGED',
  '\u2028::warning::FORGED',
  '\u0085::notice::FORGED',
  '\n##[error]FORGED',
  '\n::set-output name=scope_id::FORGED',
  '::error::FORGED',
  ' in the middle ##[error title=x]FORGED',
  'x ##[stop-commands]FORGED',
  '##[add-mask]FORGED',
  '<img src=x onerror=FORGED>',
  '<b>FORGED</b>',
  '<!-- FORGED',
  '--> FORGED <!--',
  '[FORGED](https://evil.example)',
  '![FORGED](https://evil.example/x.png)',
  '@FORGED',
  '\n# FORGED',
  '| FORGED |',
  '\\| FORGED',
  '\\\\| FORGED <b>FORGED</b>',
  '```FORGED',
  '`` FORGED ``',
  '` FORGED `',
  '\n```\n<b>FORGED</b>\n```\n',
  '\u001b[31mFORGED',
  '\u0000FORGED',
  'https://evil.example/FORGED',
]

/** Pieces of the credentials a malicious or careless server could echo back. */
export interface Echoes {
  secret: string
  basic: string
  token: string
}

function echoes(e: Echoes): fc.Arbitrary<string> {
  const whole = [e.secret, `Basic ${e.basic}`, `Authorization: Basic ${e.basic}`, e.token, ` ${e.secret} `]
  return fc.oneof(
    fc.constantFrom(...whole),
    fc.constantFrom(...whole).chain((w) => fc.nat(w.length).map((cut) => w.slice(0, cut))),
    fc.constant(e.secret.replace(/\s+/g, ' ')),
  )
}

export function hostileText(e: Echoes): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...FORGERIES), echoes(e)), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => parts.join(''))
}

/**
 * Secrets with spaces, regular-expression characters, non-ASCII, and of any length from 1 (one
 * shorter than 16 is refused as input, which must not print it either).
 */
export const anySecret = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9+/]{43}=$/), weight: 3 },
  { arbitrary: fc.string({ minLength: 16, maxLength: 60, unit: 'grapheme' }), weight: 3 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 15, unit: 'grapheme' }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'x',
      '.*',
      '`',
      ' padded secret value with spaces ',
      '$&$1\\\\(?<n>)[^]|{}.*+?^ regex chars',
      'sécrét ✓ 秘密 value 123 non-ASCII',
    ),
    weight: 1,
  },
)
