import type { PathToken } from './domain'

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

/** Severity of a validation issue; errors block saving, approval and export. */
export type Severity = 'error' | 'warning' | 'suggestion'

/**
 * One problem with one field of one record, ready to show under that field.
 * `path` is a JSON pointer into the record (`/criteria/2`, `/name/en`), `''` for the record itself.
 */
export interface ValidationIssue {
  path: string
  message: string
  rule: string
  severity: Severity
  /** The record the issue is about, when it is not the one being saved. */
  record?: { kind: RecordKind; id: string }
  /** The file the issue was found in, for issues raised while opening a dataset. */
  file?: string
  /** The values in the message, so the renderer can say it in the UI language (by `rule`). */
  params?: Record<string, string | number>
  /** A warning the curator accepted, with the reason. */
  acknowledged?: { reason: string; by: string; at: string }
  /**
   * Another record the issue names (the site that already has this UNESCO id), with what to call
   * it, so that the interface can offer to open it.
   */
  related?: { kind: RecordKind; id: string; label: string }
}

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

export type RecordKind = 'site' | 'source' | 'property' | 'statement'
export const RECORD_KINDS = [
  'site',
  'source',
  'property',
  'statement',
] as const satisfies readonly RecordKind[]
