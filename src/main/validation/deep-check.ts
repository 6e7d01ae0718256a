import type { ValidationIssue } from '../../shared/result'
import type { FolderCheck } from './check-folder'

export type { FolderCheck, RecordProblems } from './check-folder'

/**
 * What the deep check of a large dataset answers (`checkHeldRecords` over the records main holds,
 * or a check a test injects): its findings, or only a failure when the files could not be read
 * as a dataset at all.
 */
export type DeepCheckResult = FolderCheck | { failure: ValidationIssue[]; problems?: undefined }
