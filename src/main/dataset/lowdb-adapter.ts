import type { Adapter } from 'lowdb'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'

/**
 * A lowdb adapter that writes through the injected disk with temp file, fsync, rename and folder
 * fsync, so lowdb's files survive power cuts; parse and stringify are the caller's.
 */
export class DurableTextFile<T> implements Adapter<T> {
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
