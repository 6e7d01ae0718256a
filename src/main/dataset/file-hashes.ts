import { createHash } from 'node:crypto'
import path from 'node:path'
import { type Disk, readBytes } from './fs/disk'
import { datasetFiles } from './shard-files'

/** SHA-256 of the text's UTF-8 bytes: the same as `hashBytes` of the file it is written to. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** SHA-256 of bytes as read: no decoding and re-encoding of a large text. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * SHA-256 of each dataset file (`dataset.json`, `sites/3f.json`) as the store last read or wrote
 * it: how an outside edit (a git pull, another editor) is told from the store's own writes.
 * Content, not size or time.
 */
export class FileHashes {
  private readonly known = new Map<string, string>()

  constructor(
    private readonly disk: Disk,
    private readonly folder: string,
    /** Whether the folder is in shards: which files to look at when asked about all of them. */
    public sharded: boolean,
  ) {}

  /** Records the hashes of the files as the store read them. */
  seed(hashes: Map<string, string>): void {
    this.known.clear()
    for (const [file, hash] of hashes) this.known.set(file, hash)
  }

  /** Records what the store itself just wrote. */
  wrote(file: string, text: string): void {
    this.known.set(file, hashText(text))
  }

  /** Records that the store itself removed a file (an emptied shard). */
  removed(file: string): void {
    this.known.delete(file)
  }

  /**
   * The files whose bytes differ from what the store last read or wrote, new files and removed
   * ones included: among `files` when given (the shards a compaction is about to write, the
   * names a watcher saw), else among all of the dataset's.
   */
  async changed(files?: readonly string[]): Promise<string[]> {
    const candidates = files ?? [
      ...new Set([...this.known.keys(), ...(await datasetFiles(this.disk, this.folder, this.sharded))]),
    ]
    const changed: string[] = []
    for (const file of [...new Set(candidates)].sort())
      if ((await this.onDisk(file)) !== this.known.get(file)) changed.push(file)
    return changed
  }

  private onDisk(file: string): Promise<string | undefined> {
    return readBytes(this.disk, path.join(this.folder, file)).then(hashBytes, () => undefined)
  }
}
