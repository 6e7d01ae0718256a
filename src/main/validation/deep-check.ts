import type { ValidationIssue } from '@shared/result'
import type { RecordProblems } from './record-checker'

export type { RecordProblems } from './record-checker'

/** Where the check's time went, in milliseconds (the parse is counted inside reading the files). */
export interface CheckTimings {
  /** Reading the files and the journal, and parsing every record. */
  parseMs: number
  /** ajv, every record against its schema. */
  schemaMs: number
  /** The cross-record integrity rules and the rules beyond the schema. */
  rulesMs: number
}

/** What the deep check of a folder found. */
export interface FolderCheck {
  /**
   * What makes the files unfit to be written over (a file, shape, schema or integrity problem),
   * each issue naming its file and record, as the open reports them: empty when the files are sound.
   */
  failure: ValidationIssue[]
  /** Every record that has an issue of any severity; rule findings never make the files unfit. */
  problems: RecordProblems[]
  timings: CheckTimings
}

/**
 * What the deep check of a large dataset answers (`checkHeldRecords` over the records main holds,
 * or a check a test injects): its findings, or only a failure when the files could not be read
 * as a dataset at all.
 */
export type DeepCheckResult = FolderCheck | { failure: ValidationIssue[]; problems?: undefined }
