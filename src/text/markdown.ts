// The Markdown sink, for the job summary and the pull-request comment. Outside text only ever
// appears inside a code span or a fenced block, where GitHub renders no links, images, mentions,
// headings or HTML; it is redacted first (the runner masks logs, not summaries or comments).

import { printable, splitLines } from './printable.ts'
import type { Redactor } from './redact.ts'

export interface Markdown {
  /** An inline code span holding the value exactly. */
  code(value: string): string
  /** A fenced code block holding a text of several lines; `language` is ours, never outside text. */
  fenced(text: string, language?: 'json'): string
}

export function markdown(redactor: Redactor): Markdown {
  return {
    code: (value) => codeSpan(printable(redactor.redact(value))),
    fenced: (text, language) => fencedBlock(splitLines(redactor.redact(text)).map(printable), language),
  }
}

function longestRun(text: string, char: string): number {
  let longest = 0
  let run = 0
  for (const c of text) {
    run = c === char ? run + 1 : 0
    longest = Math.max(longest, run)
  }
  return longest
}

function codeSpan(text: string): string {
  if (text === '') return '*(empty)*'
  const fence = '`'.repeat(longestRun(text, '`') + 1)
  // CommonMark strips one blank from each side when both have one; pad so the value survives.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

function fencedBlock(lines: string[], language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(lines.join('\n'), '`') + 1))
  return [`${fence}${language}`, ...lines, fence].join('\n')
}

/**
 * A table cell of trusted Markdown (which may hold code spans): a `|` would end the cell even
 * inside a code span, and a line break would end the row.
 */
export function cell(text: string): string {
  return splitLines(text).map(escapePipes).join('<br>')
}

/**
 * Every `|` escaped, and the backslashes before it doubled so that the pipe's own escape is never
 * undone. One pass over the text (a regular expression here backtracked on long backslash runs).
 */
function escapePipes(line: string): string {
  let out = ''
  let slashes = 0
  for (const c of line) {
    if (c === '\\') {
      slashes++
      continue
    }
    out += c === '|' ? `${'\\'.repeat(slashes * 2)}\\|` : `${'\\'.repeat(slashes)}${c}`
    slashes = 0
  }
  return out + '\\'.repeat(slashes)
}
