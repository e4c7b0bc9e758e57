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

it('counts a combining mark as no column: it draws on the letter before it', () => {
  expect(columns('e\u0301')).toBe(1)
  expect(columns('Vi\u1ec7t')).toBe(4)
  expect(columns('Vie\u0323\u0302t')).toBe(4)
  const lines = wrap('a\u0301\u0302'.repeat(100), 10)
  expect(lines.map(columns)).toEqual(Array(10).fill(10))
  // A line never starts with a mark torn from its letter.
  for (const line of lines) expect(line).toMatch(/^a/)
})
