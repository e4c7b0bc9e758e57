// The Markdown sink, for the job summary and the pull-request comment. Untrusted text only ever
// appears inside a code span or a fenced block, where GitHub renders no links, images, mentions,
// headings or HTML; it is redacted first (the runner masks logs, not summaries or comments).

import { printable, splitLines } from './printable.ts'
import type { Redactor } from './redact.ts'
import { CODE_WIDTH, columns, wrap } from './wrap.ts'

/** One line of a ```diff block: `+` (in the file), `-` (in Globus Auth) or ` ` (context). */
export interface DiffLine {
  marker: '+' | '-' | ' '
  /** Ours, never untrusted text: indentation and a field name, e.g. `  description: `. */
  label: string
  /** Untrusted text after the label (a JSON value, a scope string), whole: it is redacted whole. */
  value?: string
}

export interface Markdown {
  /** An inline code span holding the value exactly. */
  code(value: string): string
  /**
   * A fenced code block holding a text of several lines; `language` is ours, never untrusted text.
   * A `text` block is prose from outside (an error): its long lines are wrapped. A `json` block
   * is kept as it is, to be copied.
   */
  fenced(text: string, language?: 'json' | 'text'): string
  /** A ```diff block, each value on the label's line when it fits, else wrapped on lines of its own. */
  diff(lines: DiffLine[]): string
  /** A link with our own words to a URL of our making; any other URL stands as code instead. */
  link(label: string, url: string): string
}

export function markdown(redactor: Redactor): Markdown {
  const safe = (text: string) => printable(redactor.redact(text))
  return {
    code: (value) => codeSpan(safe(value)),
    fenced: (text, language) => {
      const lines = splitLines(redactor.redact(text)).map(printable)
      return fencedBlock(language === 'text' ? lines.flatMap((line) => wrap(line, CODE_WIDTH)) : lines, language)
    },
    diff: (lines) =>
      fencedBlock(
        lines.flatMap((line) => diffLines(line, line.value === undefined ? undefined : safe(line.value))),
        'diff',
      ),
    link: (label, url) => (SAFE_URL.test(url) ? `[${label}](${url})` : `${label} (${codeSpan(safe(url))})`),
  }
}

// HTTPS, a host name, and a path of unreserved characters: nothing Markdown or HTML reads.
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~-]+)*\/?$/

/**
 * The label and its value on one line when it fits (in columns, as wrap() counts: a wide character
 * takes two); else the value on lines of its own, indented.
 */
function diffLines({ marker, label }: DiffLine, value: string | undefined): string[] {
  const head = `${marker} ${label}`
  if (value === undefined) return [head.trimEnd()]
  if (columns(head) + columns(value) <= CODE_WIDTH) return [`${head}${value}`]
  const indent = ' '.repeat(label.length - label.trimStart().length + (label.trim() ? 2 : 0))
  const lead = `${marker} ${indent}`
  const body = wrap(value, CODE_WIDTH - columns(lead)).map((chunk) => `${lead}${chunk}`)
  return label.trim() ? [head.trimEnd(), ...body] : body
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

function fencedBlock(lines: string[], language: 'json' | 'text' | 'diff' | '' = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(lines.join('\n'), '`') + 1))
  return [`${fence}${language}`, ...lines, fence].join('\n')
}
