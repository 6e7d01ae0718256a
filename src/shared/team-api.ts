/**
 * What the app's team views (Changes, History, the sync control, Conflicts) get from main, on
 * top of the engine's contract (team.ts): records named for people, the merge in progress as
 * field rows with the curator's choices applied, and the requests the views send.
 */
import type { RecordVersion } from './domain'
import type { RecordKind, ValidationIssue } from './result'
import type {
  ConflictReason,
  ConflictSubject,
  HistoryEntry,
  MergeInProgress,
  Person,
  RecordChange,
  Resolution,
  SyncOutcome,
  TeamStatus,
} from './team'

/** How a record is named in the team views: its English (or first) name, and its Chinese one. */
export interface RecordName {
  label: string
  /** The Chinese name of a site, when it has one and it differs from `label`. */
  labelZh?: string
}

/** The team state of the open dataset, for the sync control and the Changes badge. */
export interface TeamState extends Omit<TeamStatus, 'branch'> {
  branch?: string
  /** Records changed since the last commit. */
  uncommittedRecords: number
  /** A token is kept for the remote (https remotes only). */
  hasToken: boolean
  /** Who commits: the curator's name and e-mail from preferences, when both are known. */
  author?: Person
  /** Why saving records is refused for now (a pull writing the files, a merge in progress). */
  writesHeld?: string
}

/** One changed record in the Changes view. */
export type TeamChange = RecordChange & RecordName

/** A commit in the History view, its records named. */
export interface TeamHistoryEntry extends Omit<HistoryEntry, 'records'> {
  records: Array<{ kind: RecordKind; id: string } & RecordName>
}

/** A record's own history: its edits since the last commit (journal), then the commits that changed it. */
export interface RecordTeamHistory {
  /** The dataset is a repository (otherwise `commits` is empty). */
  repository: boolean
  /** Journal versions made after the newest commit of the record: not yet committed. */
  uncommitted: RecordVersion[]
  commits: TeamHistoryEntry[]
}

export interface TeamHistoryQuery {
  limit?: number
  /** Only the commits that changed this record. */
  record?: { kind: RecordKind; id: string }
}

/**
 * Where the team's copy is: an http(s) URL (with a token for the server, kept with the system's
 * safe storage; an empty token forgets the kept one), or a shared folder the curator picks in
 * main's folder dialog.
 */
export type RemoteRequest = { url: string; token?: string; username?: string } | { folder: 'choose' }

export type TeamAction = 'fetch' | 'pull' | 'push' | 'sync'

/** What a fetch, pull, push or sync came to. */
export type TeamSyncResult = SyncOutcome | { state: 'fetched' }

/** One row of a conflicted record's field table: the three sides and the result. */
export interface MergeFieldRow {
  /** JSON pointer (`''`: the whole record); `@key` segments name keyed list items. */
  path: string
  /** Why the curator is asked; absent for a field of a record only the checks refused. */
  reason?: ConflictReason
  base?: unknown
  ours?: unknown
  theirs?: unknown
  /** The value the merge will take now (absent: the field, or record, is removed). */
  result?: unknown
  /** The curator's choice for this row, if any. */
  resolution?: Resolution
}

export interface MergeRecordView extends RecordName {
  /** `${kind}/${id}`: how the resolution calls name the record. */
  key: string
  kind: ConflictSubject
  id: string
  rows: MergeFieldRow[]
  /** The record as it would be merged now, choices applied; null: deleted. */
  result: unknown
  /** Conflicts still without a choice. */
  unresolved: number
  /** Problems found by the last check of the merge (finish checks again). */
  issues: ValidationIssue[]
  resolved: boolean
}

/** The merge in progress as the Conflicts view shows it. */
export interface TeamMerge {
  startedAt: string
  remote: string
  /** The local commits the merge carries (their messages are kept). */
  replaying: MergeInProgress['replaying']
  records: MergeRecordView[]
  resolved: number
  total: number
}

/** Finishing a merge: done (committed and written), or what still needs the curator. */
export type TeamFinish = { state: 'done'; head: string } | { state: 'conflicts'; merge: TeamMerge }
