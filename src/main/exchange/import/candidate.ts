import type { RecordKind, ValidationIssue } from '@shared/result'

/** One row of an import file, read but not yet compared with the dataset. */
export interface Candidate {
  line: number
  kind: RecordKind
  /**
   * `merge`: the fields the file knows, laid over an existing record (UNESCO, mapped CSV);
   * `replace`: a whole record (our JSON export, citations).
   */
  mode: 'merge' | 'replace'
  /** Undefined when the row could not be read at all (see `issues`). */
  record?: Record<string, unknown>
  label: string
  /** Why the row cannot be imported, found while reading it. */
  issues: ValidationIssue[]
  warnings: string[]
  /** Fields a new record takes when the row does not give them (never laid over an existing one). */
  defaults?: Record<string, unknown>
  /** Rules whose warnings the reading warnings already say better (UNESCO's empty iso_code...). */
  covers?: string[]
  /** Sites: an existing site with this UNESCO id is the same site, whatever its id. */
  unescoId?: number
  /** Sources: an existing source this one repeats. */
  duplicateOf?: { id: string; by: 'doi' | 'url' | 'title-year' | 'file' }
}

/** A reading problem, as an error-severity issue. */
export function readIssue(path: string, message: string, rule = 'import.read'): ValidationIssue {
  return { path, message, rule, severity: 'error' }
}
