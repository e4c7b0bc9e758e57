// JSON for a file people commit and review (the scope file export writes): every character the
// log, the outputs and Markdown show escaped (bidirectional overrides, zero-width and other invisible characters,
// line separators) is a `\u` escape in the file too, so what reviewers see is what they commit.
// JSON reads the escape back as the same character: the value does not change.
import { UNPRINTABLE } from './printable.ts'

export function committedJson(value: unknown): string {
  // JSON.stringify escapes the control characters inside strings itself; a raw line break left in
  // its text is the indentation's. A character beyond the BMP becomes its two UTF-16 halves.
  const text = JSON.stringify(value, null, 2).replace(UNPRINTABLE, (char) =>
    char === '\n'
      ? char
      : [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  )
  return `${text}\n`
}
