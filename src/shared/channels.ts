import type { ApiMethod } from './api'

/** One IPC channel per API method; adding a method without a channel fails to compile. */
export const CHANNELS = {
  getDatasetInfo: 'curator:get-dataset-info',
  openDataset: 'curator:open-dataset',
  saveDatasetAs: 'curator:save-dataset-as',
  queryRecords: 'curator:query-records',
  getRecord: 'curator:get-record',
  saveRecord: 'curator:save-record',
  deleteRecord: 'curator:delete-record',
  openExternal: 'curator:open-external',
} as const satisfies Record<ApiMethod, `curator:${string}`>

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[]
