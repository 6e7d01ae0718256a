import type {
  BackupInfo,
  CitationCoverage,
  Command,
  DatasetEvent,
  DatasetInfo,
  DeleteOptions,
  DuplicatePage,
  DuplicateQuery,
  MergePreview,
  Draft,
  ItemRef,
  OpenOptions,
  Page,
  PathToken,
  Preferences,
  ProblemQuery,
  ProblemsPage,
  PropertySuggestion,
  QuickStatementsPreview,
  RecordOf,
  RecordQuery,
  RecordVersion,
  RowOf,
  SaveOutcome,
  SitePoints,
  UndoState,
} from './domain'
import type { RecordKind, Result, ValidationIssue } from './result'
import type { ExportRequest, ExportResult, ImportOptions, ImportOutcome, ImportPreview } from './exchange'
import type { RemoteInfo, Resolution } from './team'
import type {
  RecordTeamHistory,
  RemoteRequest,
  TeamAction,
  TeamChange,
  TeamFinish,
  TeamHistoryEntry,
  TeamHistoryQuery,
  TeamMerge,
  TeamState,
  TeamSyncResult,
} from './team-api'

/**
 * The whole contract between the renderer and main. The preload exposes exactly this
 * (`satisfies CuratorApi`); main registers one handler per invoke method (see `channels.ts`).
 */
