import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BufferPool, CHUNK_BYTES, Utf8Out } from './utf8-out'

/** An output whose buffers are copied into memory as they are handed on. */
function collecting() {
  const pieces: Buffer[] = []
  const pool = new BufferPool()
  const out = new Utf8Out((buffer, bytes) => {
    pieces.push(Buffer.from(buffer.subarray(0, bytes)))
    pool.release(buffer)
  }, pool)
  return { out, bytes: () => (out.end(), Buffer.concat(pieces)), pieces }
}

const NONE = new Uint8Array(128)
/** Any UTF-16 code unit, so that texts hold lone surrogates too. */
const CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))

describe('Utf8Out', () => {
  it('writes any text as Buffer.from does, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: CODE_UNIT }))),
        (texts) => {
          const a = collecting()
          const b = collecting()
          for (const text of texts) {
            a.out.text(text)
            expect(b.out.copyUnless(text, NONE)).toBe(true)
          }
          const expected = Buffer.concat(texts.map((text) => Buffer.from(text, 'utf8')))
          expect(a.bytes().equals(expected)).toBe(true)
          expect(b.bytes().equals(expected)).toBe(true)
        },
      ),
    )
  })

  it('splits long texts across buffers without cutting a character', () => {
    // Pairs and three-byte characters land on every buffer boundary somewhere in 3 MB.
    const unit = 'a😀中é'
    const text = unit.repeat(Math.ceil((3 * CHUNK_BYTES) / 9))
    for (const write of ['text', 'copyUnless'] as const) {
      const sink = collecting()
      sink.out.byte(0x78)
      if (write === 'text') sink.out.text(text)
      else sink.out.copyUnless(text, NONE)
      for (let i = 0; i < 5000; i += 1) sink.out.copyUnless(unit, NONE)
      const bytes = sink.bytes()
      expect(sink.pieces.length).toBeGreaterThan(3)
      expect(bytes.equals(Buffer.from(`x${text}${unit.repeat(5000)}`))).toBe(true)
      expect(sink.out.size).toBe(bytes.length)
    }
  })

  it('copies nothing and answers false when the text holds a stop character', () => {
    const stop = new Uint8Array(128)
    stop[0x2c] = 1
    const sink = collecting()
    expect(sink.out.copyUnless('plain 中', stop)).toBe(true)
    expect(sink.out.copyUnless('a,b', stop)).toBe(false)
    expect(sink.out.copyUnless(`${'x'.repeat(CHUNK_BYTES)},`, stop)).toBe(false)
    expect(sink.bytes().toString()).toBe('plain 中')
  })
})
