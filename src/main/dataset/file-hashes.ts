import { createHash } from 'node:crypto'
import path from 'node:path'
import { DATASET_FILES } from './backups'
import { type Disk, readBytes } from './fs/disk'

/** SHA-256 of the text's UTF-8 bytes: the same as `hashBytes` of the file it is written to. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** SHA-256 of bytes as read: no decoding and re-encoding of a large text. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * SHA-256 of each dataset file as the store last read or wrote it: how an outside edit (a git
 * pull, another editor) is told from the store's own writes. Content, not size or time.
 */
export class FileHashes {
  private readonly known = new Map<string, string>()

  constructor(
    private readonly disk: Disk,
    private readonly folder: string,
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

  /** The files whose bytes differ from what the store last read or wrote. */
  async changed(): Promise<string[]> {
    const changed: string[] = []
    for (const file of DATASET_FILES)
      if ((await this.onDisk(file)) !== this.known.get(file)) changed.push(file)
    return changed
  }

  private onDisk(file: string): Promise<string | undefined> {
    return readBytes(this.disk, path.join(this.folder, file)).then(hashBytes, () => undefined)
  }
}
