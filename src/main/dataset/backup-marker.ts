import path from 'node:path'
import type { Disk } from './fs/disk'

/**
 * The app removes backup generations (pruning, and those a crash cut short), so it must never
 * remove a folder it did not make: a date-named folder someone put in `.curator/backups`, or one
 * reached through a link (a symlinked `.curator/backups` once made pruning delete a folder
 * outside the dataset). Each generation gets this marker first thing after its folder is made;
 * only a real folder holding a regular marker file with these exact contents is ever removed.
 */
const BACKUP_MARKER = '.heritage-curator-backup'
const MARKER_TEXT = 'A backup generation made by Heritage Curator.\n'

/**
 * Written into a new generation before anything else, in place (no temp file: a crash must not
 * leave a generation whose only file is a temp that is not the marker): a marker cut short is a
 * prefix of the text, still ours.
 */
export async function writeBackupMarker(disk: Disk, generation: string): Promise<void> {
  const handle = await disk
    .open(path.join(generation, BACKUP_MARKER), 'wx')
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined // the same generation, made again
      throw error
    })
  if (!handle) return
  try {
    await handle.write(MARKER_TEXT)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await disk.syncFolder(generation)
}

/** Before the marker existed, `complete` held the time the folder is named after: still ours. */
async function legacyGeneration(disk: Disk, generation: string): Promise<boolean> {
  const complete = path.join(generation, 'complete')
  if ((await disk.kind(complete)) !== 'file') return false
  const text = await disk.readFile(complete).catch(() => '')
  return text.trim().replaceAll(':', '-') === path.basename(generation)
}

/**
 * Whether `name` in `backupsDir` is a generation the app made: the backups folder and the
 * generation are real folders (not links), and the marker is there.
 */
export async function isOurGeneration(disk: Disk, backupsDir: string, name: string): Promise<boolean> {
  if ((await disk.kind(path.dirname(backupsDir))) !== 'folder') return false
  if ((await disk.kind(backupsDir)) !== 'folder') return false
  const generation = path.join(backupsDir, name)
  if ((await disk.kind(generation)) !== 'folder') return false
  const marker = path.join(generation, BACKUP_MARKER)
  if ((await disk.kind(marker)) !== 'file') return legacyGeneration(disk, generation)
  const text = await disk.readFile(marker).catch(() => undefined)
  return text !== undefined && MARKER_TEXT.startsWith(text)
}

/** Removes a generation only after checking it is ours; answers whether it did. */
export async function removeOurGeneration(disk: Disk, backupsDir: string, name: string): Promise<boolean> {
  if (!(await isOurGeneration(disk, backupsDir, name))) return false
  await disk.removeTree(path.join(backupsDir, name))
  return true
}
