// How Markdown the action writes reads at a pull request's width (a comment is about 780 px):
// rendered as GitHub does (GitHub-flavoured, as marked reads it), nothing may scroll sideways.
import { marked, type Token, type Tokens } from 'marked'
import { columns } from '../src/text/wrap.ts'

/** Characters of code that fit one line of a code block at 780 px, with some slack. */
const MAX_CODE_LINE = 110

/**
 * What would not fit: code lines too long, wide three-column tables, empty header rows. With
 * `jsonMayScroll`, a ```json block is left out: a JSON string cannot be wrapped and stay the same
 * file, so a file to copy whole may scroll on its long lines (and only there).
 */
export function widthProblems(md: string, { jsonMayScroll = false } = {}): string[] {
  const problems: string[] = []
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code' && !(jsonMayScroll && (token as Tokens.Code).lang === 'json')) {
        for (const line of (token as Tokens.Code).text.split('\n')) {
          if (columns(line) > MAX_CODE_LINE)
            problems.push(`code line of ${columns(line)} columns: ${line.slice(0, 60)}…`)
        }
      }
      if (token.type === 'table') {
        const table = token as Tokens.Table
        if (table.header.every((cell) => cell.text.trim() === '')) problems.push('a table with an empty header row')
        for (const row of table.rows) {
          const text = row.map((cell) => cell.text).join(' ')
          if (row.length >= 3 && columns(text) > MAX_CODE_LINE)
            problems.push(`a table row of ${columns(text)} columns: ${text.slice(0, 60)}…`)
        }
      }
      const nested = (token as { tokens?: Token[]; items?: Token[] }).tokens ?? (token as { items?: Token[] }).items
      if (nested) visit(nested)
    }
  }
  visit(marked.lexer(md, { gfm: true }))
  return problems
}
