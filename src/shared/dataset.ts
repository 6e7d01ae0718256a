/**
 * The open dataset: what it is, the tokens that stand for paths main chose, backups, and the
 * news main sends about it.
 */
import type { Manifest } from './generated/manifest'
import type { MenuCommand } from './preferences'
import type { RecordKind } from './record-kinds'
import type { SyncPhase } from './team'

export interface DatasetInfo {
  /** Absolute path of the dataset folder. */
  path: string
  manifest: Manifest
  counts: Record<RecordKind, number>
  readOnly: boolean
  /** Why the dataset is read-only (another window writes it, the disk is read-only...). */
  readOnlyReason?: string
}

/**
 * An opaque name for a file or folder that main chose (its dialogs, the menu, the OS): the
 * renderer hands it back to mean that one, and never names a path itself (issue 17, finding 7).
 */
export type PathToken = string & { readonly __pathToken: true }

export interface OpenOptions {
  /** Open without writing; records that break the schemas are shown rather than refused. */
  readOnly?: boolean
}

export interface BackupInfo {
  name: string
  /** ISO timestamp of the generation. */
  at: string
}

/** Dataset commands that main runs itself (File menu, a second launch, the OS). */
export type DatasetCommandName = 'open' | 'save-as' | 'new'

/** News from main about the open dataset. */
export type DatasetEvent =
  | { type: 'reloaded'; reason: string }
  | { type: 'conflict'; files: string[] }
  /** Files changed on disk and cannot be read as a dataset: the app keeps its own version. */
  | { type: 'reload-failed'; files: string[]; message: string }
  | { type: 'compaction-failed'; message: string }
  /** The deep check of a large dataset, run after it opened, found problems: it is read-only now. */
  | { type: 'check-failed'; message: string }
  /** A command chosen from the application menu (or its shortcut in the packaged app), for the window. */
  | ({ type: 'menu-command' } & MenuCommand)
  /** A dataset command started in main (menu, second launch) failed: the window says what to do. */
  | { type: 'command-failed'; command: DatasetCommandName; message: string }
  /** A long export or import preview going on (`jobId` as given in its options). */
  | { type: 'progress'; jobId: string; done: number; total: number }
  /** The deep check of a large dataset found every record's issues: the "has issues" facet can fill in. */
  | { type: 'checked' }
  /** A team fetch, pull, push or merge going on (`jobId` as given to syncTeam). */
  | { type: 'team-progress'; jobId: string; phase: SyncPhase; done: number; total?: number }
