import path from 'node:path'
import type { ValidationIssue } from '@shared/result'
import { type Disk, readBytes } from './fs/disk'
import type { JournalEvent, LiveJournal } from './journal'
import { type JournalFileContents, type JournalLine, journalIssue, readJournalFile } from './journal-read'
import { listSegments } from './journal-segments'
import { kindIssue, openErrorIssue, unexpectedKind } from './regular-files'
import { decodeUtf8 } from './strict-utf8'

/** The app's working state in a dataset, as the curator finds it from the dataset folder. */
const META = '.curator'
export const JOURNAL_FILE = 'journal.jsonl'
const STATE_FILE = 'state.json'

export interface JournalState {
  journal: {
    /** The events believed (all of them, or those before the first problem), oldest first. */
    events: JournalEvent[]
    lines: JournalLine[]
    /** Bytes of whole lines in the live journal, and whether a torn last line follows them. */
    validBytes: number
    tornTail: boolean
    live: LiveJournal
  }
  /** The last event the dataset files hold (state.json). */
  compactedThrough: number
  /** What cannot be believed, each naming the file, the line and the rule: empty when all is sound. */
  problems: ValidationIssue[]
}

const label = (name: string) => `${META}/${name}`

function nothing(problems: ValidationIssue[] = [], compactedThrough = 0): JournalState {
  const live = { size: 0, lastSeq: compactedThrough, events: 0, firstSeq: undefined }
  return {
    journal: { events: [], lines: [], validBytes: 0, tornTail: false, live },
    compactedThrough,
    problems,
  }
}

/** A file's bytes, or why they cannot be had; undefined when there is no such file. */
async function bytesOf(
  disk: Disk,
  file: string,
  name: string,
): Promise<Buffer | ValidationIssue | undefined> {
  try {
    return await readBytes(disk, file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    const message = `${label(name)} cannot be read (${code ?? (error as Error).message}).`
    return (
      openErrorIssue(error, label(name)) ?? {
        path: '',
        file: label(name),
        rule: 'file.unreadable',
        severity: 'error',
        message,
      }
    )
  }
}

/** state.json: how far the dataset files hold the journal. Only a missing file means 0. */
async function readCompactedThrough(disk: Disk, meta: string): Promise<number | ValidationIssue> {
  const bytes = await bytesOf(disk, path.join(meta, STATE_FILE), STATE_FILE)
  if (bytes === undefined) return 0
  if (!Buffer.isBuffer(bytes)) return bytes
  let value: unknown
  try {
    value = JSON.parse(decodeUtf8(bytes) ?? '')
  } catch {
    value = undefined
  }
  const through = (value as { compactedThrough?: unknown } | null)?.compactedThrough
  if (typeof through === 'number' && Number.isSafeInteger(through) && through >= 0) return through
  const message = `${label(STATE_FILE)} is not a state file Heritage Curator wrote: it must say which journal events the dataset files hold.`
  return { path: '', file: label(STATE_FILE), rule: 'state.damaged', severity: 'error', message }
}

/** The names in `.curator` the open reads must each be what they claim (no links, no FIFOs). */
async function entryProblems(disk: Disk, meta: string, segments: string[]): Promise<ValidationIssue[]> {
  const kind = await disk.kind(meta)
  if (kind !== 'folder') return kind === 'missing' ? [] : [kindIssue(META, kind, 'folder')]
  const expected: [string, 'file' | 'folder'][] = [
    [STATE_FILE, 'file'],
    [JOURNAL_FILE, 'file'],
    ['backups', 'folder'],
    ...segments.map((name) => [name, 'file'] as [string, 'file']),
  ]
  const issues = await Promise.all(
    expected.map(([name, want]) => unexpectedKind(disk, path.join(meta, name), label(name), want)),
  )
  return issues.filter((issue): issue is ValidationIssue => issue !== undefined)
}

async function readOne(disk: Disk, meta: string, name: string, previousSeq: number | undefined) {
  try {
    return await readJournalFile(disk, path.join(meta, name), label(name), previousSeq)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { lines: [], validBytes: 0, tornTail: false } satisfies JournalFileContents
    const message = `${label(name)} cannot be read (${code ?? (error as Error).message}): the journal is never taken as empty.`
    const problem = openErrorIssue(error, label(name)) ?? {
      path: '',
      file: label(name),
      rule: 'journal.unreadable',
      severity: 'error',
      message,
    }
    return { lines: [], validBytes: 0, tornTail: false, problem } satisfies JournalFileContents
  }
}

/**
 * Reads `.curator`: state.json and the journal, each line checked as it is read (journal-read.ts).
 * With `history`, the rotated segments too, oldest first (for undo and record history across a
 * restart); without, only the live journal (what the dataset files do not hold yet). Nothing is
 * ever taken as empty but a file that is not there. Reading stops at the first problem: the
 * events before it are answered, with the problem, so that a read-only open can show them.
 */
export async function readJournalState(
  disk: Disk,
  meta: string,
  options: { history?: boolean } = {},
): Promise<JournalState> {
  const segments = options.history ? await listSegments(disk, meta) : []
  const entries = await entryProblems(
    disk,
    meta,
    segments.map((s) => s.name),
  )
  if (entries.length > 0) return nothing(entries)
  const compactedThrough = await readCompactedThrough(disk, meta)
  if (typeof compactedThrough !== 'number') return nothing([compactedThrough])
  const lines: JournalLine[] = []
  for (const segment of segments) {
    const read = await readOne(disk, meta, segment.name, lines.at(-1)?.event.seq)
    lines.push(...read.lines)
    const ahead = read.lines.find((l) => l.event.seq > compactedThrough)
    const problem =
      read.problem ??
      (ahead &&
        journalIssue(
          ahead.file,
          ahead.line,
          'journal.segment-ahead',
          `event ${ahead.event.seq} is not in the dataset files, yet it was moved out of the live journal.`,
        ))
    if (problem) {
      const state = nothing([problem], compactedThrough)
      return { ...state, journal: { ...state.journal, events: lines.map((l) => l.event), lines } }
    }
  }
  const live = await readOne(disk, meta, JOURNAL_FILE, lines.at(-1)?.event.seq)
  const liveLines = live.lines
  lines.push(...liveLines)
  const lastSeq = Math.max(lines.at(-1)?.event.seq ?? 0, compactedThrough)
  return {
    journal: {
      events: lines.map((l) => l.event),
      lines,
      validBytes: live.validBytes,
      tornTail: live.tornTail,
      live: { size: live.validBytes, lastSeq, events: liveLines.length, firstSeq: liveLines[0]?.event.seq },
    },
    compactedThrough,
    problems: live.problem ? [live.problem] : [],
  }
}
