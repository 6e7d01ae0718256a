import type {
  BackupInfo,
  Command,
  DatasetEvent,
  DatasetInfo,
  DeleteOptions,
  Draft,
  Page,
  Preferences,
  RecordOf,
  RecordQuery,
  RecordVersion,
  RowOf,
  UndoState,
} from './domain'
import type { RecordKind, Result } from './result'

/**
 * The whole contract between the renderer and main. The preload exposes exactly this
 * (`satisfies CuratorApi`); main registers one handler per invoke method (see `channels.ts`).
 */
export interface CuratorApi {
  /** The dataset that is open now. */
  getDatasetInfo(): Promise<Result<DatasetInfo>>
  /** Opens a dataset folder; without a path, main asks with the system's folder dialog. */
  openDataset(path?: string): Promise<Result<DatasetInfo | null>>
  /** Writes a copy of the open dataset into a new, empty folder and opens the copy. */
  saveDatasetAs(path?: string): Promise<Result<DatasetInfo | null>>
  queryRecords<K extends RecordKind>(kind: K, query: RecordQuery): Promise<Result<Page<RowOf[K]>>>
  getRecord<K extends RecordKind>(kind: K, id: string): Promise<Result<RecordOf[K]>>
  /** Validates and saves; a failing save writes nothing and answers VALIDATION with issues. */
  saveRecord<K extends RecordKind>(kind: K, draft: Draft<K>): Promise<Result<RecordOf[K]>>
  /**
   * Deletes. While statements refer to the record, answers CONFLICT listing them, unless the
   * options say what to do with their references (sources) or the statements (sites).
   */
  deleteRecord(kind: RecordKind, id: string, options?: DeleteOptions): Promise<Result<null>>
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
  savePreferences(preferences: Preferences): Promise<Result<Preferences>>
  /** Hands an http(s) URL to the system browser; other schemes are refused. */
  openExternal(url: string): Promise<Result<null>>
  /** Main's news about the dataset (changed on disk, reloaded, conflict); returns an unsubscribe. */
  onDatasetEvent(listener: (event: DatasetEvent) => void): () => void
}

/** Methods that are calls answered by main (all but the event subscriptions). */
export type ApiMethod = Exclude<keyof CuratorApi, 'onDatasetEvent'>
