import path from 'node:path'
import { removeIncompleteBackups } from './backups'
import type { Disk } from './fs/disk'
import { removeStaleTempFiles, writeFileDurably } from './fs/durable-write'
import { JournalWriter } from './journal'
import type { JournalState } from './journal-state'
import { acquireLock, type LockOptions } from './lock'
import { lockedMessage } from './lock-messages'

/** The steps of opening a dataset that concern the app's own files in `.curator/`. */

export { readJournalState } from './journal-state'

/** Takes the dataset's lock; answers why not (read-only) when another writer has it or the disk refuses. */
export async function takeWriteAccess(
  disk: Disk,
  root: string,
  meta: string,
  lockOptions: LockOptions | undefined,
): Promise<{ release?: () => Promise<void>; reason?: string }> {
  try {
    const created = (await disk.kind(meta)) === 'missing'
    await disk.mkdir(meta)
    await disk.syncFolder(root) // the new .curator folder's name must survive a power cut too
    const lock = await acquireLock(disk, path.join(meta, 'lock'), lockOptions)
    if (!lock.held) return { reason: lockedMessage(lock.owner, lock.foreign) }
    // A session that wrote nothing leaves no trace: a .curator it made and left empty goes again.
    const release = async () => {
      await lock.release()
      if (created) await removeIfEmpty(disk, root, meta)
    }
    return { release }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return { reason: `The dataset folder cannot be written (${code}): opened read-only.` }
  }
}

async function removeIfEmpty(disk: Disk, root: string, meta: string): Promise<void> {
  if ((await disk.kind(meta)) !== 'folder' || (await disk.readdir(meta)).length > 0) return
  await disk.removeTree(meta)
  await disk.syncFolder(root)
}

function exists(disk: Disk, file: string): Promise<boolean> {
  return disk.size(file).then(
    () => true,
    () => false,
  )
}

/** With the lock held, clears what a crash left (temp files, a torn last line) and readies the journal. */
export async function prepareForWriting(
  disk: Disk,
  root: string,
  meta: string,
  journal: JournalState['journal'],
) {
  const file = path.join(meta, 'journal.jsonl')
  await removeStaleTempFiles(disk, root)
  await removeStaleTempFiles(disk, meta)
  await removeIncompleteBackups(disk, path.join(meta, 'backups'))
  if (journal.tornTail) await disk.truncate(file, journal.validBytes)
  // Nothing more is written until there is something to keep (a refused import writes nothing).
  const beforeFirstWrite = async () => {
    // The journal's own name must be durable before any line in it can be.
    if (!(await exists(disk, file))) await writeFileDurably(disk, file, '')
    // The journal, lock and backups are this machine's working state, not the dataset.
    const ignore = path.join(meta, '.gitignore')
    if (!(await exists(disk, ignore))) await writeFileDurably(disk, ignore, '*\n')
  }
  return new JournalWriter(disk, file, journal.live, beforeFirstWrite)
}

/** Why a dataset opened on request is read-only, naming the first problem its files have. */
export function readOnlyReason(problems: { message: string }[]): string {
  if (problems.length === 0) return 'Opened read-only.'
  const n = problems.length
  return `Opened read-only, with ${n} problem${n === 1 ? '' : 's'} in the files: ${problems[0]?.message ?? ''}`
}
