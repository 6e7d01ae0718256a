import type { DatasetInfo, Draft, Page, RecordOf, RecordQuery, RowOf } from './domain'
import type { RecordKind, Result } from './result'

/**
 * The whole contract between the renderer and main. The preload exposes exactly this
 * (`satisfies CuratorApi`); main registers one handler per method (see `channels.ts`).
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
  /** Deletes; answers CONFLICT with the dependent records while anything refers to it. */
  deleteRecord(kind: RecordKind, id: string): Promise<Result<null>>
  /** Hands an http(s) URL to the system browser; other schemes are refused. */
  openExternal(url: string): Promise<Result<null>>
}

export type ApiMethod = keyof CuratorApi
