import os from 'node:os'
import type { ForeignLock, LockOwner } from './lock-file'

/** Where the lock lives, as a curator finds it from the dataset folder. */
const LOCK = '.curator/lock'

/** A lock's start time in the curator's words; a time that does not parse says so, never "Invalid Date". */
function since(startedAt: string): string {
  const at = new Date(startedAt)
  return Number.isNaN(at.getTime()) ? 'since an unknown time' : `since ${at.toLocaleString()}`
}

const CLEAR = `If no Heritage Curator has this dataset open, delete ${LOCK} in the dataset folder and open it again.`

/** Why a dataset opened read-only because of its lock, and how to clear a lock nobody holds. */
export function lockedMessage(owner: LockOwner | undefined, foreign?: ForeignLock): string {
  if (foreign) {
    const what = {
      folder: 'is a folder, not a lock file',
      symlink: 'is a symbolic link, not a lock file',
      other: 'is not a regular file',
      unreadable: `cannot be read (${foreign.code ?? 'error'})`,
      garbled: 'is not a lock Heritage Curator wrote',
    }[foreign.what]
    return `${LOCK} ${what}: opened read-only. ${CLEAR}`
  }
  if (!owner) return 'Another Heritage Curator is writing this dataset: opened read-only.'
  const who = `process ${owner.pid} on ${owner.host}, ${since(owner.startedAt)}`
  if (owner.host !== os.hostname()) {
    return `Another Heritage Curator (${who}) is writing this dataset: opened read-only. A lock from another machine is never taken over: check on ${owner.host} that Heritage Curator no longer has this dataset open, then delete ${LOCK} in the dataset folder and open it again.`
  }
  return `Another Heritage Curator (${who}) is writing this dataset: opened read-only. Close it there to edit here.`
}
