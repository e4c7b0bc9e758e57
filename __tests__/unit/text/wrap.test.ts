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

it('breaks a URL or a list without a blank after a separator, never inside an id', () => {
  const id = '7a465fa9-9d50-4959-80e3-021e43925d7b'
  const url = `answered 401 UNAUTHORIZED to GET /v2/api/scopes?scope_strings=https://auth.globus.org/scopes/${id}/action_all,https://h/scopes/${id}/x`
  // A list or query separator before a path's, each in the second half of the line.
  expect(wrap(url, 96)).toEqual([
    'answered 401 UNAUTHORIZED to GET /v2/api/scopes?',
    `scope_strings=https://auth.globus.org/scopes/${id}/action_all,`,
    `https://h/scopes/${id}/x`,
  ])
  expect(wrap(`x/${'a'.repeat(12)}`, 10)).toEqual(['x/aaaaaaaa', 'aaaa'])
  expect(wrap(`xxxxxx/${'a'.repeat(12)}`, 10)).toEqual(['xxxxxx/', 'aaaaaaaaaa', 'aa'])
})
