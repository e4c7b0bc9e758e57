// The README's inputs and outputs tables, generated from action.yml so the two never disagree:
// `npm run docs` rewrites what stands between each pair of markers, and a test fails on drift.
import { parse } from 'yaml'
import { z } from 'zod'
import { splitLines } from '../text/printable.ts'

export const ACTION_FILE = 'action.yml'
export const README_FILE = 'README.md'

const ActionMetadataSchema = z.object({
  inputs: z.record(
    z.string(),
    z.object({ description: z.string(), required: z.boolean().optional(), default: z.string().optional() }),
  ),
  outputs: z.record(z.string(), z.object({ description: z.string() })),
})
type ActionMetadata = z.infer<typeof ActionMetadataSchema>

export function readActionMetadata(yaml: string): ActionMetadata {
  return ActionMetadataSchema.parse(parse(yaml))
}

/** The generated sections, by the name their markers carry. */
const SECTIONS = ['inputs', 'outputs'] as const
type Section = (typeof SECTIONS)[number]

export const startMarker = (section: Section) =>
  `<!-- ${section}: written by \`npm run docs\` from ${ACTION_FILE}; edit ${ACTION_FILE}, not this table -->`
export const endMarker = (section: Section) => `<!-- end of ${section} -->`

/** A code span as Markdown reads one: a run of backticks, then text, then a run of the same length. */
const CODE_SPAN = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g

/**
 * A description of action.yml as a table cell: its code spans (backticks, `` `x` `` or ``` `` x `` ```)
 * kept, a `<` outside them shown as itself rather than read as HTML, a `|` escaped (cell()).
 */
function described(text: string): string {
  const trimmed = text.trim()
  const asText = (part: string) => part.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
  let markdown = ''
  let from = 0
  for (const span of trimmed.matchAll(CODE_SPAN)) {
    markdown += asText(trimmed.slice(from, span.index)) + span[0]
    from = span.index + span[0].length
  }
  return cell(markdown + asText(trimmed.slice(from)))
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

/** A table with its columns padded to one width, as the formatter (`npm run format`) leaves it. */
function table(head: string[], rows: string[][]): string {
  const width = (text: string) => [...text].length
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))))
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join(' | ')} |`
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}

function sectionText(metadata: ActionMetadata, section: Section): string {
  if (section === 'outputs') {
    const rows = Object.entries(metadata.outputs).map(([name, o]) => [`\`${name}\``, described(o.description)])
    return table(['output', 'value'], rows)
  }
  const rows = Object.entries(metadata.inputs).map(([name, input]) => [
    `\`${name}\``,
    input.required ? 'required' : input.default ? cell(`\`${input.default}\``) : 'empty',
    described(input.description),
  ])
  return table(['input', 'default', 'meaning'], rows)
}

/** The README with each generated section written anew from action.yml. */
export function renderReadme(readme: string, actionYaml: string): string {
  const metadata = readActionMetadata(actionYaml)
  let text = readme
  for (const section of SECTIONS) {
    const [start, end] = [startMarker(section), endMarker(section)]
    const from = text.indexOf(start)
    const to = text.indexOf(end, from)
    if (from < 0 || to < 0) throw new Error(`${README_FILE} has no ${section} section: put ${start} and ${end} in it`)
    const written = sectionText(metadata, section)
    // A marker in a description's code span would end the table there on the next run.
    const marker = SECTIONS.flatMap((s) => [startMarker(s), endMarker(s)]).find((m) => written.includes(m))
    if (marker) throw new Error(`${ACTION_FILE}: a description holds ${marker}, a marker of ${README_FILE}; reword it`)
    text = `${text.slice(0, from + start.length)}\n\n${written}\n\n${text.slice(to)}`
  }
  return text
}
