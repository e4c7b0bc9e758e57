// Untrusted text made safe to show on one line: every control character, and every character a
// reader could take for a line break, cannot see or sees other than it is, becomes a visible
// escape. Nothing else is changed. The one rule wherever text leaves the action (log, output, Markdown, messages).

/**
 * Combining marks one character may carry and stay as it is: Vietnamese stacks two (ệ), Tibetan
 * and pointed Hebrew three.
 */
export const MAX_MARKS = 3

// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, format characters
// (invisible ones, bidirectional overrides and isolates, zero-width ones, tags), lone surrogates,
// private-use characters (drawn as anything a font likes), unassigned code points (tomorrow's
// format characters), every code point Unicode says to show as nothing (variation selectors, which
// can carry hidden bytes; Hangul fillers; the grapheme joiner), the blank Braille pattern and the
// null notehead (blank glyphs Unicode does not call ignorable), every space but the ASCII one; and
// a run of more combining marks than a letter carries (MAX_MARKS), which draws a tower over the
// lines around it: the whole run.
export const UNPRINTABLE = new RegExp(
  String.raw`\p{M}{${MAX_MARKS + 1},}|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800\u{1d159}]|(?! )\p{Zs}`,
  'gu',
)

/** The text with every unprintable character as `\uXXXX` (or `\u{XXXXX}`); a tab stays a tab. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (match) => (match === '\t' ? match : [...match].map(escaped).join('')))
}

/** \u000a for the ones people know in that form; \u{e0041} for those beyond four digits. */
function escaped(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Splits on every line break a log reader honours (\r\n, \n, \r, and the Unicode ones). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/)
}
