import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Manifest } from '@shared/domain'
import { RECORD_KINDS } from '@shared/result'
import { toCanonicalJson } from './canonical-json'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { MANIFEST_FILE, withLayout } from './layout'
import type { Collections } from './read-dataset'
import { writeNewShards } from './shard-writes'
import { newDatasetTemp, removeDeadNewDatasetTemps } from './new-dataset-temp'

/** Refuses a target that is neither missing nor an empty folder; answers whether it exists. */
async function checkTarget(disk: Disk, folder: string): Promise<boolean> {
  const kind = await disk.kind(folder)
  if (kind === 'missing') return false
  if (kind === 'folder' && (await disk.readdir(folder)).length === 0) return true
  const why =
    kind === 'folder' ? 'is not empty' : kind === 'symlink' ? 'is a symbolic link' : 'is not a folder'
  throw new CuratorError('CONFLICT', `${folder} ${why}: choose an empty folder for a new dataset.`)
}

/**
 * Writes a new dataset into an empty (or new) folder, in shards (docs/LAYOUT.md). The files are written durably into a temp
 * folder beside it, which is then renamed into place: a crash (or a kill of `init`/`import`) at
 * any moment leaves the target as it was (missing or empty: the command can run again) or a
 * whole dataset, never a folder of some files that no command accepts.
 */
export async function writeNewDataset(disk: Disk, folder: string, manifest: Manifest, records: Collections) {
  const target = path.resolve(folder)
  const existed = await checkTarget(disk, target)
  const parent = path.dirname(target)
  await disk.mkdir(parent)
  await removeDeadNewDatasetTemps(disk, target)
  const temp = newDatasetTemp(target, randomBytes(4).toString('hex'))
  try {
    await disk.mkdir(temp)
    for (const kind of RECORD_KINDS) await writeNewShards(disk, temp, kind, records[kind] as { id: string }[])
    await writeFileDurably(disk, path.join(temp, MANIFEST_FILE), toCanonicalJson(withLayout(manifest)))
    await disk.syncFolder(temp)
    await renameIntoPlace(disk, temp, target, existed)
  } catch (error) {
    await disk.removeTree(temp).catch(() => undefined)
    throw error
  }
  await disk.syncFolder(parent)
}

/** POSIX renames a folder over an empty one; Windows will not: there the empty one goes first. */
async function renameIntoPlace(disk: Disk, temp: string, target: string, existed: boolean) {
  try {
    await disk.rename(temp, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!existed || !['EPERM', 'EEXIST', 'EACCES'].includes(code ?? '')) throw error
    if ((await disk.readdir(target)).length > 0) throw error
    await disk.removeTree(target)
    await disk.rename(temp, target)
  }
}
