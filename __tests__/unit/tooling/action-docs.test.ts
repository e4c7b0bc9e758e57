// The README's tables from action.yml: every input and output as declared, descriptions as
// Markdown that cannot break a table or hide text as HTML, the rest of the README untouched.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdown } from '../../../src/text/markdown.ts'
import { Redactor } from '../../../src/text/redact.ts'
import { cell, endMarker, renderReadme, startMarker } from '../../../src/tooling/action-docs.ts'
import { liveMarkdown } from '../../../test-support/boundary/checks.ts'

const action = `
inputs:
  client_id:
    description: The id. It owns the scope.
    required: true
  mode:
    description: >-
      \`ensure\` or \`verify\`; a | pipe, and <b>not bold</b> but \`<kept>\` in code.
    default: ensure
  environment:
    description: Empty means production.
    default: ""
  token:
    description: A token.
    default: \${{ github.token }}
outputs:
  status:
    description: What happened.
`
const readme = (tables = '') =>
  `# Title\n\nBefore.\n\n${startMarker('inputs')}\n${tables}${endMarker('inputs')}\n\nBetween.\n\n${startMarker('outputs')}\n${endMarker('outputs')}\n\nAfter.\n`

/** The tables without their padding. */
const unpadded = (text: string) => text.replace(/ +\|/g, ' |').replace(/-{3,}/g, '---')

describe('renderReadme', () => {
  const rendered = renderReadme(readme(), action)

  it('writes a row for each input and output, with its default, between the markers only', () => {
    expect(unpadded(rendered)).toContain(
      [
        '| input | default | meaning |',
        '| --- | --- | --- |',
        '| `client_id` | required | The id. It owns the scope. |',
        '| `mode` | `ensure` | `ensure` or `verify`; a \\| pipe, and &lt;b>not bold&lt;/b> but `<kept>` in code. |',
        '| `environment` | empty | Empty means production. |',
        `| \`token\` | \`\${{ github.token }}\` | A token. |`,
      ].join('\n'),
    )
    expect(unpadded(rendered)).toContain('| output | value |\n| --- | --- |\n| `status` | What happened. |')
    expect(rendered.startsWith('# Title\n\nBefore.\n\n')).toBe(true)
    expect(rendered).toContain('\n\nBetween.\n\n')
    expect(rendered.endsWith('\n\nAfter.\n')).toBe(true)
  })

  it('pads each column to one width, as the formatter leaves a table', () => {
    const rows = rendered.split('\n').filter((line) => line.startsWith('| '))
    const inputs = rows.slice(0, 6)
    expect(new Set(inputs.map((row) => row.length)).size).toBe(1)
    expect(inputs[1]).toMatch(/^\| -+ \| -+ \| -+ \|$/)
  })

  it('writes the same again, whatever stood between the markers, so a drift is a difference', () => {
    expect(renderReadme(rendered, action)).toBe(rendered)
    expect(renderReadme(readme('| stale | table |\n'), action)).toBe(rendered)
  })

  it('picks up an input added to action.yml with no other change', () => {
    const more = action.replace(
      'outputs:',
      '  caller_check:\n    description: A new input.\n    default: "on"\noutputs:',
    )
    expect(unpadded(renderReadme(rendered, more))).toContain('| `caller_check` | `on` | A new input. |')
  })

  it('keeps a code span of two backticks whole, and the text around it shown as text', () => {
    const doubled = action.replace('The id. It owns the scope.', '"``<b>` x`` and <b>y</b>"')
    expect(unpadded(renderReadme(readme(), doubled))).toContain(
      '| `client_id` | required | ``<b>` x`` and &lt;b>y&lt;/b> |',
    )
  })

  it('refuses a description that holds a marker, which would end the table early on the next run', () => {
    const marked = action.replace('What happened.', `"\`${endMarker('inputs')}\`"`)
    expect(() => renderReadme(readme(), marked)).toThrow(
      'action.yml: a description holds <!-- end of inputs -->, a marker of README.md; reword it',
    )
  })

  it('says which markers are missing', () => {
    expect(() => renderReadme('# Title\n', action)).toThrow(/README\.md has no inputs section: put <!-- inputs: /)
  })

  it('refuses an action.yml without the shape it reads', () => {
    expect(() => renderReadme(readme(), 'inputs: []\n')).toThrow()
  })
})

describe('table cells', () => {
  it('escape every pipe, however many backslashes stand before it', () => {
    expect(cell('a|b')).toBe('a\\|b')
    expect(cell('a\\|b')).toBe('a\\\\\\|b')
    expect(cell('a\\b')).toBe('a\\b')
    expect(cell('end\\')).toBe('end\\')
  })

  it('stay one cell with any value in a code span (GitHub-flavoured, as marked reads it)', () => {
    const md = markdown(new Redactor())
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const table = `| a | b |\n|---|---|\n| ${cell(md.code(`${value}|FORGED`))} | x |\n`
        expect(liveMarkdown(table)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
