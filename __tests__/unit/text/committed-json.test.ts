// JSON for a committed file: reads back as the same value, and holds nothing a reviewer cannot see.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { committedJson } from '../../../src/text/committed-json.ts'
import { printable } from '../../../src/text/printable.ts'

it('reads back as the same value for any text, with every character a reader cannot see escaped', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (name, description) => {
      const text = committedJson({ scope: { name, description } })
      expect(JSON.parse(text)).toEqual({ scope: { name, description } })
      // Line by line, the file is already what the log, the outputs and Markdown would show.
      for (const line of text.split('\n')) expect(printable(line)).toBe(line)
    }),
  )
})
