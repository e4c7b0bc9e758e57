// Where two texts first differ, by character, and the code points of look-alikes.
import { describe, expect, it } from 'vitest'
import { alone, codePoint, firstDifference } from '../../../src/text/difference.ts'

describe('firstDifference', () => {
  it('is undefined for the same text, and counts characters from 1', () => {
    expect(firstDifference('action_all', 'action_all')).toBeUndefined()
    expect(firstDifference('acton_all', 'action_all')).toEqual({ at: 4, given: 'o', wanted: 'i', alsoAt: [] })
  })

  it('says which text ends first', () => {
    expect(firstDifference('action_al', 'action_all')).toEqual({ at: 10, given: undefined, wanted: 'l', alsoAt: [] })
    expect(firstDifference('action_all2', 'action_all')).toEqual({ at: 11, given: '2', wanted: undefined, alsoAt: [] })
  })

  it('counts a character beyond U+FFFF as one, and never splits it', () => {
    expect(firstDifference('a\u{1d5ae}c', 'a\u{1d5ae}d')).toMatchObject({ at: 3, given: 'c', wanted: 'd' })
    expect(firstDifference('a\u{1d5ae}', 'a\u{1d5af}')).toMatchObject({
      at: 2,
      given: '\u{1d5ae}',
      wanted: '\u{1d5af}',
    })
  })

  it('lists further non-ASCII substitutions, at most three, only where the texts line up', () => {
    expect(firstDifference('gl\u043ebus \u0430ll', 'globus all')?.alsoAt).toEqual([8])
    // An ASCII difference further on is not a look-alike.
    expect(firstDifference('gl\u043ebus ball', 'globus call')?.alsoAt).toEqual([])
    expect(firstDifference('\u0430\u0430\u0430\u0430\u0430', 'aaaaa')?.alsoAt).toEqual([2, 3, 4])
    expect(firstDifference('\u0430bc', 'abcd')?.alsoAt).toEqual([])
  })
})

describe('codePoint', () => {
  it('names the code point and its script', () => {
    expect(codePoint('\u043e')).toBe('U+043E, Cyrillic')
    expect(codePoint('o')).toBe('U+006F, Latin')
    expect(codePoint('\u03bf')).toBe('U+03BF, Greek')
    expect(codePoint('\uff4f')).toBe('U+FF4F, Latin')
    expect(codePoint('\u{1d5ae}')).toBe('U+1D5AE, Common')
    expect(codePoint('\u0301')).toBe('U+0301, Inherited')
  })
})

describe('alone', () => {
  it('puts a combining mark on a dotted circle, and leaves any other character as it is', () => {
    expect(alone('\u0301')).toBe('\u25cc\u0301')
    expect(alone('\u093f')).toBe('\u25cc\u093f')
    expect([alone('o'), alone('\u043e'), alone('\u{1d41a}'), alone('"')]).toEqual(['o', '\u043e', '\u{1d41a}', '"'])
  })
})
