// What GitHub limits, cut at a line end and said: an open code block is closed before the note.
import { marked } from 'marked'
import { expect, it } from 'vitest'
import { bounded } from '../../../src/report/github-limits.ts'

it('closes a code block the cut leaves open, so the note and the rest are not code', () => {
  const text = [
    '## heading',
    '',
    '```diff',
    ...Array.from({ length: 2000 }, (_, i) => `+ line ${i}`),
    '```',
    '',
    '- fact',
  ].join('\n')
  const cut = bounded(text, 4096)
  expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(4096)
  expect(cut.endsWith('```\n\n*(truncated)*\n')).toBe(true)
  expect(marked.parse(cut, { async: false })).toContain('<em>(truncated)</em>')
  // Nothing to cut: as it was.
  expect(bounded('short\n', 4096)).toBe('short\n')
})
