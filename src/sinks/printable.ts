// Outside text made safe to show on one line: every control character, and every character a
// reader could take for a line break, becomes a visible escape. Nothing else is changed.

// C0 controls but tab, DEL, C1 controls, and the Unicode line and paragraph separators.
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Splits on every line break a log reader honours (\r\n, \n, \r, and the Unicode ones). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/)
}
