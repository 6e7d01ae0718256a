import type { CuratorApi } from '@shared/api'

declare global {
  interface Window {
    /** The contract exposed by the preload through contextBridge; nothing else crosses. */
    api: CuratorApi
  }
}

export {}
