import { constants } from 'node:fs'
import { type FileHandle, lstat, open } from 'node:fs/promises'

/**
 * What a name in a dataset folder is, without following it: a dataset arrives from other
 * people's machines (git stores symbolic links), so every file the app reads or writes must be
 * a regular file, and every folder a real folder, never a link that leads somewhere else.
 */
export type FileKind = 'file' | 'folder' | 'symlink' | 'other' | 'missing'

export async function kindOf(file: string): Promise<FileKind> {
  try {
    const stats = await lstat(file)
    if (stats.isSymbolicLink()) return 'symlink'
    if (stats.isFile()) return 'file'
    return stats.isDirectory() ? 'folder' : 'other'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
    throw error
  }
}

/** Where Node offers them (not on Windows): refuse a link as the last name, and never wait on a FIFO. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0
const NO_WAIT = constants.O_NONBLOCK ?? 0

const FLAGS = {
  r: constants.O_RDONLY,
  'r+': constants.O_RDWR,
  w: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC,
  a: constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND,
  wx: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
} as const

type OpenMode = keyof typeof FLAGS

/** The error for a name that is not a regular file; `code` tells it from the disk's own errors. */
function notRegularFile(file: string, kind: FileKind): NodeJS.ErrnoException {
  const what = { symlink: 'a symbolic link', folder: 'a folder', other: 'not a regular file' }[
    kind as 'symlink' | 'folder' | 'other'
  ]
  return Object.assign(new Error(`${file} is ${what ?? 'not a regular file'}`), {
    code: kind === 'symlink' ? 'ELOOP' : 'ENOTREGULAR',
    path: file,
    kind,
  })
}

/**
 * Opens a regular file without following a symbolic link at its name (O_NOFOLLOW: the open
 * itself refuses, so no other process can swap a link in between a check and the open) and
 * without blocking on a FIFO (O_NONBLOCK), then refuses whatever the open found that is not a
 * regular file (a folder, a FIFO, a socket, a device).
 */
export async function openRegularFile(file: string, mode: OpenMode): Promise<FileHandle> {
  let handle: FileHandle
  try {
    handle = await open(file, FLAGS[mode] | NO_FOLLOW | NO_WAIT)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // ELOOP: the name is a link (O_NOFOLLOW); EISDIR, ENXIO (a FIFO nobody reads): not a file.
    if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO')
      throw notRegularFile(file, await kindOf(file))
    throw error
  }
  const stats = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  if (!stats.isFile()) {
    await handle.close()
    throw notRegularFile(file, stats.isDirectory() ? 'folder' : 'other')
  }
  return handle
}
