/**
 * Loose objects read in one piece (objects.ts `inflateLoose`): the object's own size sizes the
 * inflate. Whatever the bytes (a sound object, a header that lies about its size, a header that
 * is not one, a truncated stream), the answer is what zlib's plain inflate gives, or its error.
 */
import { deflateSync, inflateSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inflateLoose } from '../../src/main/team/git/objects'

const deflate = (text: string | Buffer) => deflateSync(text, { level: 1 })
const outcome = (inflate: () => Buffer) => {
  try {
    return { bytes: inflate().toString('latin1') }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

describe('inflateLoose', () => {
  it('gives the bytes zlib gives, for sound objects and damaged ones', () => {
    const body = fc.string({ maxLength: 3000 })
    const header = fc.oneof(
      body.map((b) => `blob ${Buffer.byteLength(b)}\0`),
      fc.nat({ max: 10_000 }).map((n) => `blob ${n}\0`),
      fc.constantFrom('blob 99999999999999999999\0', 'blob -4\0', 'blob x\0', 'no header', ''),
    )
    fc.assert(
      fc.property(header, body, fc.nat({ max: 4 }), (head, rest, cut) => {
        const deflated = deflate(`${head}${rest}`)
        const bytes = cut === 0 ? deflated : deflated.subarray(0, Math.max(1, deflated.length - cut * 3))
        expect(outcome(() => inflateLoose(bytes))).toEqual(outcome(() => inflateSync(bytes)))
      }),
    )
  })
})
