import type { DeepCheckResult } from '../validation/deep-check'
import type { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { HISTORY_DEFAULTS } from './journal-segments'
import type { LockOptions } from './lock'

export interface StoreOptions {
  disk?: Disk
  clock?: () => Date
  /** The curator's name, written into every journal event. */
  author?: () => string
  /** Fold the journal into the files after this long without a commit. */
  compactAfterMs?: number
  /** ...or as soon as this many commits wait. */
  compactEvery?: number
  /** Journal events kept for undo and record history. */
  historyLimit?: number
  /** The live journal moves into a history segment at a compaction once it is larger than this (bytes). */
  rotateBytes?: number
  /** History segments kept, in bytes (an open reads them all). */
  historyBytes?: number
  backupsKept?: number
  /** Files larger than this are refused (default: a little under V8's limit for one string). */
  maxFileBytes?: number
  /** Open read-only whatever the lock says. */
  readOnly?: boolean
  /** Why edits are refused (CONFLICT) for now: a team pull writing the files, a merge in progress. */
  writesHeld?: () => string | undefined
  /** Datasets larger than this (bytes) open on a shape check; the deep check of the records held runs after it, in slices on main (or comes from .curator/problems-cache.json). */
  deepCheckInWorkerAbove?: number
  /** The deep check (tests inject one); by default `checkHeldRecords` over the records in memory. */
  deepCheck?: (folder: string) => Promise<DeepCheckResult>
  /** Told when a compaction found files changed outside while edits were pending; nothing was written. */
  onOutsideChange?: (files: string[]) => void
  /** Told when the deferred deep check finds problems: the dataset is read-only from then on. */
  onCheckFailed?: (error: CuratorError) => void
  /** Told when the deferred deep check has found every record's issues (`DatasetStore.checkedProblems`). */
  onChecked?: () => void
  lock?: LockOptions
}

export const STORE_DEFAULTS = {
  compactAfterMs: 2000,
  compactEvery: 500,
  historyLimit: 5000,
  backupsKept: 10,
  ...HISTORY_DEFAULTS,
}
