// Code lines counted in the columns a monospace font draws: wide characters take two.
import { expect, it } from 'vitest'
import { columns, wrap } from '../../../src/text/wrap.ts'

it('wraps wide characters at half as many, so no line draws past the width', () => {
  expect(columns('ab')).toBe(2)
  expect(columns('漢字')).toBe(4)
  expect(columns('ｆｕｌｌ😀')).toBe(10)
  const lines = wrap('説明'.repeat(200), 96)
  expect(lines.every((line) => columns(line) <= 96)).toBe(true)
  expect(lines.join('')).toBe('説明'.repeat(200))
})
