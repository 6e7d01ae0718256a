import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Disk } from './disk'

/** Temp files are named so that a reopen can find and remove the ones a crash left behind. */
const TEMP_SUFFIX = '.hc-tmp'

export function isTempFile(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX)
}

/** Writes a file (created or truncated) and fsyncs it: its bytes, not yet its name, survive a power cut. */
export async function writeAndSync(disk: Disk, file: string, data: string): Promise<void> {
  const handle = await disk.open(file, 'w')
  try {
    await handle.write(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Replaces a file so that after a crash or a power cut it holds either the old bytes or the new
 * ones, never a mixture or nothing: write a temp file, fsync it, rename it over the target,
 * fsync the folder. (lowdb's own writer renames without fsync.)
 */
export async function writeFileDurably(disk: Disk, file: string, data: string): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
  try {
    await writeAndSync(disk, temp, data)
    await disk.rename(temp, file)
  } catch (error) {
    await disk.unlink(temp).catch(() => undefined)
    throw error
  }
  await disk.syncFolder(path.dirname(file))
}

/** Removes temp files a crash left in a folder. */
export async function removeStaleTempFiles(disk: Disk, folder: string): Promise<void> {
  const names = await disk.readdir(folder).catch(() => [] as string[])
  await Promise.all(
    names.filter(isTempFile).map((name) => disk.unlink(path.join(folder, name)).catch(() => undefined)),
  )
}
