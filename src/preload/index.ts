import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { CuratorApi } from '../shared/api'
import { CHANNELS, EVENT_CHANNEL } from '../shared/channels'
import type { DatasetEvent } from '../shared/domain'

const call =
  (channel: string) =>
  // Trailing undefined arguments are dropped: main checks the exact argument count.
  (...args: unknown[]) => {
    while (args.length > 0 && args.at(-1) === undefined) args.pop()
    return ipcRenderer.invoke(channel, ...args)
  }

/** Exactly the contract, one named function per method: never ipcRenderer itself or a generic invoke. */
const api = {
  getDatasetInfo: call(CHANNELS.getDatasetInfo),
  openDataset: call(CHANNELS.openDataset),
  listFolderBackups: call(CHANNELS.listFolderBackups),
  restoreFolderBackup: call(CHANNELS.restoreFolderBackup),
  saveDatasetAs: call(CHANNELS.saveDatasetAs),
  queryRecords: call(CHANNELS.queryRecords),
  getRecord: call(CHANNELS.getRecord),
  saveRecord: call(CHANNELS.saveRecord),
  deleteRecord: call(CHANNELS.deleteRecord),
  reorderStatements: call(CHANNELS.reorderStatements),
  undo: call(CHANNELS.undo),
  redo: call(CHANNELS.redo),
  getUndoState: call(CHANNELS.getUndoState),
  getHistory: call(CHANNELS.getHistory),
  restoreVersion: call(CHANNELS.restoreVersion),
  listBackups: call(CHANNELS.listBackups),
  restoreBackup: call(CHANNELS.restoreBackup),
  resolveConflict: call(CHANNELS.resolveConflict),
  getPreferences: call(CHANNELS.getPreferences),
  savePreferences: call(CHANNELS.savePreferences),
  validateDraft: call(CHANNELS.validateDraft),
  listProblems: call(CHANNELS.listProblems),
  getCoverage: call(CHANNELS.getCoverage),
  acknowledgeIssue: call(CHANNELS.acknowledgeIssue),
  openExternal: call(CHANNELS.openExternal),
  exportDataset: call(CHANNELS.exportDataset),
  previewImport: call(CHANNELS.previewImport),
  commitImport: call(CHANNELS.commitImport),
  cancelJob: call(CHANNELS.cancelJob),
  findDuplicates: call(CHANNELS.findDuplicates),
  previewMerge: call(CHANNELS.previewMerge),
  mergeSites: call(CHANNELS.mergeSites),
  markNotDuplicate: call(CHANNELS.markNotDuplicate),
  newDataset: call(CHANNELS.newDataset),
  querySitePoints: call(CHANNELS.querySitePoints),
  suggestProperties: call(CHANNELS.suggestProperties),
  previewQuickStatements: call(CHANNELS.previewQuickStatements),
  propertyUsage: call(CHANNELS.propertyUsage),
  onDatasetEvent: (listener: (event: DatasetEvent) => void) => {
    const forward = (_event: IpcRendererEvent, payload: DatasetEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => void ipcRenderer.off(EVENT_CHANNEL, forward)
  },
} satisfies CuratorApi

contextBridge.exposeInMainWorld('api', api)
