// GitHub's limits on what a run writes, and the cut that keeps within them: a step summary over 1 MiB is dropped,
// a comment over 65,536 characters refused. The caps, and the cut, are here once.

/** GitHub drops a step summary over 1 MiB (of bytes, not characters); this leaves room for others. */
export const MAX_SUMMARY_BYTES = 512 * 1024
/** GitHub refuses a comment over 65,536 characters (the marker line comes on top). */
export const MAX_COMMENT_CHARS = 60_000

/** At most `maxBytes` of UTF-8, cut at a line end, saying that it was cut. */
export function bounded(text: string, maxBytes = MAX_SUMMARY_BYTES): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  // Whole lines only: a code span never spans lines, so none is left open (an open fenced block
  // only turns the rest into code). Bytes are counted once per line, as they are kept.
  const kept: string[] = []
  let bytes = 0
  let fence: string | undefined
  for (const line of text.split('\n')) {
    bytes += Buffer.byteLength(line) + 1
    if (bytes > maxBytes - 100) break
    kept.push(line)
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (!marker) continue
    if (!fence) fence = marker
    else if (marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length)) {
      fence = undefined
    }
  }
  // A block cut open would turn the note, and anything after it, into code: close it first.
  if (fence) kept.push(fence)
  return `${kept.join('\n')}\n\n*(truncated)*\n`
}
