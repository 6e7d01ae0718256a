import path from 'node:path'
import type { DatasetInfo, RecordQuery } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import type { ApiHandlers } from '../ipc/dispatch'
import { queryRecords } from '../query/query-records'
import { isSafeExternalUrl } from '../security/external-url'
import type { SchemaValidators } from '../validation/ajv'
import type { RecordService } from './record-service'

export interface HandlerDeps {
  validators: SchemaValidators
  records: RecordService
  /** The open dataset; swapped by openDataset and saveDatasetAs. */
  current: { store: DatasetStore; readOnly: boolean }
  /** Asks the curator for a folder (the system dialog in the app); null when cancelled. */
  pickFolder: (purpose: 'open' | 'save-as') => Promise<string | null>
  openExternal: (url: string) => Promise<void>
  /** Told after another dataset was opened, so the app can remember it. */
  onOpened?: (folder: string) => void
}

/** A folder from the renderer must be absolute: a relative one would land wherever main happens to run. */
function absoluteFolder(folder: string | null): string | null {
  if (folder !== null && !path.isAbsolute(folder)) {
    throw new CuratorError('VALIDATION', `“${folder}” is not an absolute folder path.`)
  }
  return folder
}

export function datasetInfo(store: DatasetStore, readOnly: boolean): DatasetInfo {
  const counts = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, store.count(kind)])) as Record<
    RecordKind,
    number
  >
  return { path: store.folder, manifest: store.manifest, counts, readOnly }
}

/** Main's implementation of every CuratorApi method, over the injected services. */
export function createApiHandlers(deps: HandlerDeps) {
  const { current } = deps
  const writable = () => {
    if (current.readOnly)
      throw new CuratorError('READ_ONLY', 'This dataset is open read-only: nothing can be saved.')
    return current.store
  }
  const switchTo = (store: DatasetStore) => {
    current.store = store
    current.readOnly = false
    deps.onOpened?.(store.folder)
    return datasetInfo(store, false)
  }
  return {
    getDatasetInfo: async () => datasetInfo(current.store, current.readOnly),
    openDataset: async (folder?: string) => {
      const chosen = absoluteFolder(folder ?? (await deps.pickFolder('open')))
      return chosen === null ? null : switchTo(await DatasetStore.open(chosen, deps.validators))
    },
    saveDatasetAs: async (folder?: string) => {
      const chosen = absoluteFolder(folder ?? (await deps.pickFolder('save-as')))
      if (chosen === null) return null
      const { store } = current
      return switchTo(await DatasetStore.create(chosen, store.manifest, store.snapshot(), deps.validators))
    },
    queryRecords: async (kind: RecordKind, query: RecordQuery) => queryRecords(current.store, kind, query),
    getRecord: async (kind: RecordKind, id: string) => {
      const record = current.store.get(kind, id)
      if (!record) throw new CuratorError('NOT_FOUND', `There is no ${kind} with the id “${id}”.`)
      return record
    },
    saveRecord: async (kind: RecordKind, draft: unknown) => deps.records.save(writable(), kind, draft),
    deleteRecord: async (kind: RecordKind, id: string) => {
      await deps.records.remove(writable(), kind, id)
      return null
    },
    openExternal: async (url: string) => {
      if (!isSafeExternalUrl(url)) {
        throw new CuratorError(
          'FORBIDDEN',
          `Only http and https addresses open in the browser; “${url}” was refused.`,
        )
      }
      await deps.openExternal(url)
      return null
    },
  } satisfies ApiHandlers
}
