import { DatasetStore } from '../dataset/dataset-store'
import { createDispatch, type Dispatch } from '../ipc/dispatch'
import { createSchemaValidators } from '../validation/ajv'
import { createApiHandlers } from './api-handlers'
import { randomId, RecordService } from './record-service'

export interface MainServicesOptions {
  datasetPath: string
  clock?: () => Date
  newId?: typeof randomId
  pickFolder?: (purpose: 'open' | 'save-as') => Promise<string | null>
  openExternal?: (url: string) => Promise<void>
  onOpened?: (folder: string) => void
}

export interface MainServices {
  dispatch: Dispatch
  close(): Promise<void>
}

/**
 * Composes main's services over one dataset folder, with no Electron in sight: the app, the
 * e2e bridge and the tests all build main this way.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const validators = createSchemaValidators()
  const store = await DatasetStore.open(options.datasetPath, validators)
  const records = new RecordService({
    validators,
    clock: options.clock ?? (() => new Date()),
    newId: options.newId ?? randomId,
  })
  const handlers = createApiHandlers({
    validators,
    records,
    current: { store, readOnly: false },
    pickFolder: options.pickFolder ?? (async () => null),
    openExternal: options.openExternal ?? (async () => undefined),
    onOpened: options.onOpened,
  })
  return { dispatch: createDispatch(handlers), close: async () => undefined }
}