export interface CuratorApi {
  /** The dataset that is open now. */
  getDatasetInfo(): Promise<Result<DatasetInfo>>
  /**
   * Opens a dataset folder: the one a token stands for (a refused open's `folderToken`), or,
   * without one, the folder the curator picks in main's dialog (null when cancelled).
   */
  openDataset(folder?: PathToken | null, options?: OpenOptions): Promise<Result<DatasetInfo | null>>
  /** Backup generations of a dataset folder that may not open (its `folderToken`), newest first. */
  listFolderBackups(folder: PathToken): Promise<Result<BackupInfo[]>>
  /**
   * Puts a backup generation in place of a folder's damaged files (which move aside into
   * `.curator/damaged-<time>/`, never lost) and opens the dataset.
   */
  restoreFolderBackup(folder: PathToken, name: string): Promise<Result<DatasetInfo>>
  /** Writes a copy of the open dataset into a new, empty folder chosen in main's dialog and opens the copy. */
  saveDatasetAs(): Promise<Result<DatasetInfo | null>>
  queryRecords<K extends RecordKind>(kind: K, query: RecordQuery): Promise<Result<Page<RowOf[K]>>>
  getRecord<K extends RecordKind>(kind: K, id: string): Promise<Result<RecordOf[K]>>
  /**
   * Validates and saves, answering the record with its issues after the save; a failing save
   * writes nothing and answers VALIDATION with issues.
   */
  saveRecord<K extends RecordKind>(kind: K, draft: Draft<K>): Promise<Result<SaveOutcome<K>>>
  /**
   * Deletes. While statements refer to the record, answers CONFLICT listing them, unless the
   * options say what to do with their references (sources) or the statements (sites).
   */
  deleteRecord(kind: RecordKind, id: string, options?: DeleteOptions): Promise<Result<null>>
  /** Puts the values of one property of one subject in the given order, as one undoable step. */
  reorderStatements(ids: string[]): Promise<Result<Command>>
  /** Undoes the last command, even one from before a restart; null when there is none. */
  undo(): Promise<Result<Command | null>>
  redo(): Promise<Result<Command | null>>
  /** What undo and redo would do now, for menus and buttons. */
  getUndoState(): Promise<Result<UndoState>>
  /** Every remembered version of a record, newest first, with who changed what. */
  getHistory(kind: RecordKind, id: string): Promise<Result<RecordVersion[]>>
  /** Makes the version left by journal event `seq` current again, as a new undoable edit. */
  restoreVersion(kind: RecordKind, id: string, seq: number): Promise<Result<Command>>
  listBackups(): Promise<Result<BackupInfo[]>>
  /** Makes the dataset as it was in a backup, as one undoable step. */
  restoreBackup(name: string): Promise<Result<Command>>
  /** After the files changed on disk while edits were pending: keep ours or take theirs. */
  resolveConflict(choice: 'keep-mine' | 'take-theirs'): Promise<Result<DatasetInfo>>
  getPreferences(): Promise<Result<Preferences>>
  /** Saves what is given and keeps the rest; answers the whole of the preferences. */
  savePreferences(change: Partial<Preferences>): Promise<Result<Preferences>>
  /** Every issue a draft would have, without saving it: for checks as the curator types. */
  validateDraft<K extends RecordKind>(kind: K, draft: Draft<K>): Promise<Result<ValidationIssue[]>>
  /** The dataset's issues, filtered and paged, with counts by severity and by rule. */
  listProblems(query: ProblemQuery): Promise<Result<ProblemsPage>>
  /** Statements with a reference, over the dataset or about one subject. */
  getCoverage(subject?: ItemRef): Promise<Result<CitationCoverage>>
  /** Accepts a warning on a record, with the reason; saved (undoable) and shown. */
  acknowledgeIssue(
    kind: RecordKind,
    id: string,
    rule: string,
    path: string,
    reason: string,
  ): Promise<Result<unknown>>
  /** Hands an http(s) URL to the system browser; other schemes are refused. */
  openExternal(url: string): Promise<Result<null>>
  /**
   * Exports what passes the export gate (see docs/EXCHANGE.md), with a report and a manifest, into
   * the folder the curator picks in main's dialog (null when cancelled).
   */
  exportDataset(options: ExportRequest): Promise<Result<ExportResult | null>>
  /**
   * Reads a file and shows what importing it would do, writing nothing: the file a token stands
   * for (a preview's `fileToken`, to preview again with a mapping), or, without one (null), the
   * file the curator picks in main's dialog (null when cancelled).
   */
  previewImport(file: PathToken | null, options?: ImportOptions): Promise<Result<ImportPreview | null>>
  /** Imports the rows of a preview (all new and changed rows, or those named) as ONE undoable command. */
  commitImport(previewId: string, rowIds?: string[]): Promise<Result<ImportOutcome>>
  /** Stops a running export or preview started with this `jobId`; false when none runs. */
  cancelJob(jobId: string): Promise<Result<boolean>>
  /**
   * Likely duplicate sites, best first: scored by names, distance and shared states parties,
   * without the pairs marked "not a duplicate". Searched once per dataset revision.
   */
  findDuplicates(query?: DuplicateQuery): Promise<Result<DuplicatePage>>
  /**
   * What merging `removedId` into `keptId` would do, taking the fields named in `take` (absent:
   * the default, the fields the kept site lacks); writes nothing.
   */
  previewMerge(keptId: string, removedId: string, take?: string[]): Promise<Result<MergePreview>>
  /**
   * Merges one site into another as ONE undoable command: the chosen fields, the statements and
   * the item values move to the kept site, and the other is deleted. A failing merge writes nothing.
   */
  mergeSites(keptId: string, removedId: string, take?: string[]): Promise<Result<Command>>
  /** Remembers that two sites are different places (saved with the dataset, undoable). */
  markNotDuplicate(firstId: string, secondId: string): Promise<Result<RecordOf['site']>>
  /**
   * Writes an empty dataset (no records; the open dataset's languages) into a new or empty folder
   * chosen in main's folder dialog and opens it (null when cancelled).
   */
  newDataset(): Promise<Result<DatasetInfo | null>>
  /** Every site of a sites-table query (search, facets) that has coordinates, for the map; no paging. */
  querySitePoints(query: RecordQuery): Promise<Result<SitePoints>>
  // The team on git (docs/TEAM.md): src/main/services/team/team-handlers.ts.
  /** Repository, remote, ahead/behind, merge in progress and uncommitted records of the open dataset. */
  getTeamStatus(): Promise<Result<TeamState>>
  /** The records changed since the last commit, field by field. */
  listTeamChanges(): Promise<Result<TeamChange[]>>
  /** Commits every change since the last commit, by the curator (name and e-mail from preferences). */
  commitTeamChanges(
    summary: string,
    description?: string,
  ): Promise<Result<{ oid: string; records: TeamHistoryEntry['records'] }>>
  /** Commits, newest first: message, who, when and the records each changed. */
  getTeamHistory(query?: TeamHistoryQuery): Promise<Result<TeamHistoryEntry[]>>
  /** One record's history: its edits not yet committed (journal), then the commits that changed it. */
  getRecordTeamHistory(kind: RecordKind, id: string): Promise<Result<RecordTeamHistory>>
  /** Sets the remote: an https URL (a token kept with the system's safe storage) or a shared folder picked in main's dialog (null: cancelled). */
  setTeamRemote(remote: RemoteRequest): Promise<Result<RemoteInfo | null>>
  /** Fetch, pull, push or sync (pull then push) with `team-progress` events for `jobId`; `cancelJob` stops it. */
  syncTeam(action: TeamAction, jobId?: string): Promise<Result<TeamSyncResult>>
  /** The merge in progress (it survives restarts), record by record; null when there is none. */
  getTeamMerge(): Promise<Result<TeamMerge | null>>
  /** Sets (or, with null, withdraws) the choice for one field of one conflicted record. */
  resolveTeamField(record: string, path: string, resolution: Resolution | null): Promise<Result<TeamMerge>>
  /** Takes mine, or theirs, for every field of one conflicted record. */
  resolveTeamRecord(record: string, side: 'ours' | 'theirs'): Promise<Result<TeamMerge>>
  /** Checks the merge with the choices (schemas, references) and, when all is well, commits it and writes the files. */
  finishTeamMerge(): Promise<Result<TeamFinish>>
  /** Forgets the merge in progress: the dataset and its history are as before the pull. */
  abortTeamMerge(): Promise<Result<null>>
  /** Makes the open dataset a git repository and commits it as it is. */
  initTeamRepository(): Promise<Result<TeamState>>
  /** Copies a team's dataset into an empty folder picked in main's dialog and opens it (null: cancelled). */
  cloneTeamDataset(remote: RemoteRequest, jobId?: string): Promise<Result<DatasetInfo | null>>
  /**
   * The properties similar subjects use most and this one lacks (Wikidata's property suggester,
   * computed from the dataset), for the statement form.
   */
  suggestProperties(subject: ItemRef): Promise<Result<PropertySuggestion[]>>
  /** How many statements use each property (as their property or a qualifier's), by property id. */
  propertyUsage(): Promise<Result<Record<string, number>>>
  /** What a QuickStatements export with these options would write, and why nothing when nothing; writes nothing. */
  previewQuickStatements(options?: { approvedOnly?: boolean }): Promise<Result<QuickStatementsPreview>>
  /** Main's news about the dataset (changed on disk, reloaded, conflict); returns an unsubscribe. */
  onDatasetEvent(listener: (event: DatasetEvent) => void): () => void
}

