import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { CuratorError } from './errors'
import { createHash } from 'node:crypto'
import {
  checkedSize,
  fileIssue,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  parseJson,
  recordsOf,
  tooDeep,
} from './file-checks'
import { hashBytes } from './file-hashes'
import { type Disk, openReader, readBytes } from './fs/disk'
import { MANIFEST_FILE } from './layout'
import { canonicalPiecesOf, parsePiece } from './record-pieces'
import { decodeFileText } from './strict-utf8'
import path from 'node:path'

/**
 * Reading one dataset file: its bytes hashed as read, its records parsed one at a time where the
 * file is in canonical form, their repeated texts shared. What a file must be to be read at all
 * (size, JSON, depth, shape) is checked by `file-checks.ts`. `read-folder.ts` reads a whole
 * dataset with these.
 */

export type Collections = { [K in RecordKind]: RecordOf[K][] }

/**
 * Texts longer than V8 shares by itself (it interns parsed strings of up to 10 characters) and
 * short enough to be repeated: dates, property ids, statuses, regions, a source's quote. One
 * copy shared across records takes about a third off the heap of a large dataset. The cache is
 * direct-mapped on a few characters (no hash of the whole text, no growth): a repeated text
 * finds its copy by one comparison; a text seen once takes a slot until another replaces it.
 */
const SHARED_SLOTS = 1 << 14
const SHORTEST_SHARED = 11
const LONGEST_SHARED = 64

/** One copy of each repeated text, for the records of one open. */
type SharedTexts = (string | undefined)[]

const sharedTexts = (): SharedTexts => new Array<string | undefined>(SHARED_SLOTS).fill(undefined)

function shared(text: string, texts: SharedTexts): string {
  const n = text.length
  if (n < SHORTEST_SHARED || n > LONGEST_SHARED) return text
  const slot =
    (n * 31 + text.charCodeAt(n - 1) * 7 + text.charCodeAt(n - 3) * 131 + text.charCodeAt(n >> 1) * 1031) &
    (SHARED_SLOTS - 1)
  const known = texts[slot]
  if (known === text) return known
  texts[slot] = text
  return text
}

/**
 * A freshly parsed record settled in: its repeated texts replaced by shared copies (while the
 * copies are still young, so they die cheaply), and whether it nests deeper than `limit` (as
 * `deeperThan`), in one walk that allocates nothing.
 */
function settleRecord(value: object, limit: number, texts: SharedTexts): boolean {
  if (limit <= 0) return true
  if (Array.isArray(value)) {
    const list = value as unknown[]
    for (let i = 0; i < list.length; i += 1) {
      const child = list[i]
      if (typeof child === 'string') list[i] = shared(child, texts)
      else if (child !== null && typeof child === 'object' && settleRecord(child, limit - 1, texts))
        return true
    }
    return false
  }
  const object = value as Record<string, unknown>
  for (const key in object) {
    const child = object[key]
    if (typeof child === 'string') object[key] = shared(child, texts)
    else if (child !== null && typeof child === 'object' && settleRecord(child, limit - 1, texts)) return true
  }
  return false
}

/** A dataset file's text, refused when too large or empty; undefined when a record file is absent. */
async function readText(
  disk: Disk,
  folder: string,
  file: string,
  hashes: Map<string, string> | undefined,
  maxBytes: number,
): Promise<string | undefined> {
  if ((await checkedSize(disk, folder, file, maxBytes)) === undefined) return undefined
  // Bytes, hashed as read, then decoded once: no second encoding of a large text to hash it.
  const bytes = await readBytes(disk, path.join(folder, file))
  hashes?.set(file, hashBytes(bytes))
  const text = decodeFileText(bytes, file)
  // /\S/ stops at the first character that trim() would keep: no copy of a large text.
  if (!/\S/.test(text))
    throw new CuratorError('VALIDATION', `${file} is empty.`, [fileIssue(file, 'is empty')])
  return text
}

async function readJson(
  disk: Disk,
  folder: string,
  file: string,
  hashes: Map<string, string>,
  maxBytes: number,
) {
  const text = await readText(disk, folder, file, hashes, maxBytes)
  return text === undefined ? undefined : parseJson(file, text)
}

/** A record sits two levels down in its file (the file's object, its records array). */
const RECORD_DEPTH_LIMIT = MAX_DEPTH - 2

/**
 * The records of a canonical record file, read a chunk at a time and parsed record by record,
 * hashed as read; undefined when the file is not canonical (the caller reads it whole, and
 * refuses it with the messages a whole parse gives). Neither the whole text nor all its bytes
 * are held at once, and no record text outlives its parse.
 */
