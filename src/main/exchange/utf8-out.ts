/**
 * Text written as UTF-8 straight into fixed buffers that go to their file as each fills: an
 * export never holds a whole file, as bytes or as a JavaScript string, and the strings it makes
 * per cell or per record die young, which the garbage collector handles cheaply.
 */

/** Bytes per buffer handed to the file at a time. */
export const CHUNK_BYTES = 1 << 20

/** Where filled buffers go: `bytes` of `buffer` from its start; `release` hands it back for reuse. */
type ChunkSink = (buffer: Buffer, bytes: number) => void

/** Buffers that have been written out, ready to be filled again. */
export class BufferPool {
  private readonly free: Buffer[] = []

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES)
  }

  release(buffer: Buffer): void {
    if (buffer.length === CHUNK_BYTES && this.free.length < 8) this.free.push(buffer)
  }
}

/** True for a UTF-16 high surrogate, the first half of a pair. */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

export class Utf8Out {
  private buffer: Buffer
  private used = 0
  /** Bytes handed to the sink so far. */
  private sealed = 0
  /** Set when a buffer was handed on since the producer last looked (`takeDue`). */
  private due = false

  constructor(
    private readonly sink: ChunkSink,
    private readonly pool: BufferPool,
  ) {
    this.buffer = pool.take()
  }

  /** Bytes written so far. */
  get size(): number {
    return this.sealed + this.used
  }

  /**
   * True once after each buffer handed on: the producer's cue to let the event loop run (a
   * cancel, other calls to main) and the disk catch up.
   */
  takeDue(): boolean {
    const due = this.due
    this.due = false
    return due
  }

  /** One ASCII byte. */
  byte(code: number): void {
    if (this.used === this.buffer.length) this.seal()
    this.buffer[this.used] = code
    this.used += 1
  }

  /** Any text, as UTF-8 (a lone surrogate becomes U+FFFD, as Buffer.from does). */
  text(text: string): void {
    let from = 0
    while (from < text.length) {
      // A UTF-16 code unit takes at most 3 bytes: write what surely fits, never half a pair.
      let room = Math.floor((this.buffer.length - this.used) / 3)
      if (room < 2) {
        this.seal()
        room = Math.floor(this.buffer.length / 3)
      }
      let to = Math.min(text.length, from + room)
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1
      this.used += this.buffer.write(
        from === 0 && to === text.length ? text : text.slice(from, to),
        this.used,
      )
      from = to
    }
  }

  /**
   * Copies `text` as UTF-8 unless it holds an ASCII character marked in `stop` (then writes
   * nothing and answers false), in one pass: the common case of a cell that needs no quoting.
   */
  copyUnless(text: string, stop: Uint8Array): boolean {
    const length = text.length
    if (length * 3 > this.buffer.length - this.used) {
      if (length * 3 > this.buffer.length) return this.copyLongUnless(text, stop)
      this.seal()
    }
    const buffer = this.buffer
    let at = this.used
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i)
      if (code < 0x80) {
        if (stop[code] === 1) return false
        buffer[at++] = code
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6)
        buffer[at++] = 0x80 | (code & 0x3f)
      } else if (code >= 0xd800 && code <= 0xdfff) {
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
          buffer[at++] = 0xf0 | (point >> 18)
          buffer[at++] = 0x80 | ((point >> 12) & 0x3f)
          buffer[at++] = 0x80 | ((point >> 6) & 0x3f)
          buffer[at++] = 0x80 | (point & 0x3f)
          i += 1
        } else {
          buffer[at++] = 0xef // U+FFFD for a lone surrogate
          buffer[at++] = 0xbf
          buffer[at++] = 0xbd
        }
      } else {
        buffer[at++] = 0xe0 | (code >> 12)
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f)
        buffer[at++] = 0x80 | (code & 0x3f)
      }
    }
    this.used = at
    return true
  }

  /** A text too long for one buffer: checked first, then written in pieces. */
  private copyLongUnless(text: string, stop: Uint8Array): boolean {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i)
      if (code < 0x80 && stop[code] === 1) return false
    }
    this.text(text)
    return true
  }

  /** Hands the last, partly filled buffer on; the output takes nothing after. */
  end(): void {
    if (this.used > 0) {
      this.sealed += this.used
      this.sink(this.buffer, this.used)
    } else this.pool.release(this.buffer)
    this.buffer = Buffer.alloc(0)
    this.used = 0
  }

  private seal(): void {
    if (this.used === 0) return
    this.sealed += this.used
    this.sink(this.buffer, this.used)
    this.buffer = this.pool.take()
    this.used = 0
    this.due = true
  }
}
