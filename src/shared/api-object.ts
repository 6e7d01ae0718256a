import { API_METHODS, type ApiMethod, type CuratorApi } from './api'
import type { DatasetEvent } from './domain'
import type { Result } from './result'

/** Carries one call to main and brings back its Result (ipcRenderer.invoke, or a test bridge). */
export type Invoke = (method: ApiMethod, args: unknown[]) => Promise<Result<unknown>>

/** Hands each of main's events to `listener` until the returned function is called. */
type Subscribe = (listener: (event: DatasetEvent) => void) => () => void

/**
 * `window.api`: exactly the contract, one named function per method, built from the contract's
 * list. The preload builds it over Electron's IPC, the e2e bridge over Playwright's binding: the
 * same code either way, so the end-to-end tests exercise what the app exposes.
 */
export function createApiObject(invoke: Invoke, subscribe: Subscribe): CuratorApi {
  const api: Record<string, unknown> = {}
  for (const method of API_METHODS) {
    api[method] = (...args: unknown[]) => {
      // Trailing undefined arguments are dropped: main checks the exact argument count.
      while (args.length > 0 && args.at(-1) === undefined) args.pop()
      return invoke(method, args)
    }
  }
  api.onDatasetEvent = subscribe
  return Object.freeze(api) as unknown as CuratorApi
}