/** Methods that are calls answered by main (all but the event subscriptions). */
export type ApiMethod = Exclude<keyof CuratorApi, 'onDatasetEvent'>

/**
 * Every call of the contract, by name, with the most arguments it takes: the one runtime list the
 * channels, the preload, the e2e bridge, main's registration and the renderer's gateway are built
 * from. `satisfies` makes a method missing here, a name that is not in `CuratorApi`, or a wrong
 * count fail to compile.
 */
export const API_CALLS = {
  getDatasetInfo: 0,
  openDataset: 2,
  listFolderBackups: 1,
  restoreFolderBackup: 2,
  saveDatasetAs: 0,
  queryRecords: 2,
  getRecord: 2,
  saveRecord: 2,
  deleteRecord: 3,
  reorderStatements: 1,
  undo: 0,
  redo: 0,
  getUndoState: 0,
  getHistory: 2,
  restoreVersion: 3,
  listBackups: 0,
  restoreBackup: 1,
  resolveConflict: 1,
  getPreferences: 0,
  savePreferences: 1,
  validateDraft: 2,
  listProblems: 1,
  getCoverage: 1,
  acknowledgeIssue: 5,
  openExternal: 1,
  exportDataset: 1,
  previewImport: 2,
  commitImport: 2,
  cancelJob: 1,
  findDuplicates: 1,
  previewMerge: 3,
  mergeSites: 3,
  markNotDuplicate: 2,
  newDataset: 0,
  querySitePoints: 1,
  getTeamStatus: 0,
  listTeamChanges: 0,
  commitTeamChanges: 2,
  getTeamHistory: 1,
  getRecordTeamHistory: 2,
  setTeamRemote: 1,
  syncTeam: 2,
  getTeamMerge: 0,
  resolveTeamField: 3,
  resolveTeamRecord: 2,
  finishTeamMerge: 0,
  abortTeamMerge: 0,
  initTeamRepository: 0,
  cloneTeamDataset: 2,
  suggestProperties: 1,
  propertyUsage: 0,
  previewQuickStatements: 1,
} as const satisfies { [M in ApiMethod]: Required<Parameters<CuratorApi[M]>>['length'] }

export const API_METHODS = Object.keys(API_CALLS) as ApiMethod[]

/** The arguments of a call, as the renderer passes them and main's handler receives them. */
export type ApiArgs<M extends ApiMethod> = Parameters<CuratorApi[M]>

/** What a call answers when it succeeds (the `value` of its Result). */
export type ApiValue<M extends ApiMethod> =
  Awaited<ReturnType<CuratorApi[M]>> extends Result<infer T> ? T : never
