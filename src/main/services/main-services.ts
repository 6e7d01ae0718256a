import type { DatasetEvent, PathToken, Preferences } from '@shared/domain'
import { DatasetStore, type StoreOptions } from '../dataset/dataset-store'
import { watchDatasetFolder } from '../dataset/watch-files'
import { createDispatch, type Dispatch } from '../ipc/dispatch'
import { createSchemaValidators } from '../validation/ajv'
import { createApiHandlers } from './api-handlers'
import { PathTokens } from '../ipc/path-tokens'
import { randomId, RecordService } from '../records/record-service'
import { readSettings, UNNAMED_CURATOR, updateSettings } from './settings-store'
import { TeamSession } from './team/team-session'
import { memoryVault, type TokenVault } from './team/token-vault'

export interface MainServicesOptions {
  datasetPath: string
  /** Where settings.json (curator name, last dataset) lives; without it, preferences last for the session. */
  userDataDir?: string
  clock?: () => Date
  newId?: typeof randomId
  pickFolder?: (purpose: FolderPurpose) => Promise<string | null>
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
  /** Tokens of https remotes: the app keeps them with safeStorage; without it, in memory for the session. */
  teamTokens?: TokenVault
  /** Store tuning and fault injection (tests). */
  store?: StoreOptions
}

/** Why main asks for a folder: a dataset to open, save as or create; a team's shared folder; a copy's folder. */
export type FolderPurpose = 'open' | 'save-as' | 'new' | 'team-remote' | 'clone'

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

function preferenceStore(userDataDir: string | undefined) {
  let cached: Preferences = {}
  return {
    async load() {
      if (!userDataDir) return
      const { curatorName, curatorEmail, language, colorScheme, tableColumns } =
        await readSettings(userDataDir)
      cached = {
        ...(curatorName ? { curatorName } : {}),
        ...(curatorEmail ? { curatorEmail } : {}),
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
      // An empty e-mail clears it.
      if (cached.curatorEmail === '') delete cached.curatorEmail
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
  // Filled in once the dataset is open: the store asks it before each edit.
  const team: { session?: TeamSession } = {}
  const storeOptions: StoreOptions = {
    // Edits wait while a pull writes the files, and while a merge is in progress.
    writesHeld: () => team.session?.holdReason(),
    clock,
    author: () => preferences.current().curatorName ?? UNNAMED_CURATOR,
    // Above this size, open on a shape check and check in depth after the open (or from the cache).
    deepCheckInWorkerAbove: 64 * 1024 * 1024,
    onCheckFailed: (error) => emit({ type: 'check-failed', message: error.message }),
    onChecked: () => emit({ type: 'checked' }),
    onOutsideChange: (files) => emit({ type: 'conflict', files }),
    ...options.store,
  }
  const current = { store: await DatasetStore.open(options.datasetPath, validators, storeOptions) }
  const teamVault = options.teamTokens ?? memoryVault()
  const session = new TeamSession({
    current,
    validators,
    tokens: teamVault,
    author: () => {
      const { curatorName, curatorEmail } = preferences.current()
      return curatorName && curatorEmail ? { name: curatorName, email: curatorEmail } : undefined
    },
    ...(options.clock && { now: options.clock }),
  })
  team.session = session
  // A merge in progress (it survives restarts) holds edits from the start.
  await session.service()

  /** `hinted`: the files a folder watcher saw change (all are looked at without it). */
  async function checkOutsideChanges(hinted?: string[]): Promise<void> {
    const { store } = current
    // A pull writing the files takes them back itself once they are all written.
    if (session.writingFiles) return
    const files = await store.filesChangedOutside(hinted)
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
    ? watchDatasetFolder(current.store.folder, (files) => void checkOutsideChanges(files))
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
    team: { session, tokens: teamVault, pickFolder: options.pickFolder ?? (async () => null) },
    openExternal: options.openExternal ?? (async () => undefined),
    exchange: {
      clock,
      newId: options.newId ?? randomId,
      onEvent: emit,
      ...(options.pickExportFolder ? { pickExportFolder: options.pickExportFolder } : {}),
      ...(options.pickFile ? { pickFile: options.pickFile } : {}),
    },
    onOpened: (store) => {
      session.forget()
      void session.service().catch(() => undefined)
      unwatch()
      if (options.watch)
        unwatch = watchDatasetFolder(store.folder, (files) => void checkOutsideChanges(files))
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
