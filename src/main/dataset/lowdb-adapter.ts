import path from 'node:path'
import { type Adapter, Low } from 'lowdb'
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { type RecordFile, serializeRecordFile } from './canonical-json'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'

/**
 * A lowdb adapter that writes through the injected disk with temp file, fsync, rename and folder
 * fsync, so lowdb's files survive power cuts; parse and stringify are the caller's.
 */
class DurableTextFile<T> implements Adapter<T> {
  constructor(
    private readonly disk: Disk,
    private readonly file: string,
    private readonly codec: { parse: (text: string) => T; stringify: (data: T) => string },
    /** Told the exact text written, so the store knows its own files from outside edits. */
    private readonly onWritten: (text: string) => void = () => undefined,
  ) {}

  async read(): Promise<T | null> {
    try {
      return this.codec.parse(await this.disk.readFile(this.file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async write(data: T): Promise<void> {
    const text = this.codec.stringify(data)
    await writeFileDurably(this.disk, this.file, text)
    this.onWritten(text)
  }
}

type AnyRecord = RecordOf[RecordKind]
type ShardDb = Low<RecordFile<AnyRecord>>

const codec = {
  parse: (text: string) => JSON.parse(text) as RecordFile<AnyRecord>,
  stringify: serializeRecordFile,
}

/**
 * A lowdb over one shard file (`sites/3f.json`), made when a compaction needs it and let go after,
 * so that no shard's records are held twice. Constructed with an explicit adapter (lowdb's
 * presets switch to memory under NODE_ENV=test, which would make tests lie).
 */
export function shardDb(
  disk: Disk,
  folder: string,
  file: string,
  onWritten: (file: string, text: string) => void,
): ShardDb {
  const adapter = new DurableTextFile(disk, path.join(folder, file), codec, (text) => onWritten(file, text))
  return new Low(adapter, { records: [] })
}
