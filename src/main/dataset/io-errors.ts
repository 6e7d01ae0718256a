import { CuratorError } from './errors'

/** Disk failures in words a curator can act on; the edit itself stays in the form, unsaved. */
export function ioError(error: unknown, folder: string): Error {
  if (error instanceof CuratorError) return error
  const code = (error as NodeJS.ErrnoException).code
  const messages: Record<string, string> = {
    ENOSPC: `The disk holding ${folder} is full: nothing was saved. Free some space, then save again; your edit is still here.`,
    EDQUOT: `Your disk quota for ${folder} is used up: nothing was saved. Free some space, then save again.`,
    EROFS: `${folder} is on a read-only disk: nothing was saved. Save a copy elsewhere with Save As.`,
    EACCES: `Heritage Curator may not write in ${folder}: nothing was saved. Check the folder's permissions.`,
    EPERM: `Heritage Curator may not write in ${folder}: nothing was saved. Check the folder's permissions.`,
    EIO: `The disk holding ${folder} reported an input/output error: nothing was saved. Check the disk, then save again.`,
  }
  const message = (code && messages[code]) ?? `Saving in ${folder} failed: ${(error as Error).message}`
  return new CuratorError('IO', message)
}
