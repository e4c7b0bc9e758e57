// Outside text made safe to show on one line: every control character, and every character a
// reader could take for a line break, becomes a visible escape. Nothing else is changed.

// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the
// bidirectional overrides that make text read other than it is.
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => (c === '\t' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}

/** Splits on every line break a log reader honours (\r\n, \n, \r, and the Unicode ones). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/)
}
