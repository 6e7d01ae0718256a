import path from 'node:path'
import type { Disk } from './fs/disk'
import type { JournalEvent, JournalWriter } from './journal'

/**
 * Compacted history, rotated out of the live journal: `.curator/journal-<first>-<last>.jsonl`,
 * the sequence numbers of its first and last events (12 digits, so that names sort by them).
 * The live journal then stays small (an open replays it whole), while undo and record history
 * still reach back across a restart through the segments.
 */
const SEGMENT = /^journal-(\d{12})-(\d{12})\.jsonl$/

interface Segment {
  name: string
  first: number
  last: number
}

const segmentName = (first: number, last: number) =>
  `journal-${String(first).padStart(12, '0')}-${String(last).padStart(12, '0')}.jsonl`

/** The segments in `.curator`, oldest first. */
export async function listSegments(disk: Disk, meta: string): Promise<Segment[]> {
  const names = await disk.readdir(meta).catch(() => [] as string[])
  return names
    .map((name) => ({ name, match: SEGMENT.exec(name) }))
    .filter((s): s is { name: string; match: RegExpExecArray } => s.match !== null)
    .map(({ name, match }) => ({ name, first: Number(match[1]), last: Number(match[2]) }))
    .sort((a, b) => a.first - b.first)
}

interface HistoryLimits {
  /** Rotate the live journal once it holds more bytes than this... */
  rotateBytes: number
  /** ...or more events than this; and keep about this many events of history. */
  historyLimit: number
  /** History kept in segments, in bytes (an open reads all of it). */
  historyBytes: number
}

export const HISTORY_DEFAULTS = { rotateBytes: 16 * 1024 * 1024, historyBytes: 256 * 1024 * 1024 }

/**
 * After a compaction (every live event is in the dataset files): moves the live journal into a
 * segment when it is large, then drops the oldest segments beyond the limits. Answers the
 * events still remembered (what an open would read back), oldest first.
 */
export async function rotateJournal(
  disk: Disk,
  meta: string,
  writer: JournalWriter,
  events: JournalEvent[],
  limits: HistoryLimits,
): Promise<JournalEvent[]> {
  const live = writer.liveEvents
  if (live.firstSeq === undefined) return events
  if (writer.size <= limits.rotateBytes && live.count <= limits.historyLimit) return events
  await writer.rotateInto(path.join(meta, segmentName(live.firstSeq, live.lastSeq)))
  // Newest first: keep segments while the history stays within both bounds.
  let kept = 0
  let bytes = 0
  let oldestKept: number | undefined
  for (const segment of (await listSegments(disk, meta)).reverse()) {
    const size = await disk.size(path.join(meta, segment.name)).catch(() => 0)
    if (kept < limits.historyLimit && bytes + size <= limits.historyBytes) {
      kept += segment.last - segment.first + 1
      bytes += size
      oldestKept = segment.first
    } else {
      kept = limits.historyLimit // everything older goes too: history has no gaps
      await disk.unlink(path.join(meta, segment.name)).catch(() => undefined)
    }
  }
  return oldestKept === undefined ? [] : events.filter((e) => e.seq >= oldestKept)
}
