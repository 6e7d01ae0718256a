import path from 'node:path'
import { listBackups, mirrorFiles } from './backups'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { MANIFEST_FILE, RECORD_ENTRIES } from './layout'
import { listSegments } from './journal-segments'
import { JOURNAL_FILE } from './journal-state'
import { filesOfEitherLayout } from './shard-files'

const backupsOf = (folder: string) => path.join(folder, '.curator', 'backups')

/** The backup generations of a dataset folder, newest first, even one that does not open. */
export function folderBackups(disk: Disk, folder: string): Promise<string[]> {
  return listBackups(disk, backupsOf(folder))
}

/**
 * The journal's files describe edits to the files being replaced, not to the backup: replayed
 * over the backup they would mix two states (or be the very damage that stopped the open).
 */
async function journalFiles(disk: Disk, folder: string): Promise<string[]> {
  const segments = await listSegments(disk, path.join(folder, '.curator'))
  return [JOURNAL_FILE, 'state.json', ...segments.map((s) => s.name)]
}

/**
 * Puts a backup generation back in place of damaged files, in whichever layout the generation
 * has (the one made before a migration holds the old layout's files; opening the folder for
 * writing then migrates it again). The damaged files are not lost: the manifest, the record
 * files and the kind folders move to `.curator/damaged-<time>/` first, with the journal (the
 * restored dataset is exactly the backup, with no pending edits and no undo history), so nothing
 * the curator had is overwritten. The manifest goes aside first and comes back last: in between
 * the folder is no dataset, never a mixture of two.
 */
export async function restoreFolderFromBackup(
  disk: Disk,
  folder: string,
  name: string,
  at: Date,
): Promise<string> {
  if (!(await folderBackups(disk, folder)).includes(name)) {
    throw new CuratorError('NOT_FOUND', `There is no backup “${name}” in ${folder}.`)
  }
  const generation = path.join(backupsOf(folder), name)
  const aside = path.join(folder, '.curator', `damaged-${at.toISOString().replaceAll(':', '-')}`)
  await disk.mkdir(aside)
  for (const entry of [MANIFEST_FILE, ...RECORD_ENTRIES])
    await disk.rename(path.join(folder, entry), path.join(aside, entry)).catch(() => undefined)
  for (const file of await journalFiles(disk, folder))
    await disk.rename(path.join(folder, '.curator', file), path.join(aside, file)).catch(() => undefined)
  await disk.syncFolder(aside)
  await disk.syncFolder(path.join(folder, '.curator'))
  await disk.syncFolder(folder)
  const files = (await filesOfEitherLayout(disk, generation)).filter((file) => file !== MANIFEST_FILE)
  await mirrorFiles(disk, generation, folder, files)
  await mirrorFiles(disk, generation, folder, [MANIFEST_FILE])
  return aside
}
