/**
 * The renderer's one gateway to main: typed wrappers over `window.api` that unwrap the
 * Result envelope and throw `ApiCallError`, plus the React Query key factories.
 * Components see data and errors, never channels or envelopes.
 */
import type {
  BackupInfo,
  CitationCoverage,
  Command,
  DatasetInfo,
  DeleteOptions,
  DuplicatePage,
  DuplicateQuery,
  MergePreview,
  Draft,
  ItemRef,
  OpenOptions,
  Page,
  Preferences,
  ProblemQuery,
  ProblemsPage,
  PropertySuggestion,
  QuickStatementsPreview,
  RecordOf,
  RecordQuery,
  RecordVersion,
  RowOf,
  SitePoints,
  UndoState,
} from '../../../shared/domain'
import type { ApiError, ErrorCode, RecordKind, Result, ValidationIssue } from '../../../shared/result'

/** A failed call to main: the code, a plain-language message and, for VALIDATION, the issues. */
export class ApiCallError extends Error implements ApiError {
  readonly code: ErrorCode
  readonly issues: ValidationIssue[]
  readonly path?: string

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.issues = error.issues ?? []
    if (error.path) this.path = error.path
  }
}

/** True when the error is a failed save with field-level issues to show. */
export function isValidationError(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError && error.code === 'VALIDATION'
}

/** Calls main and unwraps its Result: a failed call throws `ApiCallError` with its code and issues. */
export async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
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
  reorderStatements: (ids: string[]): Promise<Command> => unwrap(() => window.api.reorderStatements(ids)),
  openDataset: (path?: string, options?: OpenOptions): Promise<DatasetInfo | null> =>
    unwrap(() => window.api.openDataset(path, options)),
  listFolderBackups: (path: string): Promise<BackupInfo[]> =>
    unwrap(() => window.api.listFolderBackups(path)),
  restoreFolderBackup: (path: string, name: string): Promise<DatasetInfo> =>
    unwrap(() => window.api.restoreFolderBackup(path, name)),
  queryRecords: <K extends RecordKind>(kind: K, query: RecordQuery): Promise<Page<RowOf[K]>> =>
    unwrap(() => window.api.queryRecords(kind, query)),
  getRecord: <K extends RecordKind>(kind: K, id: string): Promise<RecordOf[K]> =>
    unwrap(() => window.api.getRecord(kind, id)),
  saveRecord: <K extends RecordKind>(kind: K, draft: Draft<K>): Promise<RecordOf[K]> =>
    unwrap(() => window.api.saveRecord(kind, draft)),
  /** Without options, a record that statements depend on answers CONFLICT listing them. */
  deleteRecord: (kind: RecordKind, id: string, options?: DeleteOptions): Promise<null> =>
    unwrap(() => window.api.deleteRecord(kind, id, options)),
  /** Null when there was nothing to undo. */
  undo: (): Promise<Command | null> => unwrap(() => window.api.undo()),
  redo: (): Promise<Command | null> => unwrap(() => window.api.redo()),
  getUndoState: (): Promise<UndoState> => unwrap(() => window.api.getUndoState()),
  getHistory: (kind: RecordKind, id: string): Promise<RecordVersion[]> =>
    unwrap(() => window.api.getHistory(kind, id)),
  restoreVersion: (kind: RecordKind, id: string, seq: number): Promise<Command> =>
    unwrap(() => window.api.restoreVersion(kind, id, seq)),
  listBackups: (): Promise<BackupInfo[]> => unwrap(() => window.api.listBackups()),
  restoreBackup: (name: string): Promise<Command> => unwrap(() => window.api.restoreBackup(name)),
  resolveConflict: (choice: 'keep-mine' | 'take-theirs'): Promise<DatasetInfo> =>
    unwrap(() => window.api.resolveConflict(choice)),
  getPreferences: (): Promise<Preferences> => unwrap(() => window.api.getPreferences()),
  savePreferences: (change: Partial<Preferences>): Promise<Preferences> =>
    unwrap(() => window.api.savePreferences(change)),
  openExternal: (url: string): Promise<null> => unwrap(() => window.api.openExternal(url)),
  /** Every issue the draft would have; nothing is saved. */
  validateDraft: <K extends RecordKind>(kind: K, draft: Draft<K>): Promise<ValidationIssue[]> =>
    unwrap(() => window.api.validateDraft(kind, draft)),
  listProblems: (query: ProblemQuery): Promise<ProblemsPage> => unwrap(() => window.api.listProblems(query)),
  getCoverage: (subject?: ItemRef): Promise<CitationCoverage> =>
    unwrap(() => window.api.getCoverage(subject)),
  /** Saves the record with the warning accepted, for the reason given (undoable). */
  acknowledgeIssue: (kind: RecordKind, id: string, rule: string, path: string, reason: string) =>
    unwrap(() => window.api.acknowledgeIssue(kind, id, rule, path, reason)),
  findDuplicates: (query?: DuplicateQuery): Promise<DuplicatePage> =>
    unwrap(() => window.api.findDuplicates(query)),
  /** Writes nothing: what the merge would do with these fields taken from the removed site. */
  previewMerge: (keptId: string, removedId: string, take?: string[]): Promise<MergePreview> =>
    unwrap(() => window.api.previewMerge(keptId, removedId, take)),
  /** One undoable command; VALIDATION with issues when the merged site may not be saved. */
  mergeSites: (keptId: string, removedId: string, take?: string[]): Promise<Command> =>
    unwrap(() => window.api.mergeSites(keptId, removedId, take)),
  markNotDuplicate: (firstId: string, secondId: string): Promise<RecordOf['site']> =>
    unwrap(() => window.api.markNotDuplicate(firstId, secondId)),
  /** An empty dataset in a folder the curator picks; null when the dialog was cancelled. */
  newDataset: (path?: string): Promise<DatasetInfo | null> => unwrap(() => window.api.newDataset(path)),
  querySitePoints: (query: RecordQuery): Promise<SitePoints> =>
    unwrap(() => window.api.querySitePoints(query)),
  /** The properties similar subjects use most and this one lacks. */
  suggestProperties: (subject: ItemRef): Promise<PropertySuggestion[]> =>
    unwrap(() => window.api.suggestProperties(subject)),
  /** How many statements use each property. */
  propertyUsage: (): Promise<Record<string, number>> => unwrap(() => window.api.propertyUsage()),
  /** What a QuickStatements export would write; writes nothing. */
  previewQuickStatements: (options?: { approvedOnly?: boolean }): Promise<QuickStatementsPreview> =>
    unwrap(() => window.api.previewQuickStatements(options)),
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
  undoState: ['dataset', 'undo-state'] as const,
  backups: ['dataset', 'backups'] as const,
  preferences: ['preferences'] as const,
}

/** Everything computed from the whole dataset: checks, problems, coverage. Any write makes it stale. */
export const reviewKeys = {
  all: ['review'] as const,
  validate: (kind: RecordKind, draft: unknown) => ['review', 'validate', kind, draft] as const,
  problems: (query: ProblemQuery) => ['review', 'problems', query] as const,
  coverage: (subject?: ItemRef) => ['review', 'coverage', subject ?? 'dataset'] as const,
  suggestions: (subject: ItemRef) => ['review', 'suggestions', subject] as const,
  propertyUsage: ['review', 'property-usage'] as const,
  quickStatements: (approvedOnly: boolean) => ['review', 'quickstatements', approvedOnly] as const,
}

export const historyKeys = {
  all: ['history'] as const,
  record: (kind: RecordKind, id: string) => ['history', kind, id] as const,
}
