// Where a text someone typed first differs from the one it should be, by character (code point),
// and which differing characters are not plain ASCII: those are the ones a reader cannot tell
// apart by eye (a Cyrillic о for a Latin o), so a message names their code points and scripts.

/** Where two texts part, counted in characters from 1, and the character each has there. */
export interface Difference {
  /** The first character that differs (1 for the first character). */
  at: number
  /** The character of the text given there; undefined when it ends before. */
  given: string | undefined
  /** The character of the text wanted there; undefined when it ends before. */
  wanted: string | undefined
  /** Further places (after `at`, same length texts) where a character differs and is not ASCII. */
  alsoAt: number[]
}

/** Places named at most in `alsoAt`. */
const MAX_ALSO = 3

/** The first difference of `given` from `wanted`; undefined when they are the same. */
export function firstDifference(given: string, wanted: string): Difference | undefined {
  const a = [...given]
  const b = [...wanted]
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (i === a.length && i === b.length) return undefined
  const alsoAt: number[] = []
  // Only where the two line up character for character: a substitution, not an insertion.
  if (a.length === b.length) {
    for (let j = i + 1; j < a.length && alsoAt.length < MAX_ALSO; j++) {
      if (a[j] !== b[j] && (!isAscii(a[j]) || !isAscii(b[j]))) alsoAt.push(j + 1)
    }
  }
  return { at: i + 1, given: a[i], wanted: b[i], alsoAt }
}

/** Whether a character is plain ASCII (or absent): anything else may look like something it is not. */
export function isAscii(character: string | undefined): boolean {
  return character === undefined || (character.codePointAt(0) ?? 0) < 0x80
}

// The scripts a look-alike usually comes from, then the catch-alls; naming the script is enough.
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Cherokee',
  'Coptic',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Common',
  'Inherited',
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, 'u') }))

/** `U+043E`: a character's code point as Unicode writes it, ours to print (no untrusted text). */
export function unicodeNumber(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** `U+043E, Cyrillic`: a character's code point and script, ours to print (no untrusted text). */
export function codePoint(character: string): string {
  const script = SCRIPTS.find(({ pattern }) => pattern.test(character))?.name
  return script ? `${unicodeNumber(character)}, ${script}` : unicodeNumber(character)
}

/** `"о" (U+043E, Cyrillic)`: a look-alike quoted by the caller's escape, alone, with its code point. */
export function namedCharacter(character: string, quote: (character: string) => string): string {
  return `${quote(alone(character))} (${codePoint(character)})`
}

/**
 * A character to quote alone: a combining mark on U+25CC (◌́), as Unicode's charts show one, so
 * that it does not sit on the quote mark before it and read as an empty quote.
 */
export function alone(character: string): string {
  return /^\p{M}$/u.test(character) ? `\u25cc${character}` : character
}
