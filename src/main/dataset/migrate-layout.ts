import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { RECORD_KINDS } from '@shared/result'
import { makeBackup } from './backups'
import { toCanonicalJson } from './canonical-json'
import { hashText } from './file-hashes'
import type { Disk } from './fs/disk'
import { removeStaleTempFiles, writeFileDurably } from './fs/durable-write'
import { MANIFEST_FILE, OLD_RECORD_FILES, withLayout } from './layout'
import { newDatasetTemp, removeDeadNewDatasetTemps } from './new-dataset-temp'
import type { DatasetContents } from './read-folder'
import { datasetFiles } from './shard-files'
import { writeNewShards } from './shard-writes'
import { KIND_FOLDERS } from './shards'

/** Where a migration puts its backup generation, and how many generations are kept. */
interface MigrationBackup {
  backupsDir: string
  at: Date
  keep: number
}

/** The dataset files after `settleLayout`: always sharded, with the hash of each file as it now is. */
interface SettledLayout {
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

/** The staging folder a migration writes its kind folders in (`.shards.hc-new-<pid>-<random>`), by name. */
const stagingTarget = (root: string) => path.join(root, 'shards')

/**
 * Writes every kind's shards into a staging folder inside the dataset, then renames each kind
 * folder into place whole (as a new dataset is, write-new-dataset.ts): a kind folder at its own
 * name is never half-written. Answers the SHA-256 of each file written.
 */
async function writeKindFoldersIntoPlace(
  disk: Disk,
  root: string,
  records: DatasetContents['records'],
): Promise<Map<string, string>> {
  await removeDeadNewDatasetTemps(disk, stagingTarget(root))
  const staging = newDatasetTemp(stagingTarget(root), randomBytes(4).toString('hex'))
  const hashes = new Map<string, string>()
  try {
    await disk.mkdir(staging)
    for (const kind of RECORD_KINDS) {
      const written = await writeNewShards(disk, staging, kind, records[kind] as { id: string }[])
      for (const [file, hash] of written) hashes.set(file, hash)
      if (written.size > 0)
        await disk.rename(path.join(staging, KIND_FOLDERS[kind]), path.join(root, KIND_FOLDERS[kind]))
    }
    await disk.syncFolder(root)
  } finally {
    await disk.removeTree(staging).catch(() => undefined)
  }
  return hashes
}

/**
 * Migrates an old-layout dataset to shards (docs/LAYOUT.md), the files being as `contents` read
 * them: a backup generation of the old files, then every shard written durably (each kind
 * folder renamed into place whole), then the manifest with `layout` (the commit point), then the
 * old files removed. A crash before the commit point leaves the old layout, read as it was (the
 * next migration removes the folders it left first); after it, the next open removes the old
 * files (`settleLayout`).
 */
async function migrateToShards(
  disk: Disk,
  root: string,
  contents: DatasetContents,
  backup: MigrationBackup,
): Promise<SettledLayout> {
  const oldFiles = await datasetFiles(disk, root, false)
  await makeBackup(disk, root, backup.backupsDir, backup.at, backup.keep, oldFiles)
  await removeKindFolders(disk, root)
  const hashes = await writeKindFoldersIntoPlace(disk, root, contents.records)
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
  await removeDeadNewDatasetTemps(disk, stagingTarget(root))
  for (const kind of RECORD_KINDS) await removeStaleTempFiles(disk, path.join(root, KIND_FOLDERS[kind]))
  return { hashes: contents.hashes }
}
