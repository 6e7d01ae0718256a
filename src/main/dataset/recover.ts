import path from 'node:path'
import { DATASET_FILES, listBackups } from './backups'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'

const backupsOf = (folder: string) => path.join(folder, '.curator', 'backups')

/** The backup generations of a dataset folder, newest first, even one that does not open. */
export function folderBackups(disk: Disk, folder: string): Promise<string[]> {
  return listBackups(disk, backupsOf(folder))
}

/**
 * Puts a backup generation back in place of damaged files. The damaged files are not lost: they
 * move to `.curator/damaged-<time>/` first, so nothing the curator had is overwritten.
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
  await disk.syncFolder(aside)
  return aside
}
