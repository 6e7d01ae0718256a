import type { PathToken } from '@shared/domain'
import type { ErrorCode, ValidationIssue } from '@shared/result'

/** A failure with a code and issues that the IPC edge hands to the renderer as it is. */
export class CuratorError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ValidationIssue[] = [],
    /** The dataset folder the failure is about, when it is one that could not be opened. */
    readonly path?: string,
    /** Main's token for `path`, so that the renderer can ask to recover that folder. */
    readonly folderToken?: PathToken,
  ) {
    super(message)
    this.name = 'CuratorError'
  }
}
