import path from 'node:path'
import type { RecordKind } from '@shared/result'
import type { Disk } from './fs/disk'
import { writeAndSync } from './fs/durable-write'
import { hashText } from './file-hashes'
import { groupByShard, serializeShard } from './shard-files'
import { KIND_FOLDERS } from './shards'

/** Writing shard files durably: into a new folder (a new dataset, a migration), and one at a time. */

/** Makes a kind's folder when it is not there yet, its name durable (the dataset folder fsynced). */
export async function ensureKindFolder(disk: Disk, folder: string, kind: RecordKind): Promise<void> {
  const kindFolder = path.join(folder, KIND_FOLDERS[kind])
  const there = await disk.readdir(kindFolder).then(
    () => true,
    () => false,
  )
  if (there) return
  await disk.mkdir(kindFolder)
  await disk.syncFolder(folder)
}

/** Removes a shard whose last record went (a shard with no records has no file), durably. */
export async function removeShardFile(disk: Disk, folder: string, file: string): Promise<void> {
  await disk.unlink(path.join(folder, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await disk.syncFolder(path.dirname(path.join(folder, file)))
}

/** Shard files written at once into a new folder. */
const WRITES_AT_ONCE = 16

/**
 * Writes every shard of a kind into its folder, which must not hold any yet (a new dataset, a
 * migration whose half-written folders were removed first): each file written and fsynced, then
 * the folder, then the dataset folder, once. Until the manifest names the layout, these files
 * are nobody's, so no temp file and rename is needed. Answers the SHA-256 of each file written.
 */
export async function writeNewShards<R extends { id: string }>(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  records: R[],
): Promise<Map<string, string>> {
  const written = new Map<string, string>()
  if (records.length === 0) return written
  const kindFolder = path.join(folder, KIND_FOLDERS[kind])
  await disk.mkdir(kindFolder)
  // A batch at a time, so that the fsyncs of a thousand shards overlap, and only a batch's text is held.
  const shards = [...groupByShard(kind, records)]
  for (let at = 0; at < shards.length; at += WRITES_AT_ONCE) {
    const batch = shards
      .slice(at, at + WRITES_AT_ONCE)
      .map(([file, shard]) => [file, serializeShard(shard)] as const)
    await Promise.all(batch.map(([file, text]) => writeAndSync(disk, path.join(folder, file), text)))
    for (const [file, text] of batch) written.set(file, hashText(text))
  }
  await disk.syncFolder(kindFolder)
  await disk.syncFolder(folder)
  return written
}
