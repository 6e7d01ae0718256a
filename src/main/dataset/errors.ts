import type { ErrorCode, ValidationIssue } from '../../shared/result'

/** A failure with a code and issues that the IPC edge hands to the renderer as it is. */
export class CuratorError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message)
    this.name = 'CuratorError'
  }
}
