// Long lines broken into shorter ones, for code blocks that GitHub does not wrap: at 780 px (a
// pull-request comment) about 100 characters of code fit before the block scrolls sideways.

/** Characters of a code line at most, its marker and indentation included: 100, less a margin. */
export const CODE_WIDTH = 96

// One piece never split: an escape `printable` wrote (\u{e0041}, \u200b), else one code point.
const PIECE = /\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}|[\s\S]/gu

// What a monospace font draws two columns wide: CJK, Hangul, kana, fullwidth forms, emoji.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Emoji_Presentation}\u2e80-\u303e\uff00-\uff60\uffe0-\uffe6\ufdfd]/u

// What draws on the character before it, taking no column of its own: combining marks (printable
// leaves at most a letter's few on one character).
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u

/**
 * How many columns a text takes in a code block: two for a wide character, none for a combining
 * mark, one for any other.
 */
export function columns(text: string): number {
  let count = 0
  for (const char of text) count += WIDE.test(char) ? 2 : ZERO_WIDTH.test(char) ? 0 : 1
  return count
}

// Where a line may break, best first: a blank; a separator of a list or a query; one of a path.
// Never inside an id or a word when one of these is in the second half of the line.
const BREAKS = [new Set([' ']), new Set([',', '&', '?']), new Set(['/'])]

/**
 * Where to break `line` (an index of its pieces): after the best break in its second half, never
 * tearing a combining mark from the character it draws on.
 */
function breakPoint(line: string[]): number {
  const breaksAfter = (at: number, after: Set<string>) =>
    after.has(line[at] ?? '') && !ZERO_WIDTH.test(line[at + 1] ?? '')
  for (const after of BREAKS) {
    for (let at = line.length - 1; at + 1 >= line.length / 2; at--) if (breaksAfter(at, after)) return at + 1
  }
  return line.length
}

/**
 * `text` in lines of at most `width` columns (columns()), broken after a blank where one is in the
 * second half of the line, else after a separator of a list or URL there (`,` `&` `?`, then `/`), else
 * anywhere but inside an escape or a surrogate pair.
 */
export function wrap(text: string, width: number): string[] {
  const pieces = text.match(PIECE) ?? []
  const lines: string[] = []
  let line: string[] = []
  let length = 0
  for (const piece of pieces) {
    const size = columns(piece)
    if (length + size > width && line.length > 0) {
      const cut = breakPoint(line)
      lines.push(line.slice(0, cut).join(''))
      line = line.slice(cut)
      length = line.reduce((sum, p) => sum + columns(p), 0)
    }
    line.push(piece)
    length += size
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join(''))
  return lines
}
