import { contextBridge, ipcRenderer } from 'electron'
import type { CuratorApi } from '../shared/api'
import { CHANNELS } from '../shared/channels'

/** Exactly the contract, one named function per method: never ipcRenderer itself or a generic invoke. */
const api = {
  getDatasetInfo: () => ipcRenderer.invoke(CHANNELS.getDatasetInfo),
  openDataset: (path) => ipcRenderer.invoke(CHANNELS.openDataset, ...(path === undefined ? [] : [path])),
  saveDatasetAs: (path) => ipcRenderer.invoke(CHANNELS.saveDatasetAs, ...(path === undefined ? [] : [path])),
  queryRecords: (kind, query) => ipcRenderer.invoke(CHANNELS.queryRecords, kind, query),
  getRecord: (kind, id) => ipcRenderer.invoke(CHANNELS.getRecord, kind, id),
  saveRecord: (kind, draft) => ipcRenderer.invoke(CHANNELS.saveRecord, kind, draft),
  deleteRecord: (kind, id) => ipcRenderer.invoke(CHANNELS.deleteRecord, kind, id),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
} satisfies CuratorApi

contextBridge.exposeInMainWorld('api', api)
