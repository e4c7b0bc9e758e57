// Strict UTF-8: a byte that is not UTF-8 is refused and pointed at, never replaced with U+FFFD,
// since the file's text is sent to Globus as written.

/** Where the first bad byte is: its value, and its line and column as an editor shows them. */
export interface InvalidUtf8 {
  byte: number
  line: number
  column: number
}

/** The text of UTF-8 bytes, a leading BOM kept (the JSON reader strips it); or the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalid: InvalidUtf8 } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    // The decoder says only that some byte is bad; find which, to point at it.
    const index = firstInvalidUtf8(bytes) ?? 0
    return { invalid: { byte: bytes[index] ?? 0, ...bytePosition(bytes, index) } }
  }
}

/**
 * Where the first invalid UTF-8 sequence starts, by the WHATWG decoder's rules: no overlong
 * forms, no surrogates, nothing past U+10FFFF, no sequence cut short.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    let follow: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      follow = 3
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k <= follow; k++) {
      const next = bytes[i + k] ?? -1
      if (next < low || next > high) return i
      low = 0x80
      high = 0xbf
    }
    i += follow + 1
  }
  return undefined
}

/** Line and column of byte `index`, counting columns in the same UTF-16 units as text offsets. */
function bytePosition(bytes: Uint8Array, index: number): { line: number; column: number } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let line = 1
  let lineStart = bom
  for (let i = bom; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  // Everything before the first bad byte is valid UTF-8, so this decodes without loss.
  return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, index)).length + 1 }
}
