// What the boundary properties assert, as the runner and GitHub would read the action's output.
import { marked } from 'marked'
import { DEVELOPER_SETTINGS_URL } from '../../src/globus/errors.ts'
import { WINDOW } from '../../src/text/redact.ts'
import { SENTINEL } from './hostile.ts'

/** Commands the action means to send; the toolkit writes and escapes them. */
const MEANT = /^::(add-mask|debug|error|warning|notice)( [^:]*)?::/

/**
 * Lines the runner would take for a workflow command the action did not mean. The runner reads
 * stdout and stderr alike, split at \r and \n: a line is a command when, after leading blanks, it
 * starts with `::name::`, or (the legacy form) when it holds `##[` anywhere.
 */
export function forgedCommands(stream: string): string[] {
  return stream.split(/\r\n|\r|\n/).filter((line) => {
    if (line.includes('##[')) return true
    const text = line.trimStart()
    if (!text.startsWith('::')) return false
    if (!MEANT.test(text)) return /^::[^:\s]*( [^:]*)?::/.test(text)
    // A meant command whose message is a forgery the action printed from untrusted text.
    return text.replace(MEANT, '').startsWith(SENTINEL)
  })
}

const SAFE_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'blockquote',
  'em',
  'strong',
  'ul',
  'li',
  'details',
  'summary',
])

/** The links the action writes, in its own words: to its own workflow run, and where secrets are made. */
const RUN_LINK =
  /<a href="https:\/\/[a-z0-9.-]+(:[0-9]+)?\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+\/actions\/runs\/[0-9]+">this workflow run<\/a>/g
const SETTINGS_LINK = new RegExp(`<a href="${DEVELOPER_SETTINGS_URL}">${DEVELOPER_SETTINGS_URL}</a>`, 'g')

/**
 * What of a Markdown text would render live from untrusted text (GitHub-flavoured, as marked reads
 * it): any tag but the few the action writes (a link only to its own run), and the sentinel
 * anywhere outside code.
 */
export function liveMarkdown(md: string): string[] {
  const html = marked.parse(md, { gfm: true, async: false })
  const outsideCode = html
    .replace(/<pre>[\s\S]*?<\/pre>/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(RUN_LINK, '')
    .replace(SETTINGS_LINK, '')
  const problems = [...outsideCode.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)]
    .map((m) => m[1]?.toLowerCase() ?? '')
    .filter((tag) => !SAFE_TAGS.has(tag))
    .map((tag) => `tag <${tag}>`)
  if (outsideCode.includes(SENTINEL)) problems.push(`${SENTINEL} outside code: ${outsideCode.slice(0, 300)}`)
  if (/<!--/.test(outsideCode)) problems.push('an HTML comment')
  return problems
}

/** Pieces of a credential long enough to count (past a public prefix, such as the client id). */
export function windows(value: string, publicPrefix = 0): string[] {
  if (value.length < WINDOW) return []
  const out: string[] = []
  for (let start = Math.max(0, publicPrefix - WINDOW + 1); start + WINDOW <= value.length; start++) {
    out.push(value.slice(start, start + WINDOW))
  }
  return out
}

export function leaks(text: string, pieces: string[]): string[] {
  return pieces.filter((piece) => text.includes(piece))
}

/** GITHUB_OUTPUT as the runner reads it: `name<<delimiter`, value lines, the delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const end = lines.indexOf(match[2] ?? '', i + 1)
    outputs[match[1] ?? ''] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}
