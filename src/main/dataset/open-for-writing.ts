import path from 'node:path'
import type { JournalWriter } from './journal'
import type { JournalState } from './journal-state'
import type { LockOptions } from './lock'
import { settleLayout } from './migrate-layout'
import { prepareForWriting, takeWriteAccess } from './open-steps'
import type { DatasetContents } from './read-folder'

/** What an open for writing got: the journal and the lock, or why the dataset is read-only. */
interface WriteAccess {
  writer?: JournalWriter
  release?: () => Promise<void>
  reason?: string
  /** Whether the folder is now in shards (always, when writable). */
  sharded: boolean
  /** SHA-256 of each dataset file as it now is. */
  hashes: Map<string, string>
}

function notMigrated(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
  return `The dataset could not be moved to the sharded layout (${code}): opened read-only, its files as they were. Free some space or check the folder's permissions, then open it again.`
}

/**
 * Takes the lock, readies the journal and brings the folder to the sharded layout (a migration,
 * once, for an old dataset). Answers read-only access, saying why, when another writer holds
 * the lock, the folder cannot be written, or the migration could not finish (the old layout
 * then stands as it was).
 */
export async function openForWriting(
  disk: Parameters<typeof prepareForWriting>[0],
  root: string,
  meta: string,
  open: {
    contents: DatasetContents
    journal: JournalState['journal']
    at: Date
    backupsKept: number
    lock: LockOptions | undefined
  },
): Promise<WriteAccess> {
  const { contents } = open
  const readOnly = (reason: string | undefined) => ({
    reason,
    sharded: contents.sharded,
    hashes: contents.hashes,
  })
  const access = await takeWriteAccess(disk, root, meta, open.lock)
  if (!access.release) return readOnly(access.reason)
  let writer: JournalWriter
  try {
    writer = await prepareForWriting(disk, root, meta, open.journal)
  } catch (error) {
    await access.release()
    throw error
  }
  try {
    const backup = { backupsDir: path.join(meta, 'backups'), at: open.at, keep: open.backupsKept }
    const { hashes } = await settleLayout(disk, root, contents, backup)
    return { writer, release: access.release, sharded: true, hashes }
  } catch (error) {
    await writer.close()
    await access.release()
    return readOnly(notMigrated(error))
  }
}
