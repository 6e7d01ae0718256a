/** Progress and cancel for the engine's long operations (fetch, merge, push). */
import type { SyncProgress } from '@shared/team'
import { CuratorError } from '../dataset/errors'

export interface Progress {
  /** Aborting it stops the operation at the next safe point; nothing is left half-done. */
  signal?: AbortSignal
  onProgress?: (progress: SyncProgress) => void
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CuratorError('CANCELLED', 'Cancelled: nothing was changed.')
}
