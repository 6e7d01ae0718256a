import type { ApiMethod } from './api'

/** One IPC channel per API method; adding a method without a channel fails to compile. */
export const CHANNELS = {
  getDatasetInfo: 'curator:get-dataset-info',
  openDataset: 'curator:open-dataset',
  listFolderBackups: 'curator:list-folder-backups',
  restoreFolderBackup: 'curator:restore-folder-backup',
  saveDatasetAs: 'curator:save-dataset-as',
  queryRecords: 'curator:query-records',
  getRecord: 'curator:get-record',
  saveRecord: 'curator:save-record',
  deleteRecord: 'curator:delete-record',
  reorderStatements: 'curator:reorder-statements',
  undo: 'curator:undo',
  redo: 'curator:redo',
  getUndoState: 'curator:get-undo-state',
  getHistory: 'curator:get-history',
  restoreVersion: 'curator:restore-version',
  listBackups: 'curator:list-backups',
  restoreBackup: 'curator:restore-backup',
  resolveConflict: 'curator:resolve-conflict',
  getPreferences: 'curator:get-preferences',
  savePreferences: 'curator:save-preferences',
  validateDraft: 'curator:validate-draft',
  listProblems: 'curator:list-problems',
  getCoverage: 'curator:get-coverage',
  acknowledgeIssue: 'curator:acknowledge-issue',
  openExternal: 'curator:open-external',
  exportDataset: 'curator:export-dataset',
  previewImport: 'curator:preview-import',
  commitImport: 'curator:commit-import',
  cancelJob: 'curator:cancel-job',
  findDuplicates: 'curator:find-duplicates',
  previewMerge: 'curator:preview-merge',
  mergeSites: 'curator:merge-sites',
  markNotDuplicate: 'curator:mark-not-duplicate',
  newDataset: 'curator:new-dataset',
  querySitePoints: 'curator:query-site-points',
  suggestProperties: 'curator:suggest-properties',
  previewQuickStatements: 'curator:preview-quickstatements',
  propertyUsage: 'curator:property-usage',
} as const satisfies Record<ApiMethod, `curator:${string}`>

/** Main-to-renderer events. */
export const EVENT_CHANNEL = 'curator:dataset-event'

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[]
