import { createHash } from 'node:crypto'
import type { Change } from '@shared/domain'
import { CuratorError } from './errors'
import type { Disk, DiskFile } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'

/** What one journal line records: a command done, undone or redone, with its effect on records. */
export interface JournalEvent {
  seq: number
  op: 'do' | 'undo' | 'redo'
  commandId: string
  label: string
  at: string
  author: string
  /** The changes this event applied, in order: for an undo, the command's changes inverted. */
  changes: Change[]
}

/** SHA-256 of a line's JSON (its UTF-8 bytes), shortened: tells a torn write from a whole one. */
export function checksum(json: string | Uint8Array): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16)
}

/** One line: the event's JSON, a tab, and a checksum that tells a torn write from a whole one. */
export function encodeEvent(event: JournalEvent): string {
  const json = JSON.stringify(event)
  return `${json}\t${checksum(json)}\n`
}

/** What is known of the live journal file when a writer takes it over. */
export interface LiveJournal {
  /** Bytes of whole, verified lines. */
  size: number
  /** The last sequence number anywhere in the journal (segments included); 0 when none. */
  lastSeq: number
  /** Events in the live file, and the first one's sequence number. */
  events: number
  firstSeq: number | undefined
}

/**
 * Appends events, each fsynced before its append resolves: an acknowledged edit is on disk. A
 * sequence number the journal already holds is refused, and so is an append to a file that grew
 * behind this writer's back: both mean a second writer, and a second event with the same number
 * would make one of two acknowledged edits vanish.
 */
export class JournalWriter {
  private handle: DiskFile | undefined
  /** False after a failed append, until the half-written line is cut off again. */
  private clean = true

  constructor(
    private readonly disk: Disk,
    readonly file: string,
    private live: LiveJournal,
    /** Makes the journal's own files, once, before the first line (none for a session that writes nothing). */
    private beforeFirstWrite?: () => Promise<void>,
  ) {}

  get size(): number {
    return this.live.size
  }

  /** Events in the live file, and the first one's sequence number (for rotation). */
  get liveEvents(): { count: number; firstSeq: number | undefined; lastSeq: number } {
    return { count: this.live.events, firstSeq: this.live.firstSeq, lastSeq: this.live.lastSeq }
  }

  async append(event: JournalEvent): Promise<void> {
    if (event.seq <= this.live.lastSeq) {
      throw new CuratorError(
        'CONFLICT',
        `The journal already holds event ${this.live.lastSeq}; event ${event.seq} was not written. Close the dataset and open it again.`,
      )
    }
    if (this.beforeFirstWrite) {
      await this.beforeFirstWrite()
      this.beforeFirstWrite = undefined
    }
    if (!this.clean) {
      // A failed append may have left part of a line: cut it before writing after it.
      await this.disk.truncate(this.file, this.live.size)
      this.clean = true
    }
    const onDisk = await this.disk.size(this.file)
    if (onDisk !== this.live.size) {
      throw new CuratorError(
        'CONFLICT',
        `${this.file} was written by another process since this dataset was opened: nothing was saved. Close the dataset and open it again.`,
      )
    }
    const line = encodeEvent(event)
    try {
      this.handle ??= await this.disk.open(this.file, 'a')
      await this.handle.write(line)
      await this.handle.sync()
    } catch (error) {
      this.clean = false
      await this.close()
      throw error
    }
    this.live = {
      size: this.live.size + Buffer.byteLength(line),
      lastSeq: event.seq,
      events: this.live.events + 1,
      firstSeq: this.live.firstSeq ?? event.seq,
    }
  }

  /**
   * Moves the live file's lines, every one of them already compacted into the dataset files, to
   * `segment` (a rename: no line is rewritten), and starts an empty live file. A crash between
   * the two leaves no live file, which reads as empty: nothing is lost.
   */
  async rotateInto(segment: string): Promise<void> {
    await this.close()
    if (!this.clean) {
      await this.disk.truncate(this.file, this.live.size)
      this.clean = true
    }
    await this.disk.rename(this.file, segment)
    await writeFileDurably(this.disk, this.file, '')
    this.live = { size: 0, lastSeq: this.live.lastSeq, events: 0, firstSeq: undefined }
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = undefined
    await handle?.close().catch(() => undefined)
  }
}
