/**
 * Export, import preview and commit, and cancel: the calls of the one gateway (`lib/api.ts`), which
 * unwraps them: a failed call throws `ApiCallError` with its code and issues.
 */
import { api, ApiCallError } from '@renderer/lib/api'

export const exchangeApi = api

/** True when the error is a job the curator stopped (nothing was written). */
export function isCancelled(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'CANCELLED'
}

/** A job id main accepts (`[A-Za-z0-9_-]{1,64}`); getRandomValues needs no secure context. */
export function newJobId(prefix: 'export' | 'import' | 'team'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** "1 record", "1,223 records". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : `${noun}s`}`
}