async function readCanonicalRecords(
  reading: FileReading,
  file: string,
  size: number,
): Promise<unknown[] | undefined> {
  const { disk, folder, hashes, texts } = reading
  const hash = createHash('sha256')
  const reader = await openReader(disk, path.join(folder, file))
  const hashing = {
    read: async (into: Buffer, offset: number, length: number) => {
      const count = await reader.read(into, offset, length)
      hash.update(into.subarray(offset, offset + count))
      return count
    },
    close: () => reader.close(),
  }
  const records: unknown[] = []
  try {
    const pieces = canonicalPiecesOf(hashing, true, size)
    for (let step = await pieces.next(); ; step = await pieces.next()) {
      if (step.done) {
        if (!step.value) return undefined
        break
      }
      for (const text of step.value) {
        const record = parsePiece(text)
        if (record === undefined) return undefined
        if (settleRecord(record, RECORD_DEPTH_LIMIT, texts)) throw tooDeep(file)
        records.push(record)
      }
    }
  } finally {
    await reader.close()
  }
  hashes.set(file, hash.digest('hex'))
  return records
}

/** What reading a dataset's files carries along: where, the limit, and what it gathers. */
export interface FileReading {
  disk: Disk
  folder: string
  maxBytes: number
  /** SHA-256 of each file as read, by its path in the folder (`sites/3f.json`). */
  hashes: Map<string, string>
  /** Repeated texts shared across the records of the whole dataset. */
  texts: SharedTexts
  /** Bytes of the record files read so far. */
  bytes: number
}

export function fileReading(disk: Disk, folder: string, maxBytes = MAX_FILE_BYTES): FileReading {
  return { disk, folder, maxBytes, hashes: new Map(), texts: sharedTexts(), bytes: 0 }
}

/** The manifest as read (parsed, hashed), or a refusal naming what is wrong with it. */
export function readManifest(reading: FileReading): Promise<unknown> {
  return readJson(reading.disk, reading.folder, MANIFEST_FILE, reading.hashes, reading.maxBytes)
}

/**
 * A record file's records (checked for depth), hashed; undefined when the file is absent. `file`
 * is its path in the dataset folder, with `/` (`sites.json`, `sites/3f.json`).
 */
export async function readRecords(reading: FileReading, file: string): Promise<unknown[] | undefined> {
  const { disk, folder, hashes, maxBytes } = reading
  const size = await checkedSize(disk, folder, file, maxBytes)
  if (size === undefined) return undefined
  reading.bytes += size
  const records = await readCanonicalRecords(reading, file, size)
  if (records) return records
  const json = await readJson(disk, folder, file, hashes, maxBytes)
  return json === undefined ? undefined : recordsOf(file, json)
}

/** Whether a record file is wholly in the canonical form, read through without keeping it. */
async function isCanonical(disk: Disk, file: string, size: number): Promise<boolean> {
  const reader = await openReader(disk, file)
  try {
    const pieces = canonicalPiecesOf(reader, false, size)
    for (let step = await pieces.next(); ; step = await pieces.next()) if (step.done) return step.value
  } finally {
    await reader.close()
  }
}

/**
 * The records of one record file, parsed one at a time where the file is in canonical form
 * (see record-pieces.ts), read a chunk at a time, so that a caller that keeps none of them holds
 * neither the text nor the bytes of the whole file. For the deep check, which reads the files
 * again: the store checked their size, depth and shape on open. The layout is checked through
 * first, so that every record yielded is one a parse of the whole file gives.
 */
export async function* eachRecordOfFile(
  disk: Disk,
  folder: string,
  file: string,
  maxBytes = MAX_FILE_BYTES,
): AsyncGenerator<unknown> {
  const size = await checkedSize(disk, folder, file, maxBytes)
  if (size === undefined) return
  let index = 0
  if (await isCanonical(disk, path.join(folder, file), size)) {
    const reader = await openReader(disk, path.join(folder, file))
    try {
      const pieces = canonicalPiecesOf(reader, true, size)
      let whole = true
      while (whole) {
        const step = await pieces.next()
        if (step.done) {
          if (step.value) return
          break
        }
        for (const text of step.value) {
          const record = parsePiece(text)
          // Not a whole record (or changed since): the rest from a parse of the whole text.
          whole = record !== undefined
          if (!whole) break
          yield record
          index += 1
        }
      }
    } finally {
      await reader.close()
    }
  }
  const text = await readText(disk, folder, file, undefined, maxBytes)
  if (text === undefined) return
  yield* recordsOf(file, parseJson(file, text)).slice(index)
}
