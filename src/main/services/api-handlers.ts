import path from 'node:path'
import type {
  DatasetInfo,
  DeleteOptions,
  OpenOptions,
  PathToken,
  Preferences,
  RecordQuery,
} from '@shared/domain'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { DatasetStore, type StoreOptions } from '../dataset/dataset-store'
import { nodeDisk } from '../dataset/fs/disk'
import { folderBackups, restoreFolderFromBackup } from '../dataset/recover'
import { backupInfo } from './history-handlers'
import { CuratorError } from '../dataset/errors'
import type { ApiHandlers } from '../ipc/dispatch'
import { queryRecords } from '../query/query-records'
import { isSafeExternalUrl } from '../security/external-url'
import type { SchemaValidators } from '../validation/ajv'
import { createExchangeHandlers, type ExchangeDeps } from './exchange-handlers'
import { createHistoryHandlers } from './history-handlers'
import { reorderStatements } from './reorder'
import { ProblemsIndex } from './problems'
import { QueryLanes } from './query-lanes'
import { createReviewHandlers } from './review-handlers'
import { createDuplicateHandlers } from './duplicate-handlers'
import { createMapHandlers } from './map-handlers'
import { createCurationHandlers } from './curation-handlers'
import type { PathTokens } from '../ipc/path-tokens'
import { randomId, type RecordService } from '../records/record-service'
import { createTeamHandlers, type TeamHandlerDeps } from './team/team-handlers'
import { UNNAMED_CURATOR } from './settings-store'

interface HandlerDeps {
  validators: SchemaValidators
  records: RecordService
  /** The open dataset; swapped by openDataset and saveDatasetAs. */
  current: { store: DatasetStore }
  storeOptions: StoreOptions
  /** Asks the curator for a folder (the system dialog in the app); null when cancelled. */
  pickFolder: (purpose: 'open' | 'save-as' | 'new') => Promise<string | null>
  /** The files and folders main chose, behind the tokens the renderer holds. */
  tokens: PathTokens
  openExternal: (url: string) => Promise<void>
  preferences: { read(): Promise<Preferences>; write(change: Partial<Preferences>): Promise<void> }
  clock?: () => Date
  /** Told after another dataset was opened, so the app can remember and watch it. */
  onOpened?: (store: DatasetStore) => void
  /** The team on git: the engine over the open dataset, the kept tokens, main's folder dialog. */
  team: Pick<TeamHandlerDeps, 'session' | 'tokens' | 'pickFolder'>
  /** Import and export: clock, ids, file and folder dialogs, progress events. */
  exchange?: Partial<Pick<ExchangeDeps, 'clock' | 'newId' | 'pickExportFolder' | 'pickFile' | 'onEvent'>>
}

function datasetInfo(store: DatasetStore): DatasetInfo {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, store.count(k)])) as Record<
    RecordKind,
    number
  >
  const { folder: path, manifest, readOnly, readOnlyReason } = store
  return { path, manifest, counts, readOnly, ...(readOnlyReason ? { readOnlyReason } : {}) }
}

