import path from 'node:path'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { isOurGeneration, removeOurGeneration, writeBackupMarker } from './backup-marker'

/** Written last into a generation: a folder without it was cut short by a crash. */
const COMPLETE = 'complete'

/** Backup folder names sort by time: an ISO timestamp with the colons made safe for every OS. */
function backupName(at: Date): string {
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

/** A generation's name at `at`, a millisecond later while that name is taken (two in one millisecond, a fixed clock). */
async function freshName(disk: Disk, backupsDir: string, at: Date): Promise<string> {
  const taken = new Set(await disk.readdir(backupsDir).catch(() => [] as string[]))
  let time = at.getTime()
  while (taken.has(backupName(new Date(time)))) time += 1
  return backupName(new Date(time))
}

/** Hard links made at once while mirroring a dataset's files. */
const LINKS_AT_ONCE = 32

async function mirrorFile(disk: Disk, from: string, to: string, file: string): Promise<void> {
  // Compaction replaces files by renaming new ones over them, so a hard link keeps the old
  // bytes at no cost; where links are not supported (FAT, some network drives), copy. (An
  // outside editor that rewrites a file in place would change its backup too: git and most
  // editors write a new file instead.)
  const linked = await disk.link(path.join(from, file), path.join(to, file)).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? true : false),
  )
  if (linked) return
  const text = await disk.readFile(path.join(from, file)).catch(() => undefined)
  if (text !== undefined) await writeFileDurably(disk, path.join(to, file), text)
}

/**
 * Puts `files` (paths in `from`, with `/`: `dataset.json`, `sites/3f.json`) into `to`, in the
 * same folders, durably: hard links where the disk has them, copies where not.
 */
export async function mirrorFiles(disk: Disk, from: string, to: string, files: readonly string[]) {
  const folders = new Set([to, ...files.map((file) => path.dirname(path.join(to, file)))])
  for (const folder of folders) await disk.mkdir(folder)
  // A thousand shards: linked a batch at a time, so the disk's latency is paid per batch.
  for (let at = 0; at < files.length; at += LINKS_AT_ONCE)
    await Promise.all(files.slice(at, at + LINKS_AT_ONCE).map((file) => mirrorFile(disk, from, to, file)))
  // The deepest first: a folder's name is durable once its parent is synced after it.
  for (const folder of [...folders].sort().reverse()) await disk.syncFolder(folder)
}

/**
 * Puts the dataset's files as they are on disk (`files`: the manifest and the record files, in
 * the folder's layout) into a new generation, marked as ours first (backup-marker.ts), then drops
 * the oldest generations of ours beyond `keep`. Runs before a compaction overwrites files, and
 * before a migration to the sharded layout.
 */
export async function makeBackup(
  disk: Disk,
  folder: string,
  backupsDir: string,
  at: Date,
  keep: number,
  files: readonly string[],
) {
  const kind = await disk.kind(backupsDir)
  if (kind !== 'missing' && kind !== 'folder') throw new Error(`.curator/backups is not a folder (${kind})`)
  const target = path.join(backupsDir, await freshName(disk, backupsDir, at))
  await disk.mkdir(target)
  await writeBackupMarker(disk, target)
  await mirrorFiles(disk, folder, target, files)
  await writeFileDurably(disk, path.join(target, COMPLETE), `${at.toISOString()}\n`)
  await disk.syncFolder(backupsDir) // the generation's own name
  for (const old of (await listBackups(disk, backupsDir)).slice(keep))
    await removeOurGeneration(disk, backupsDir, old)
}
