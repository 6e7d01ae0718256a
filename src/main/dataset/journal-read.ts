import type { ValidationIssue } from '@shared/result'
import { type ByteReader, type Disk, openReader } from './fs/disk'
import { checksum, type JournalEvent } from './journal'
import { eventShapeProblem, sequenceProblem } from './journal-check'
import { decodeUtf8, invalidUtf8Offset } from './strict-utf8'

/** Bytes read at a time. */
const CHUNK_BYTES = 1024 * 1024
/** A line longer than this cannot become one JavaScript string (V8's limit is about 512 MB). */
const MAX_LINE_BYTES = 480 * 1024 * 1024
/** `{`: every line the journal writes starts with its event's JSON object. */
const OPEN_BRACE = 0x7b
const NEWLINE = 0x0a
const TAB = 0x09

/** One event with where it was read: the file (as the curator sees it) and its line. */
export interface JournalLine {
  event: JournalEvent
  file: string
  line: number
}

export interface JournalFileContents {
  /** The whole, verified lines before any problem, in order. */
  lines: JournalLine[]
  /** Bytes of those lines; anything after them is a torn tail to cut off, or refused. */
  validBytes: number
  /** A last line cut short by a crash: it was never acknowledged, so it is dropped. */
  tornTail: boolean
  /** The first line that cannot be believed (reading stopped there), when there is one. */
  problem?: ValidationIssue
}

interface RawLine {
  /** The line's bytes without its newline; undefined when it was not kept (too long, or not ours). */
  bytes: Buffer | undefined
  /** Its length in bytes, without the newline. */
  length: number
  /** Whether a newline ends it (the last piece of a file may lack one: a torn write). */
  ended: boolean
  /** Whether it starts as every journal line does (with `{`). */
  eventLike: boolean
}

/**
 * A file's lines, read a chunk at a time: no string ever holds the file, so a journal of any size
 * is read (a journal past V8's string limit was read as empty before: data loss). A line that
 * does not start like an event, or is longer than any string can be, is not kept in memory: it is
 * damaged (or a torn tail) whatever its bytes are.
 */
async function* rawLines(reader: ByteReader): AsyncGenerator<RawLine> {
  let pieces: Buffer[] = []
  let length = 0
  let eventLike = true
  let keep = true
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    const read = await reader.read(chunk, 0, CHUNK_BYTES)
    if (read === 0) break
    const bytes = chunk.subarray(0, read)
    let from = 0
    while (from < read) {
      const newline = bytes.indexOf(NEWLINE, from)
      const end = newline < 0 ? read : newline
      const part = bytes.subarray(from, end)
      if (length === 0 && part.length > 0) keep = eventLike = part[0] === OPEN_BRACE
      length += part.length
      if (keep && length > MAX_LINE_BYTES) keep = false
      if (!keep) pieces = []
      else if (part.length > 0) pieces.push(part)
      if (newline < 0) break
      yield { bytes: keep ? Buffer.concat(pieces, length) : undefined, length, ended: true, eventLike }
      pieces = []
      length = 0
      keep = eventLike = true
      from = newline + 1
    }
  }
  if (length > 0)
    yield { bytes: keep ? Buffer.concat(pieces, length) : undefined, length, ended: false, eventLike }
}

type Parsed = { event: JournalEvent } | { torn: true; problem: string } | { rule: string; problem: string }

/** One whole line checked: checksum, strict UTF-8, JSON, the event's shape. */
function parseLine(raw: RawLine): Parsed {
  const { bytes } = raw
  if (bytes === undefined && raw.eventLike && raw.length > MAX_LINE_BYTES)
    return { rule: 'journal.too-long', problem: `the line is longer than ${MAX_LINE_BYTES / 2 ** 20} MB.` }
  const tab = bytes?.lastIndexOf(TAB) ?? -1
  const json = bytes?.subarray(0, tab)
  if (!bytes || !json || tab <= 0 || checksum(json) !== bytes.toString('latin1', tab + 1))
    return { torn: true, problem: 'its checksum does not match' }
  const text = decodeUtf8(json)
  if (text === undefined)
    return { rule: 'journal.encoding', problem: `it is not valid UTF-8 at byte ${invalidUtf8Offset(json)}.` }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { rule: 'journal.json', problem: 'it is not valid JSON.' }
  }
  const shape = eventShapeProblem(value)
  return shape ? { rule: 'journal.shape', problem: shape } : { event: value as JournalEvent }
}

/** An issue naming the journal file and the line, as the open's refusal lists it. */
export function journalIssue(file: string, line: number, rule: string, problem: string): ValidationIssue {
  const message = `${file}, line ${line}: ${problem}`
  return { path: '', file, rule, severity: 'error', message }
}

/**
 * Reads one journal file (the live one or a segment) line by line. Only the last line may be
 * torn (the crash came while it was written, before it was acknowledged); any other line that
 * fails a check stops the reading, and is answered as the problem, naming the line and the rule.
 * `previousSeq` is the last sequence number read before this file, when there was one.
 */
export async function readJournalFile(
  disk: Disk,
  path: string,
  file: string,
  previousSeq: number | undefined,
): Promise<JournalFileContents> {
  const lines: JournalLine[] = []
  let validBytes = 0
  let last = previousSeq
  let damaged: { line: number; problem: string } | undefined
  const reader = await openReader(disk, path)
  try {
    let number = 0
    for await (const raw of rawLines(reader)) {
      number += 1
      // A damaged line followed by anything more was not the torn last write.
      if (damaged) return { lines, validBytes, tornTail: false, problem: damagedIssue(file, damaged) }
      if (!raw.ended) return { lines, validBytes, tornTail: true }
      const parsed = parseLine(raw)
      if ('torn' in parsed) {
        damaged = { line: number, problem: parsed.problem }
        continue
      }
      if ('rule' in parsed)
        return {
          lines,
          validBytes,
          tornTail: false,
          problem: journalIssue(file, number, parsed.rule, parsed.problem),
        }
      const order = sequenceProblem(parsed.event, last)
      if (order)
        return {
          lines,
          validBytes,
          tornTail: false,
          problem: journalIssue(file, number, 'journal.sequence', order),
        }
      last = parsed.event.seq
      lines.push({ event: parsed.event, file, line: number })
      validBytes += raw.length + 1
    }
  } finally {
    await reader.close()
  }
  // A whole last line with a bad checksum: the crash came after its newline reached the disk.
  return { lines, validBytes, tornTail: damaged !== undefined }
}

function damagedIssue(file: string, damaged: { line: number; problem: string }): ValidationIssue {
  const message = `${file} is damaged at line ${damaged.line} (${damaged.problem}): the journal cannot be replayed.`
  return { path: '', file, rule: 'journal.damaged', severity: 'error', message }
}
