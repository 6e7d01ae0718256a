import { API_METHODS, type ApiMethod } from './api'

export { API_METHODS }

/** The IPC channel of a call: one per method of the contract, derived from its name. */
type Channel<M extends ApiMethod = ApiMethod> = `curator:${M}`

/** One IPC channel per API method, built from the contract's list (nothing to add here by hand). */
export const CHANNELS = Object.fromEntries(API_METHODS.map((m) => [m, `curator:${m}`])) as {
  readonly [M in ApiMethod]: Channel<M>
}

/** Main-to-renderer events. */
export const EVENT_CHANNEL = 'curator:dataset-event'
