import path from 'node:path'
import { DATASET_FILES, listBackups } from './backups'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { listSegments } from './journal-segments'
import { JOURNAL_FILE } from './journal-state'

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
 * Puts a backup generation back in place of damaged files. The damaged files are not lost: they
 * move to `.curator/damaged-<time>/` first, with the journal (the restored dataset is exactly the
 * backup, with no pending edits and no undo history), so nothing the curator had is overwritten.
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
  const aside = path.join(folder, '.curator', `damaged-${at.toISOString().replaceAll(':', '-')}`)
  await disk.mkdir(aside)
  for (const file of DATASET_FILES) {
    const text = await disk.readFile(path.join(backupsOf(folder), name, file)).catch(() => undefined)
    await disk.rename(path.join(folder, file), path.join(aside, file)).catch(() => undefined)
    if (text !== undefined) await writeFileDurably(disk, path.join(folder, file), text)
  }
  for (const file of await journalFiles(disk, folder))
    await disk.rename(path.join(folder, '.curator', file), path.join(aside, file)).catch(() => undefined)
  await disk.syncFolder(aside)
  await disk.syncFolder(path.join(folder, '.curator'))
  return aside
}
