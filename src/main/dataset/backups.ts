import path from 'node:path'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { isOurGeneration, removeOurGeneration, writeBackupMarker } from './backup-marker'
import { MANIFEST_FILE, RECORD_FILES } from './layout'

export const DATASET_FILES = [MANIFEST_FILE, ...Object.values(RECORD_FILES)]

/** Written last into a generation: a folder without it was cut short by a crash. */
const COMPLETE = 'complete'

/** Backup folder names sort by time: an ISO timestamp with the colons made safe for every OS. */
export function backupName(at: Date): string {
  return at.toISOString().replaceAll(':', '-')
}

async function isComplete(disk: Disk, folder: string): Promise<boolean> {
  return (await disk.readdir(folder).catch(() => [] as string[])).includes(COMPLETE)
}

async function generations(disk: Disk, backupsDir: string): Promise<string[]> {
  const names = await disk.readdir(backupsDir).catch(() => [] as string[])
  return names
    .filter((n) => /^\d{4}-\d\d-\d\dT/.test(n))
    .sort()
    .reverse()
}

/** Complete backup generations that the app made (backup-marker.ts), newest first. */
export async function listBackups(disk: Disk, backupsDir: string): Promise<string[]> {
  const names = await generations(disk, backupsDir)
  const usable = await Promise.all(
    names.map(
      async (n) => (await isOurGeneration(disk, backupsDir, n)) && isComplete(disk, path.join(backupsDir, n)),
    ),
  )
  return names.filter((_, i) => usable[i])
}

/** Removes generations of ours a crash cut short (the writer holds the lock when this runs). */
export async function removeIncompleteBackups(disk: Disk, backupsDir: string): Promise<void> {
  for (const name of await generations(disk, backupsDir)) {
    if (!(await isComplete(disk, path.join(backupsDir, name))))
      await removeOurGeneration(disk, backupsDir, name)
  }
}

/**
 * Copies the dataset's files as they are on disk into a new generation, then drops the oldest
 * generations beyond `keep`. Runs before a compaction overwrites the files.
 */
export async function makeBackup(disk: Disk, folder: string, backupsDir: string, at: Date, keep: number) {
  const target = path.join(backupsDir, backupName(at))
  const kind = await disk.kind(backupsDir)
  if (kind !== 'missing' && kind !== 'folder') throw new Error(`.curator/backups is not a folder (${kind})`)
  await disk.mkdir(target)
  await writeBackupMarker(disk, target)
  for (const file of DATASET_FILES) {
    // Compaction replaces files by renaming new ones over them, so a hard link keeps the old
    // bytes at no cost; where links are not supported (FAT, some network drives), copy. (An
    // outside editor that rewrites a file in place would change its backup too: git and most
    // editors write a new file instead.)
    const linked = await disk.link(path.join(folder, file), path.join(target, file)).then(
      () => true,
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? true : false),
    )
    if (linked) continue
    const text = await disk.readFile(path.join(folder, file)).catch(() => undefined)
    if (text !== undefined) await writeFileDurably(disk, path.join(target, file), text)
  }
  await disk.syncFolder(target)
  await writeFileDurably(disk, path.join(target, COMPLETE), `${at.toISOString()}\n`)
  for (const old of (await listBackups(disk, backupsDir)).slice(keep))
    await removeOurGeneration(disk, backupsDir, old)
}
