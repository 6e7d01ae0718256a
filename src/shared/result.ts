/** The envelope of every IPC answer, and the errors it may carry. */
import type { PathToken } from './dataset'
import type { ValidationIssue } from './issues'

// Kept here too for the files that import them from their first home (RecordKind and the issue
// types live in record-kinds.ts and issues.ts now).
export { RECORD_KINDS, type RecordKind } from './record-kinds'
export type { Severity, ValidationIssue } from './issues'

/** Error codes every IPC call may answer with. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'IO'
  | 'READ_ONLY'
  | 'FORBIDDEN'
  | 'INTERNAL'
  /** A long import or export stopped by the curator (cancelJob); nothing was written. */
  | 'CANCELLED'

export interface ApiError {
  code: ErrorCode
  message: string
  issues: ValidationIssue[]
  /** The dataset folder, when a dataset could not be opened, to show. */
  path?: string
  /** Stands for that folder: pass it to open it read-only, list its backups or restore one. */
  folderToken?: PathToken
}

/** The envelope of every IPC answer: Electron carries only `message` of a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }
