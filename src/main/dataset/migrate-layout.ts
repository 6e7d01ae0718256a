import path from 'node:path'
import { RECORD_KINDS } from '../../shared/result'
import { makeBackup } from './backups'
import { toCanonicalJson } from './canonical-json'
import { hashText } from './file-hashes'
import type { Disk } from './fs/disk'
import { removeStaleTempFiles, writeFileDurably } from './fs/durable-write'
import { MANIFEST_FILE, OLD_RECORD_FILES, withLayout } from './layout'
import type { DatasetContents } from './read-folder'
import { datasetFiles } from './shard-files'
import { writeNewShards } from './shard-writes'
import { KIND_FOLDERS } from './shards'

/** Where a migration puts its backup generation, and how many generations are kept. */
export interface MigrationBackup {
  backupsDir: string
  at: Date
  keep: number
}

/** The dataset files after `settleLayout`: always sharded, with the hash of each file as it now is. */
export interface SettledLayout {
  hashes: Map<string, string>
}

/** Removes the old layout's record files, durably: after the commit point of a migration. */
async function removeOldFiles(disk: Disk, root: string): Promise<void> {
  let removed = false
  for (const file of Object.values(OLD_RECORD_FILES)) {
    removed = await disk.unlink(path.join(root, file)).then(
      () => true,
      () => removed,
    )
  }
  if (removed) await disk.syncFolder(root)
}

/** Removes the kind folders a migration cut short left (before its commit point they are nobody's). */
async function removeKindFolders(disk: Disk, root: string): Promise<void> {
  for (const kind of RECORD_KINDS) await disk.removeTree(path.join(root, KIND_FOLDERS[kind]))
  await disk.syncFolder(root)
}

/**
 * Migrates an old-layout dataset to shards (docs/LAYOUT.md), the files being as `contents` read
 * them: a backup generation of the old files, then every shard written durably, then the
 * manifest with `layout` (the commit point), then the old files removed. A crash before the
 * commit point leaves the old layout, read as it was (the next migration removes the half-written
 * folders first); after it, the next open removes the old files (`settleLayout`).
 */
export async function migrateToShards(
  disk: Disk,
  root: string,
  contents: DatasetContents,
  backup: MigrationBackup,
): Promise<SettledLayout> {
  const oldFiles = await datasetFiles(disk, root, false)
  await makeBackup(disk, root, backup.backupsDir, backup.at, backup.keep, oldFiles)
  await removeKindFolders(disk, root)
  const hashes = new Map<string, string>()
  for (const kind of RECORD_KINDS) {
    const written = await writeNewShards(disk, root, kind, contents.records[kind] as { id: string }[])
    for (const [file, hash] of written) hashes.set(file, hash)
  }
  const manifest = toCanonicalJson(withLayout(contents.manifest))
  await writeFileDurably(disk, path.join(root, MANIFEST_FILE), manifest)
  hashes.set(MANIFEST_FILE, hashText(manifest))
  await removeOldFiles(disk, root)
  return { hashes }
}

/**
 * With the lock held, before anything is written: brings the folder to the sharded layout. An
 * old-layout dataset is migrated (once: its manifest says so after); a sharded one loses what a
 * crash left (temp files in its kind folders, the old files of a migration cut short after its
 * commit point).
 */
export async function settleLayout(
  disk: Disk,
  root: string,
  contents: DatasetContents,
  backup: MigrationBackup,
): Promise<SettledLayout> {
  if (!contents.sharded) return migrateToShards(disk, root, contents, backup)
  await removeOldFiles(disk, root)
  for (const kind of RECORD_KINDS) await removeStaleTempFiles(disk, path.join(root, KIND_FOLDERS[kind]))
  return { hashes: contents.hashes }
}
