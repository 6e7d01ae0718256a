import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalize } from '../dataset/canonical-json'
import { isCanonical } from './json-export'

describe('isCanonical', () => {
  it('says yes only when the value stringifies as its canonical copy does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        if (isCanonical(value)) expect(JSON.stringify(value)).toBe(JSON.stringify(canonicalize(value)))
      }),
    )
  })

  it('finds a key out of order at any depth', () => {
    expect(isCanonical({ id: 'a', name: { en: 'x', zh: 'y' }, status: 'draft' })).toBe(true)
    expect(isCanonical({ name: 'x', id: 'a' })).toBe(false)
    expect(isCanonical({ id: 'a', list: [{ b: 1, a: 2 }] })).toBe(false)
    expect(isCanonical({ id: 'a', name: { zh: 'y', en: 'x' } })).toBe(false)
  })
})
