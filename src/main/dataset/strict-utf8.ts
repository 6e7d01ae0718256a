import { isUtf8 } from 'node:buffer'
import { CuratorError } from './errors'

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (as the WHATWG
 * decoder judges it: no overlong forms, no surrogates, nothing above U+10FFFF), or -1. Only run
 * once `isUtf8` has said no, to name where.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i += 1
      continue
    }
    const follow = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1
    if (lead < 0xc2 || lead > 0xf4 || i + follow > bytes.length - 1) return i
    const second = bytes[i + 1] as number
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf]
    if (second < low || second > high) return i
    for (let k = 2; k <= follow; k += 1) {
      const next = bytes[i + k] as number
      if (next < 0x80 || next > 0xbf) return i
    }
    i += follow + 1
  }
  return -1
}

/**
 * Decodes bytes that must be UTF-8; undefined when they are not (the caller names the file and
 * `invalidUtf8Offset`). Never replaces a bad byte with U+FFFD: a file the app rewrites must say
 * exactly what it said when read.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes)
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
    : undefined
}

/**
 * A dataset file's text, decoded strictly: a byte that is not UTF-8 refuses the file, naming it
 * and the byte's offset (a lenient decode would turn it into U+FFFD, and the next compaction would
 * write that over what the file said).
 */
export function decodeFileText(bytes: Uint8Array, file: string): string {
  const text = decodeUtf8(bytes)
  if (text !== undefined) return text
  const problem = `is not valid UTF-8: byte ${invalidUtf8Offset(bytes)} is not part of a UTF-8 character`
  throw new CuratorError('VALIDATION', `${file} ${problem}.`, [
    { path: '', message: `${file} ${problem}.`, rule: 'file.encoding', severity: 'error', file },
  ])
}
