/** Validation issues: what is wrong with one field of one record, and how badly. */
import type { RecordKind } from './record-kinds'

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
