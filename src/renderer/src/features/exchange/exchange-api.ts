/**
 * The exchange calls of `window.api` (export, import preview and commit, cancel), unwrapped by
 * `unwrap` of `lib/api.ts`: a failed call throws `ApiCallError` with its code and issues.
 */
import type {
  ExportOptions,
  ExportResult,
  ImportOptions,
  ImportOutcome,
  ImportPreview,
} from '../../../../shared/exchange'
import { ApiCallError, unwrap } from '../../lib/api'

export const exchangeApi = {
  /** Null when the curator cancelled main's folder dialog. */
  exportDataset: (options: ExportOptions): Promise<ExportResult | null> =>
    unwrap(() => window.api.exportDataset(options)),
  /** Without a file main asks with its file dialog; null when the curator cancelled it. */
  previewImport: (file: string | null, options?: ImportOptions): Promise<ImportPreview | null> =>
    unwrap(() => window.api.previewImport(file, options)),
  commitImport: (previewId: string, rowIds?: string[]): Promise<ImportOutcome> =>
    unwrap(() => window.api.commitImport(previewId, rowIds)),
  cancelJob: (jobId: string): Promise<boolean> => unwrap(() => window.api.cancelJob(jobId)),
}

/** True when the error is a job the curator stopped (nothing was written). */
export function isCancelled(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'CANCELLED'
}

/** A job id main accepts (`[A-Za-z0-9_-]{1,64}`); getRandomValues needs no secure context. */
export function newJobId(prefix: 'export' | 'import'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** "1 record", "1,223 records". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : `${noun}s`}`
}
