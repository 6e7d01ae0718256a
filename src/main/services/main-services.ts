import os from 'node:os'
import type { DatasetEvent, PathToken, Preferences } from '../../shared/domain'
import { DatasetStore, type StoreOptions } from '../dataset/dataset-store'
import { watchDatasetFolder } from '../dataset/watch-files'
import { createDispatch, type Dispatch } from '../ipc/dispatch'
import { createSchemaValidators } from '../validation/ajv'
import { createApiHandlers } from './api-handlers'
import { PathTokens } from './path-tokens'
import { randomId, RecordService } from './record-service'
import { readSettings, updateSettings } from './start-dataset'

export interface MainServicesOptions {
  datasetPath: string
  /** Where settings.json (curator name, last dataset) lives; without it, preferences last for the session. */
  userDataDir?: string
  clock?: () => Date
  newId?: typeof randomId
  pickFolder?: (purpose: 'open' | 'save-as' | 'new') => Promise<string | null>
  /** Asks for a folder to export into; without it, an export needs `options.folder`. */
  pickExportFolder?: () => Promise<string | null>
  /** Asks for a file to import; without it, previewImport needs a file. */
  pickFile?: (purpose: 'import') => Promise<string | null>
  openExternal?: (url: string) => Promise<void>
  onOpened?: (folder: string) => void
  /** Main's news for the renderer. */
  onEvent?: (event: DatasetEvent) => void
  /** Watch the dataset files for outside changes (the app does; most tests need not). */
  watch?: boolean
  /** Store tuning and fault injection (tests). */
  store?: StoreOptions
}

export interface MainServices {
  dispatch: Dispatch
  /** Folds pending commits into the dataset files now (they are durable in the journal already). */
  flush(): Promise<void>
  /** Checks the files for outside changes now, as the watcher does. */
  checkOutsideChanges(): Promise<void>
  /** Compacts what is pending and releases the dataset's lock. */
  close(): Promise<void>
  /**
   * A token for a dataset folder main chose itself (the menu's Open Recent, a second launch, the
   * OS), to open it through dispatch as the renderer would: dispatch takes no paths.
   */
  folderToken(folder: string): PathToken
}

function osUser(): string {
  try {
    return os.userInfo().username
  } catch {
    return 'curator'
  }
}

function preferenceStore(userDataDir: string | undefined) {
  let cached: Preferences = { curatorName: osUser() }
  return {
    async load() {
      if (!userDataDir) return
      const { curatorName, language, colorScheme, tableColumns } = await readSettings(userDataDir)
      cached = {
        curatorName: curatorName ?? osUser(),
        ...(language ? { language } : {}),
        ...(colorScheme ? { colorScheme } : {}),
        ...(tableColumns ? { tableColumns } : {}),
      }
    },
    current: () => cached,
    read: async () => cached,
    async write(preferences: Partial<Preferences>) {
      // A partial save (the name alone) keeps the language, theme and columns saved before.
      if (userDataDir) await updateSettings(userDataDir, preferences)
      cached = { ...cached, ...preferences }
    },
  }
}

/**
 * Composes main's services over one dataset folder, with no Electron in sight: the app, the
 * e2e bridge and the tests all build main this way.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const validators = createSchemaValidators()
  const clock = options.clock ?? (() => new Date())
  const preferences = preferenceStore(options.userDataDir)
  await preferences.load()
  const emit = options.onEvent ?? (() => undefined)
  const storeOptions: StoreOptions = {
    clock,
    author: () => preferences.current().curatorName,
    // Above this size, open on a shape check and check in depth after the open (or from the cache).
    deepCheckInWorkerAbove: 64 * 1024 * 1024,
    onCheckFailed: (error) => emit({ type: 'check-failed', message: error.message }),
    onChecked: () => emit({ type: 'checked' }),
    onOutsideChange: (files) => emit({ type: 'conflict', files }),
    ...options.store,
  }
  const current = { store: await DatasetStore.open(options.datasetPath, validators, storeOptions) }

  async function checkOutsideChanges(): Promise<void> {
    const { store } = current
    const files = await store.filesChangedOutside()
    if (files.length === 0) return
    if (store.pendingCommits > 0) return emit({ type: 'conflict', files })
    try {
      await store.reloadFromDisk()
      emit({ type: 'reloaded', reason: `${files.join(', ')} changed on disk.` })
    } catch (error) {
      // The outside version cannot be read: keep working on ours, and say what is wrong with theirs.
      emit({ type: 'reload-failed', files, message: (error as Error).message })
    }
  }
  let unwatch = options.watch
    ? watchDatasetFolder(current.store.folder, () => void checkOutsideChanges())
    : () => {}

  const tokens = new PathTokens()
  const handlers = createApiHandlers({
    tokens,
    validators,
    records: new RecordService({ validators, clock, newId: options.newId ?? randomId }),
    current,
    storeOptions,
    preferences,
    clock,
    pickFolder: options.pickFolder ?? (async () => null),
    openExternal: options.openExternal ?? (async () => undefined),
    exchange: {
      clock,
      newId: options.newId ?? randomId,
      onEvent: emit,
      ...(options.pickExportFolder ? { pickExportFolder: options.pickExportFolder } : {}),
      ...(options.pickFile ? { pickFile: options.pickFile } : {}),
    },
    onOpened: (store) => {
      unwatch()
      if (options.watch) unwatch = watchDatasetFolder(store.folder, () => void checkOutsideChanges())
      options.onOpened?.(store.folder)
    },
  })
  return {
    dispatch: createDispatch(handlers),
    flush: () => current.store.compact(),
    folderToken: (folder) => tokens.issue(folder, 'dataset-folder'),
    checkOutsideChanges,
    close: async () => {
      unwatch()
      await current.store.close()
    },
  }
}
