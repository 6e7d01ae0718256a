import path from 'node:path'
import { DATASET_FILES, removeIncompleteBackups } from './backups'
import type { Disk } from './fs/disk'
import { removeStaleTempFiles, writeFileDurably } from './fs/durable-write'
import { decodeJournal, type JournalContents, JournalWriter } from './journal'
import { acquireLock, type LockOwner } from './lock'

/** The steps of opening a dataset that concern the app's own files in `.curator/`. */

export async function readJournalState(disk: Disk, meta: string) {
  const text = await disk.readFile(path.join(meta, 'journal.jsonl')).catch(() => '')
  const journal = decodeJournal(text, '.curator/journal.jsonl')
  const state = await disk
    .readFile(path.join(meta, 'state.json'))
    .then((t) => JSON.parse(t) as { compactedThrough?: number })
    .catch(() => ({ compactedThrough: 0 }))
  return { journal, compactedThrough: state.compactedThrough ?? 0 }
}

function lockedMessage(owner: LockOwner | undefined): string {
  if (!owner) return 'Another Heritage Curator is writing this dataset: opened read-only.'
  // A lock written by hand or by another version may lack a part: say only what it holds.
  const started = new Date(owner.startedAt)
  const parts = [
    Number.isInteger(owner.pid) ? `process ${owner.pid}` : undefined,
    typeof owner.host === 'string' && owner.host !== '' ? `on ${owner.host}` : undefined,
    Number.isNaN(started.getTime()) ? undefined : `since ${started.toISOString()}`,
  ].filter(Boolean)
  const who = parts.length > 0 ? ` (${parts.join(' ').replace(' since', ', since')})` : ''
  return `Another Heritage Curator${who} is writing this dataset: opened read-only. Close it there to edit here.`
}

/** Takes the dataset's lock; answers why not (read-only) when another writer has it or the disk refuses. */
export async function takeWriteAccess(
  disk: Disk,
  root: string,
  meta: string,
  lockOptions: Parameters<typeof acquireLock>[2],
): Promise<{ release?: () => Promise<void>; reason?: string }> {
  try {
    await disk.mkdir(meta)
    await disk.syncFolder(root) // the new .curator folder's name must survive a power cut too
    const lock = await acquireLock(disk, path.join(meta, 'lock'), lockOptions)
    return lock.held ? { release: lock.release } : { reason: lockedMessage(lock.owner) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return { reason: `The dataset folder cannot be written (${code}): opened read-only.` }
  }
}

function exists(disk: Disk, file: string): Promise<boolean> {
  return disk.size(file).then(
    () => true,
    () => false,
  )
}

/** With the lock held, clears what a crash left (temp files, a torn last line) and readies the journal. */
export async function prepareForWriting(disk: Disk, root: string, meta: string, journal: JournalContents) {
  const file = path.join(meta, 'journal.jsonl')
  await removeStaleTempFiles(disk, root)
  await removeStaleTempFiles(disk, meta)
  await removeIncompleteBackups(disk, path.join(meta, 'backups'))
  if (journal.tornTail) await disk.truncate(file, journal.validBytes)
  // The journal's own name must be durable before any line in it can be.
  if (!(await exists(disk, file))) await writeFileDurably(disk, file, '')
  // The journal, lock and backups are this machine's working state, not the dataset.
  const ignore = path.join(meta, '.gitignore')
  if (!(await exists(disk, ignore))) await writeFileDurably(disk, ignore, '*\n')
  return new JournalWriter(disk, file, journal.validBytes)
}

/** The bytes of the dataset's files, to choose how deeply to check them on open. */
export async function datasetBytes(disk: Disk, folder: string): Promise<number> {
  let total = 0
  for (const file of DATASET_FILES) total += await disk.size(path.join(folder, file)).catch(() => 0)
  return total
}

/** Why a dataset opened on request is read-only, naming the first problem its files have. */
export function readOnlyReason(problems: { message: string }[]): string {
  if (problems.length === 0) return 'Opened read-only.'
  const n = problems.length
  return `Opened read-only, with ${n} problem${n === 1 ? '' : 's'} in the files: ${problems[0]?.message ?? ''}`
}
