/**
 * The records of a record file, parsed one at a time. A file in the canonical form
 * (as the store writes it: `{ "records": [...] }`, two-space indentation) is cut at its record
 * boundaries and each record parsed on its own, so that records die young (cheap for the
 * garbage collector) when the caller keeps none of them. A cut is used only when the whole text
 * is exactly the head, the pieces separated by commas, and the tail, and every piece parses: then
 * the pieces are the very records a parse of the whole text would give. Any other layout (a
 * minified file, a hand edit, a byte-order mark) answers undefined: parse it whole.
 */
import type { ByteReader } from './fs/disk'
import { decodeUtf8 } from './strict-utf8'

const HEAD = '{\n  "records": ['
const RECORD_START = '\n    {'
const RECORD_END = '\n    }'
const TAIL = /^\n {2}\]\n\}\n?$/
const EMPTY = /^\{\n {2}"records": \[\]\n\}\n?$/

export function canonicalRecordPieces(text: string): string[] | undefined {
  if (EMPTY.test(text)) return []
  if (!text.startsWith(HEAD)) return undefined
  const pieces: string[] = []
  let at = HEAD.length
  for (;;) {
    if (!text.startsWith(RECORD_START, at)) return undefined
    const end = text.indexOf(RECORD_END, at + RECORD_START.length)
    if (end < 0) return undefined
    pieces.push(text.slice(at, end + RECORD_END.length))
    at = end + RECORD_END.length
    if (text.charCodeAt(at) !== 44 /* , */) break
    at += 1
  }
  return TAIL.test(text.slice(at)) ? pieces : undefined
}

/** Parses one piece; undefined when it is not a whole JSON object (the caller parses the file whole). */
export function parsePiece(piece: string): object | undefined {
  try {
    const value = JSON.parse(piece) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Bytes read at a time: large enough for few reads, small enough that no whole file is held. */
const CHUNK_BYTES = 4 * 1024 * 1024

const HEAD_BYTES = Buffer.from(HEAD)
const START_BYTES = Buffer.from(RECORD_START)
const END_BYTES = Buffer.from(RECORD_END)
/** What may follow the last record, or the head of an empty file, up to the end of the file. */
const TAILS = ['\n  ]\n}', '\n  ]\n}\n']
const EMPTY_TAILS = [']\n}', ']\n}\n']

/** A window on a file's bytes, read forward as needed; bytes before `at` are done with. */
class Window {
  private bytes = Buffer.alloc(0)
  private length = 0
  at = 0
  private ended = false

  constructor(
    private readonly reader: ByteReader,
    /** Bytes to read at a time: less than CHUNK_BYTES for a small file (a shard), so as not to allocate 4 MB for it. */
    private readonly chunk = CHUNK_BYTES,
  ) {}

  get buffer(): Buffer {
    return this.bytes
  }

  get end(): number {
    return this.length
  }

  /** Reads on until at least `count` bytes from `at` are there; false when the file ends first. */
  async want(count: number): Promise<boolean> {
    while (this.length - this.at < count) if (!(await this.more())) return false
    return true
  }

  /**
   * Reads more after the bytes not yet done with, into the room left, or into a new buffer
   * (those bytes moved to its start, `at` then 0) when little is left; false at the end of the file.
   */
  async more(): Promise<boolean> {
    if (this.ended) return false
    if (this.bytes.length - this.length < this.chunk / 4) {
      const kept = this.length - this.at
      const next = Buffer.allocUnsafe(kept + this.chunk)
      this.bytes.copy(next, 0, this.at, this.length)
      this.bytes = next
      this.at = 0
      this.length = kept
    }
    const read = await this.reader.read(this.bytes, this.length, this.bytes.length - this.length)
    this.length += read
    if (read === 0) this.ended = true
    return read > 0
  }

  /** Whether the bytes from `at` are exactly `text` and then the end of the file. */
  async restIs(texts: string[]): Promise<boolean> {
    const longest = Math.max(...texts.map((t) => t.length))
    while ((await this.more()) && this.length - this.at <= longest);
    const rest = this.bytes.toString('latin1', this.at, this.length)
    return this.ended && texts.includes(rest)
  }

  startsWith(bytes: Buffer, at = this.at): boolean {
    return this.bytes.compare(bytes, 0, bytes.length, at, at + bytes.length) === 0
  }
}

/**
 * Bytes to read at a time for a file of about `size` bytes: the whole file and room to spare
 * (a quarter, so that the read that finds the end needs no new buffer), up to CHUNK_BYTES.
 * Thousands of small shards each given a 4 MB buffer would make gigabytes of garbage.
 */
function chunkFor(size: number | undefined): number {
  if (size === undefined) return CHUNK_BYTES
  return Math.min(CHUNK_BYTES, Math.ceil((size * 4) / 3) + 4096)
}

/**
 * Cuts a record file's bytes into its records' texts as they are read, without holding the
 * whole file: yields the texts a chunk at a time (empty lists when `decode` is false), and
 * returns whether the whole file is in the canonical form (false at the first byte that is not,
 * after which nothing more is read). The caller parses each text (`parsePiece`).
 */
export async function* canonicalPiecesOf(
  reader: ByteReader,
  decode = true,
  sizeHint?: number,
): AsyncGenerator<string[], boolean> {
  const window = new Window(reader, chunkFor(sizeHint))
  if (!(await window.want(HEAD_BYTES.length)) || !window.startsWith(HEAD_BYTES)) return false
  window.at += HEAD_BYTES.length
  if (!(await window.want(START_BYTES.length))) return window.restIs(EMPTY_TAILS)
  if (!window.startsWith(START_BYTES)) return window.restIs(EMPTY_TAILS)
  let batch: string[] = []
  for (;;) {
    // One record: from its start to the first closing brace at its indentation.
    let from = window.at + START_BYTES.length
    let end = window.buffer.indexOf(END_BYTES, from)
    while (end < 0 || end + END_BYTES.length >= window.end) {
      // The record (or the byte after it) goes on in bytes not read yet.
      if (batch.length > 0) yield batch
      batch = []
      const done = window.end - window.at
      if (!(await window.more())) return false
      from = window.at + Math.max(START_BYTES.length, done - END_BYTES.length)
      end = window.buffer.indexOf(END_BYTES, from)
    }
    const after = end + END_BYTES.length
    if (decode) {
      // Bytes that are not UTF-8: not canonical; the whole read refuses them, naming the offset.
      const piece = decodeUtf8(window.buffer.subarray(window.at, after))
      if (piece === undefined) return false
      batch.push(piece)
    }
    window.at = after
    if (window.buffer[after] !== 44 /* , */) break
    window.at += 1
    if (!(await window.want(START_BYTES.length)) || !window.startsWith(START_BYTES)) {
      if (batch.length > 0) yield batch
      return false
    }
  }
  if (batch.length > 0) yield batch
  return window.restIs(TAILS)
}
