/**
 * A shard as its records' bytes, by id. Shards are canonical (docs/LAYOUT.md): a record has the
 * same bytes wherever it is written, so two versions of a record are compared as bytes (without
 * decoding the shard) and only records that differ are parsed. A shard that is not canonical (a
 * hand edit, a commit from another tool) is parsed whole and its records written canonically.
 */
import { canonicalize } from '../dataset/canonical-json'
import { CuratorError } from '../dataset/errors'

/** A shard's content as read (bytes, or text in tests and tools); null or empty: no file. */
export type ShardContent = Buffer | string | null

const HEAD = Buffer.from('{\n  "records": [')
const TAIL = Buffer.from('\n  ]\n}\n')
const START = Buffer.from('\n    {')
const END = Buffer.from('\n    }')
const ID_PREFIX = Buffer.from('\n    {\n      "id": "')
const EMPTY = /^\{\n {2}"records": \[\]\n\}\n?$/
const COMMA = 44
const COMMA_BYTES = Buffer.from(',')
const QUOTE = 34

/** A record's bytes inside a canonical shard: from its line break to its closing brace. */
export function recordPiece(record: unknown): Buffer {
  return Buffer.from(`\n    ${JSON.stringify(canonicalize(record), null, 2).replaceAll('\n', '\n    ')}`)
}

function refuse(where: string, problem: string): never {
  const message = `${where}: ${problem}`
  throw new CuratorError('VALIDATION', message, [
    { path: '', rule: 'team.shard-readable', severity: 'error', message, file: where },
  ])
}

function startsAt(bytes: Buffer, pattern: Buffer, at: number): boolean {
  return (
    at + pattern.length <= bytes.length &&
    bytes.compare(pattern, 0, pattern.length, at, at + pattern.length) === 0
  )
}

/** The records of a canonical shard, cut at their boundaries; undefined when the bytes are not canonical. */
function canonicalPieces(bytes: Buffer): Buffer[] | undefined {
  if (bytes.length < 40 && EMPTY.test(bytes.toString('latin1'))) return []
  if (!startsAt(bytes, HEAD, 0)) return undefined
  const pieces: Buffer[] = []
  let at = HEAD.length
  for (;;) {
    if (!startsAt(bytes, START, at)) return undefined
    const end = bytes.indexOf(END, at + START.length)
    if (end < 0) return undefined
    pieces.push(bytes.subarray(at, end + END.length))
    at = end + END.length
    if (bytes[at] !== COMMA) break
    at += 1
  }
  const tail = bytes.subarray(at)
  return tail.equals(TAIL) || tail.equals(TAIL.subarray(0, TAIL.length - 1)) ? pieces : undefined
}

function idOf(record: unknown, where: string): string {
  const id = (record as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || id === '') refuse(where, 'a record has no id.')
  return id
}

function pieceId(piece: Buffer, where: string): string {
  if (startsAt(piece, ID_PREFIX, 0)) {
    const close = piece.indexOf(QUOTE, ID_PREFIX.length)
    const id = piece.toString('latin1', ID_PREFIX.length, close)
    if (close > 0 && /^[a-z0-9-]+$/.test(id)) return id
  }
  return idOf(parsePiece(piece, where), where)
}

/**
 * The records of a shard by id, each as its canonical bytes. `where` names the file and the side
 * in messages. Refuses malformed JSON, a shape other than `{ "records": [...] }`, a record without
 * an id, and an id used twice.
 */
export function shardPieces(content: ShardContent, where: string): Map<string, Buffer> {
  const byId = new Map<string, Buffer>()
  if (content === null || content.length === 0) return byId
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const pieces = canonicalPieces(bytes)
  if (pieces) {
    for (const piece of pieces) {
      const id = pieceId(piece, where)
      if (byId.has(id)) refuse(where, `the id “${id}” is used twice.`)
      byId.set(id, piece)
    }
    return byId
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    refuse(where, `not valid JSON (${(error as Error).message}).`)
  }
  const records = (parsed as { records?: unknown } | null)?.records
  if (!Array.isArray(records)) refuse(where, 'not a record file: expected { "records": [...] }.')
  for (const record of records) {
    const id = idOf(record, where)
    if (byId.has(id)) refuse(where, `the id “${id}” is used twice.`)
    byId.set(id, recordPiece(record))
  }
  return byId
}

/**
 * A shard's bytes from its records' (sorted by id, as serializeRecordFile sorts); null when empty.
 * Records that lie one after another, a comma between, in one buffer (the unchanged records of a
 * shard read whole, most of a merged shard) are copied as one run, not record by record.
 */
export function shardBytes(pieces: Map<string, Buffer>): Buffer | null {
  if (pieces.size === 0) return null
  const ids = [...pieces.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const parts: Buffer[] = [HEAD]
  let length = HEAD.length + TAIL.length
  let run: { bytes: Uint8Array; start: number; end: number } | undefined
  const endRun = () => {
    if (!run) return
    parts.push(Buffer.from(run.bytes.buffer, run.start, run.end - run.start))
    length += run.end - run.start
  }
  ids.forEach((id, i) => {
    const piece = pieces.get(id) as Buffer
    const start = piece.byteOffset
    if (run && piece.buffer === run.bytes.buffer && start === run.end + 1 && run.bytes[run.end] === COMMA) {
      run.end = start + piece.length
      return
    }
    endRun()
    if (i > 0) {
      parts.push(COMMA_BYTES)
      length += 1
    }
    run = { bytes: new Uint8Array(piece.buffer), start, end: start + piece.length }
  })
  endRun()
  parts.push(TAIL)
  return Buffer.concat(parts, length)
}

export function samePiece(a: Buffer | undefined, b: Buffer | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.equals(b))
}

/** The records whose bytes differ between two versions of a shard. */
export function changedIds(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const ids: string[] = []
  for (const [id, piece] of before) if (!samePiece(after.get(id), piece)) ids.push(id)
  for (const id of after.keys()) if (!before.has(id)) ids.push(id)
  return ids
}

/** A record from its bytes (null when absent); bytes that are not JSON are refused, naming `where`. */
export function parsePiece(piece: Buffer | undefined, where = 'a shard'): unknown {
  if (piece === undefined) return null
  try {
    return JSON.parse(piece.toString('utf8')) as unknown
  } catch (error) {
    refuse(where, `a record is not valid JSON (${(error as Error).message}).`)
  }
}
