/**
 * The team-on-git contract between the engine (src/main/team) and the views that show it
 * (Changes, History, Sync, Conflicts). Plain data only: every value here survives JSON.
 */
import type { FieldChange } from './history'
import type { ValidationIssue } from './issues'
import type { RecordKind } from './record-kinds'

/** What a conflict is about: a record, the manifest (`dataset.json`), or another file of the repository. */
export type ConflictSubject = RecordKind | 'manifest' | 'file'

/**
 * Why a field (or a whole record) needs the curator:
 * - `both-changed`: both sides changed it, to different values;
 * - `edit-delete`: one side deleted what the other changed (path `''` for a whole record, or a
 *   keyed item such as one reference);
 * - `both-added`: both sides added it (a record with the same id, a reference to the same
 *   source) with different content.
 */
export type ConflictReason = 'both-changed' | 'edit-delete' | 'both-added'

/**
 * One field both sides changed differently. `path` is a JSON pointer into the record; a segment
 * `@key` names an item of a keyed list (`/references/@src-1/quote`: the reference to source
 * `src-1`; `/qualifiers/@point-in-time/value`), `@key#1` the second item with the same key.
 * An absent value (`undefined`, missing in JSON) means the field or record does not exist on that side.
 */
export interface FieldConflict {
  path: string
  reason: ConflictReason
  base?: unknown
  ours?: unknown
  theirs?: unknown
}

/** A record the merge could not finish alone: conflicting fields, or a clean merge that is invalid. */
export interface ConflictedRecord {
  kind: ConflictSubject
  /** The record id; the file path for `file`; `dataset.json` for `manifest`. */
  id: string
  /** The versions: the merge base, ours (this machine), theirs (the remote); null = absent. */
  base: unknown
  ours: unknown
  theirs: unknown
  /** The record as merged so far, each conflicting field taken from ours; null = deleted. */
  merged: unknown
  conflicts: FieldConflict[]
  /** Schema or integrity errors of the merged record (two valid edits making an invalid record). */
  issues: ValidationIssue[]
}

/**
 * How the curator settled one path of one record (a conflict, or any field of an invalid record):
 * take a side's value, set a value of their own, or remove the field (or record, at path `''`).
 */
export type Resolution = { take: 'base' | 'ours' | 'theirs' } | { set: unknown } | { remove: true }

/**
 * A pull that stopped for the curator, persisted (`.git/curator/merge.json`) so it survives a
 * restart. Nothing in the dataset's files changes until it is finished; abort forgets it.
 */
export interface MergeInProgress {
  version: 1
  startedAt: string
  /** Where theirs came from (a URL or a folder), and the branch. */
  remote: string
  branch: string
  /** Our commit before the pull: abort comes back to it (it never moved). */
  head: string
  /** The commit the result will be committed onto: theirs, plus our commits already replayed cleanly. */
  onto: string
  /** Tree ids of the three sides of the merge still to finish. */
  trees: { base: string; ours: string; theirs: string }
  /** The local commits (oldest first) whose changes the merge carries; finishing commits them as one. */
  replaying: CommitSummary[]
  records: ConflictedRecord[]
  /** Keyed by `${kind}/${id}`, then by path. */
  resolutions: Record<string, Record<string, Resolution>>
}

/** Someone who made a commit. */
export interface Person {
  name: string
  email: string
}

export interface CommitSummary {
  oid: string
  message: string
  author: Person
  /** ISO timestamp. */
  at: string
}

/** One record a commit changed. */
export interface ChangedRecord {
  kind: RecordKind
  id: string
}

/** A commit as the History view lists it. */
export interface HistoryEntry extends CommitSummary {
  parents: string[]
  /** The records it changed (from its `Changed:` trailers, or computed from its trees). */
  records: ChangedRecord[]
  /** Records changed in all; more than `records` when the list was too long to keep in the message. */
  recordCount: number
}

/** One record changed since the last commit, as the Changes view lists it. */
export interface RecordChange extends ChangedRecord {
  change: 'added' | 'modified' | 'deleted'
  /** Field by field, as history shows them (JSON pointers; managed timestamps left out). */
  fields: FieldChange[]
}

/** Where the team's shared copy lives. */
export interface RemoteInfo {
  /** The URL (http or https) or the folder path, exactly as configured. */
  url: string
  transport: 'http' | 'folder'
}

export interface TeamStatus {
  /** The dataset folder is a git repository. */
  repository: boolean
  branch: string
  head?: string
  remote?: RemoteInfo
  /** Local commits not on the remote, and remote commits not here (as of the last fetch). */
  ahead: number
  behind: number
  /** Shard files (and the manifest) that differ from the last commit. */
  changedFiles: number
  mergeInProgress: boolean
}

export type SyncPhase = 'fetching' | 'merging' | 'writing' | 'pushing'

/** Progress of a long operation: `done` of `total` units (objects, shards, files) when known. */
export interface SyncProgress {
  phase: SyncPhase
  done: number
  total?: number
}

/** What a pull (or a sync) came to. */
export type PullOutcome =
  | { state: 'up-to-date' }
  | { state: 'fast-forward'; head: string; records: ChangedRecord[] }
  | { state: 'replayed'; head: string; records: ChangedRecord[]; commits: number }
  | { state: 'conflicts'; merge: MergeInProgress }

export type SyncOutcome = PullOutcome | { state: 'pushed'; head: string; pulled?: PullOutcome }