/** Main's implementation of every CuratorApi method, over the injected services. */
export function createApiHandlers(deps: HandlerDeps) {
  const { current } = deps
  const problems = new ProblemsIndex(deps.validators)
  const lanes = new QueryLanes()
  // Export, import and team jobs by id, so that one cancelJob stops any of them.
  const jobs = new Map<string, AbortController>()
  const writable = () => {
    const { store } = current
    if (store.readOnly)
      throw new CuratorError('READ_ONLY', store.readOnlyReason ?? 'This dataset is open read-only.')
    return store
  }
  const disk = deps.storeOptions.disk ?? nodeDisk
  /** A folder that does not open comes back with a token for it, so the curator can recover it. */
  const withFolderToken = async (open: () => Promise<DatasetStore>) => {
    try {
      return await open()
    } catch (error) {
      if (!(error instanceof CuratorError) || !error.path) throw error
      const token = deps.tokens.issue(error.path, 'dataset-folder')
      throw new CuratorError(error.code, error.message, error.issues, error.path, token)
    }
  }
  const switchTo = async (store: DatasetStore) => {
    const previous = current.store
    current.store = store
    await previous.close()
    deps.onOpened?.(store)
    return datasetInfo(store)
  }
  return {
    getDatasetInfo: async () => datasetInfo(current.store),
    openDataset: async (token?: PathToken | null, options: OpenOptions = {}) => {
      const chosen = token ? deps.tokens.resolve(token, 'dataset-folder') : await deps.pickFolder('open')
      if (chosen === null) return null
      const storeOptions = { ...deps.storeOptions, readOnly: options.readOnly === true }
      return switchTo(await withFolderToken(() => DatasetStore.open(chosen, deps.validators, storeOptions)))
    },
    listFolderBackups: async (token: PathToken) =>
      (await folderBackups(disk, deps.tokens.resolve(token, 'dataset-folder'))).map(backupInfo),
    restoreFolderBackup: async (token: PathToken, name: string) => {
      const folder = deps.tokens.resolve(token, 'dataset-folder')
      await restoreFolderFromBackup(disk, folder, name, (deps.clock ?? (() => new Date()))())
      return switchTo(
        await withFolderToken(() => DatasetStore.open(folder, deps.validators, deps.storeOptions)),
      )
    },
    saveDatasetAs: async () => {
      const chosen = await deps.pickFolder('save-as')
      if (chosen === null) return null
      const { manifest } = current.store
      const records = current.store.snapshot()
      return switchTo(
        await DatasetStore.create(chosen, manifest, records, deps.validators, deps.storeOptions),
      )
    },
    queryRecords: async (kind: RecordKind, query: RecordQuery) => {
      await lanes.wait(query.lane)
      const store = current.store
      // Never wait for a large dataset's deep check: the "has issues" facet fills in once it is done.
      const severities = problems.ready(store) ? () => problems.severitiesByRecord(store, 'site') : undefined
      return queryRecords(store, kind, query, severities)
    },
    getRecord: async (kind: RecordKind, id: string) => {
      const record = current.store.get(kind, id)
      if (!record) throw new CuratorError('NOT_FOUND', `There is no ${kind} with the id “${id}”.`)
      return record
    },
    saveRecord: async (kind: RecordKind, draft: unknown) =>
      deps.records.saveWithIssues(writable(), kind, draft),
    reorderStatements: async (ids: string[]) =>
      reorderStatements(writable(), ids, (deps.clock ?? (() => new Date()))().toISOString()),
    deleteRecord: async (kind: RecordKind, id: string, options?: DeleteOptions) => {
      await deps.records.remove(writable(), kind, id, options)
      return null
    },
    ...createHistoryHandlers({
      store: () => current.store,
      writable,
      validators: deps.validators,
      records: deps.records,
    }),
    ...createReviewHandlers({
      store: () => current.store,
      writable,
      validators: deps.validators,
      records: deps.records,
      curatorName: async () => (await deps.preferences.read()).curatorName ?? UNNAMED_CURATOR,
      clock: deps.clock ?? (() => new Date()),
      problems,
    }),
    resolveConflict: async (choice: 'keep-mine' | 'take-theirs') => {
      const store = writable()
      if (choice === 'take-theirs') await store.reloadFromDisk()
      else await store.compactOverOutsideChanges()
      return datasetInfo(store)
    },
    getPreferences: () => deps.preferences.read(),
    savePreferences: async (preferences: Partial<Preferences>) => {
      await deps.preferences.write(preferences)
      return deps.preferences.read()
    },
    ...createMapHandlers({ store: () => current.store }),
    ...createCurationHandlers({ store: () => current.store, validators: deps.validators, problems }),
    ...createExchangeHandlers({
      clock: () => new Date(),
      newId: randomId,
      problems,
      ...deps.exchange,
      jobs,
      current,
      writable,
      validators: deps.validators,
      tokens: deps.tokens,
    }),
    ...createDuplicateHandlers({
      store: () => current.store,
      writable,
      records: deps.records,
      clock: deps.clock ?? (() => new Date()),
      onEvent: deps.exchange?.onEvent,
    }),
    ...createTeamHandlers({
      ...deps.team,
      current,
      validators: deps.validators,
      jobs,
      onEvent: deps.exchange?.onEvent ?? (() => undefined),
      openFolder: async (folder) =>
        switchTo(await DatasetStore.open(folder, deps.validators, deps.storeOptions)),
    }),
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
    newDataset: async () => {
      const chosen = await deps.pickFolder('new')
      if (chosen === null) return null
      // Named after its folder, in the languages the curator works in now (as the CLI's init does).
      const manifest = {
        name: path.basename(chosen),
        schemaVersion: 1 as const,
        languages: [...current.store.manifest.languages],
      }
      const empty = { site: [], source: [], property: [], statement: [] }
      return switchTo(await DatasetStore.create(chosen, manifest, empty, deps.validators, deps.storeOptions))
    },
  } satisfies ApiHandlers
}
