import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApiObject } from '@shared/api-object'
import { CHANNELS, EVENT_CHANNEL } from '@shared/channels'
import type { DatasetEvent } from '@shared/domain'

// Exactly the contract, one named function per method: never ipcRenderer itself or a generic invoke.
const api = createApiObject(
  (method, args) => ipcRenderer.invoke(CHANNELS[method], ...args),
  (listener) => {
    const forward = (_event: IpcRendererEvent, payload: DatasetEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => void ipcRenderer.off(EVENT_CHANNEL, forward)
  },
)

contextBridge.exposeInMainWorld('api', api)
