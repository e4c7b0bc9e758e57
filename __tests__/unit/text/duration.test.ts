import { describe, expect, it } from 'vitest'
import { seconds } from '../../../src/text/duration.ts'

describe('seconds', () => {
  it('says a duration as people read it, never a time limit of 0.0 s', () => {
    expect([0, 10, 49, 50, 200, 1_500, 9_949, 12_000, 120_000].map(seconds)).toEqual([
      '0 ms',
      '10 ms',
      '49 ms',
      '0.1 s',
      '0.2 s',
      '1.5 s',
      '9.9 s',
      '12 s',
      '120 s',
    ])
  })
})
