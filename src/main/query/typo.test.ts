import { describe, expect, it } from 'vitest'
import { startsWithinOneEdit } from './typo'

describe('startsWithinOneEdit', () => {
  it('forgives one typo at the start of a token: swapped, changed, added or left out', () => {
    for (const term of ['mogao', 'mogoa', 'mogau', 'mgao', 'moggao', 'omgao', 'mogaox'])
      expect(startsWithinOneEdit(term, 'mogao'), term).toBe(true)
    expect(startsWithinOneEdit('mogoa', 'mogaoku')).toBe(true)
  })

  it('does not forgive two', () => {
    for (const term of ['magoa', 'mxgxo', 'omgoa', 'moxxo', 'caves'])
      expect(startsWithinOneEdit(term, 'mogao'), term).toBe(false)
  })
})
