import { createHash } from 'node:crypto'
import type { Change } from '../../shared/domain'
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

function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16)
}

/** One line: the event's JSON, a tab, and a checksum that tells a torn write from a whole one. */
export function encodeEvent(event: JournalEvent): string {
  const json = JSON.stringify(event)
  return `${json}\t${checksum(json)}\n`
}

export interface JournalContents {
  events: JournalEvent[]
  /** Bytes of whole, verified lines; anything after them is a torn tail to cut off. */
  validBytes: number
  /** A last line cut short by a crash: it was never acknowledged, so it is dropped. */
  tornTail: boolean
}

/**
 * Reads a journal. Only the last line may be torn (the crash came while it was being written,
 * before it was acknowledged); damage anywhere else is refused, naming the line.
 */
export function decodeJournal(text: string, file: string): JournalContents {
  const lines = text.split('\n')
  const tail = lines.pop() ?? '' // after the last newline: empty, or a line cut short
  const events: JournalEvent[] = []
  let validBytes = 0
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? ''
    const tab = line.lastIndexOf('\t')
    const json = line.slice(0, tab)
    if (tab <= 0 || checksum(json) !== line.slice(tab + 1)) {
      if (i === lines.length - 1 && tail === '') return { events, validBytes, tornTail: true }
      const message = `${file} is damaged at line ${i + 1}: the journal cannot be replayed.`
      throw new CuratorError('VALIDATION', message, [
        { path: '', file, rule: 'journal.damaged', severity: 'error', message },
      ])
    }
    events.push(JSON.parse(json) as JournalEvent)
    validBytes += Buffer.byteLength(line) + 1
  }
  return { events, validBytes, tornTail: tail !== '' }
}

/** Appends events, each fsynced before its append resolves: an acknowledged edit is on disk. */
export class JournalWriter {
  private handle: DiskFile | undefined
  /** False after a failed append, until the half-written line is cut off again. */
  private clean = true

  constructor(
    private readonly disk: Disk,
    private readonly file: string,
    /** Bytes of whole lines in the file. */
    private size: number,
  ) {}

  async append(event: JournalEvent): Promise<void> {
    if (!this.clean) {
      // A failed append may have left part of a line: cut it before writing after it.
      await this.disk.truncate(this.file, this.size)
      this.clean = true
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
    this.size += Buffer.byteLength(line)
  }

  /** Replaces the journal with the given events (to trim old history), durably. */
  async replaceWith(events: JournalEvent[]): Promise<void> {
    await this.close()
    const text = events.map(encodeEvent).join('')
    await writeFileDurably(this.disk, this.file, text)
    this.size = Buffer.byteLength(text)
    this.clean = true
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = undefined
    await handle?.close().catch(() => undefined)
  }
}
