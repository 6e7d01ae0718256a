/**
 * The renderer's one gateway to main: typed wrappers over `window.api` that unwrap the
 * Result envelope and throw `ApiCallError`, plus the React Query key factories.
 * Components see data and errors, never channels or envelopes.
 */
import type { DatasetInfo, Draft, Page, RecordOf, RecordQuery, RowOf } from '../../../shared/domain'
import type { ApiError, ErrorCode, RecordKind, Result, ValidationIssue } from '../../../shared/result'

/** A failed call to main: the code, a plain-language message and, for VALIDATION, the issues. */
export class ApiCallError extends Error implements ApiError {
  readonly code: ErrorCode
  readonly issues: ValidationIssue[]

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.issues = error.issues ?? []
  }
}

/** True when the error is a failed save with field-level issues to show. */
export function isValidationError(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError && error.code === 'VALIDATION'
}

async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    if (!window.api) throw new Error('The app bridge (window.api) is not available.')
    result = await call()
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    throw new ApiCallError({ code: 'INTERNAL', message, issues: [] })
  }
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

export const api = {
  getDatasetInfo: (): Promise<DatasetInfo> => unwrap(() => window.api.getDatasetInfo()),
  /** Resolves to null when the curator cancelled the folder dialog. */
  openDataset: (path?: string): Promise<DatasetInfo | null> => unwrap(() => window.api.openDataset(path)),
  queryRecords: <K extends RecordKind>(kind: K, query: RecordQuery): Promise<Page<RowOf[K]>> =>
    unwrap(() => window.api.queryRecords(kind, query)),
  getRecord: <K extends RecordKind>(kind: K, id: string): Promise<RecordOf[K]> =>
    unwrap(() => window.api.getRecord(kind, id)),
  saveRecord: <K extends RecordKind>(kind: K, draft: Draft<K>): Promise<RecordOf[K]> =>
    unwrap(() => window.api.saveRecord(kind, draft)),
  deleteRecord: (kind: RecordKind, id: string): Promise<null> =>
    unwrap(() => window.api.deleteRecord(kind, id)),
  openExternal: (url: string): Promise<null> => unwrap(() => window.api.openExternal(url)),
}

/** Query keys, broad to narrow, so that one invalidation reaches every list of a kind. */
export const recordKeys = {
  all: ['records'] as const,
  kind: (kind: RecordKind) => ['records', kind] as const,
  lists: (kind: RecordKind) => ['records', kind, 'list'] as const,
  list: (kind: RecordKind, query: RecordQuery) => ['records', kind, 'list', query] as const,
  details: (kind: RecordKind) => ['records', kind, 'detail'] as const,
  detail: (kind: RecordKind, id: string) => ['records', kind, 'detail', id] as const,
}

export const datasetKeys = {
  info: ['dataset', 'info'] as const,
}
