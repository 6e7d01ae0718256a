import { CuratorError } from '../dataset/errors'

/** What every long import or export accepts: progress reports and a way to stop. */
export interface ExchangeControl {
  onProgress?(done: number, total: number): void
  signal?: AbortSignal
}

/** Throws a CuratorError when the work was cancelled; call it between steps. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CuratorError('CANCELLED', 'Cancelled: nothing was written.')
}

/** True when an error is the cancellation that `throwIfAborted` raises. */
export function isCancellation(error: unknown): boolean {
  return error instanceof CuratorError && error.code === 'CANCELLED'
}

/**
 * Reports progress now and then (not for every record), and lets the event loop breathe so
 * that a cancel and the progress events get through while a large file is worked on.
 */
export function progressTicker(control: ExchangeControl, total: number, every = 200) {
  let done = 0
  control.onProgress?.(0, total)
  return {
    async step(count = 1): Promise<void> {
      const before = Math.floor(done / every)
      done += count
      if (Math.floor(done / every) !== before || done >= total) {
        control.onProgress?.(Math.min(done, total), total)
        await new Promise((resolve) => setImmediate(resolve))
        throwIfAborted(control.signal)
      }
    },
    finish(): void {
      control.onProgress?.(total, total)
    },
  }
}
