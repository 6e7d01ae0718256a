/**
 * The API of the team views (issue 13): status, Changes and commit, History, the remote, the one
 * sync control with progress and cancel, the merge in progress, and the two ways to start
 * (make this dataset a repository, or copy a team's dataset). Paths are main's: a shared folder
 * and a clone's folder are chosen in main's dialogs.
 */
import type { DatasetEvent, DatasetInfo } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { Resolution } from '@shared/team'
import type {
  RemoteRequest,
  TeamAction,
  TeamChange,
  TeamFinish,
  TeamHistoryQuery,
  TeamMerge,
  TeamState,
  TeamSyncResult,
} from '@shared/team-api'
import type { DatasetStore } from '../../dataset/dataset-store'
import { CuratorError } from '../../dataset/errors'
import { cloneDataset } from '../../team/clone'
import { initRepository } from '../../team/init-repository'
import type { Progress } from '../../team/progress'
import { prepareFolderRemote } from '../../team/remotes/new-folder-remote'
import { parseRemote } from '../../team/remotes/remote-url'
import type { SchemaValidators } from '../../validation/ajv'
import { mergeView, recordView } from './merge-view'
import { namedRef, recordName } from './record-names'
import { recordTeamHistory } from './record-team-history'
import { plainTeamError } from './team-errors'
import type { TeamSession } from './team-session'
import type { TokenVault } from './token-vault'

export interface TeamHandlerDeps {
  session: TeamSession
  current: { store: DatasetStore }
  validators: SchemaValidators
  tokens: TokenVault
  /** Running jobs by id, shared with export and import: `cancelJob` stops any of them. */
  jobs: Map<string, AbortController>
  onEvent: (event: DatasetEvent) => void
  /** Main's folder dialog: the shared folder of a remote, or an empty folder for a copy. */
  pickFolder: (purpose: 'team-remote' | 'clone') => Promise<string | null>
  /** Opens a dataset folder in place of the open one (after a clone). */
  openFolder: (folder: string) => Promise<DatasetInfo>
}

const MAX_MESSAGE = 10_000

export function createTeamHandlers(deps: TeamHandlerDeps) {
  const { session } = deps

  /** Progress events and cancel for one job, under the id the renderer chose. */
  async function asJob<T>(jobId: string | undefined, work: (progress: Progress) => Promise<T>): Promise<T> {
    if (jobId && deps.jobs.has(jobId))
      throw new CuratorError('CONFLICT', `A job “${jobId}” is already running.`)
    const controller = new AbortController()
    if (jobId) deps.jobs.set(jobId, controller)
    try {
      return await work({
        signal: controller.signal,
        onProgress: (p) => {
          if (jobId) deps.onEvent({ type: 'team-progress', jobId, ...p })
        },
      })
    } catch (error) {
      // Aborted mid-request, the http client throws its own AbortError: it is still a cancel.
      if (controller.signal.aborted) throw new CuratorError('CANCELLED', 'Cancelled: nothing was changed.')
      const secrets = await currentSecrets()
      return plainTeamError(error, secrets)
    } finally {
      if (jobId) deps.jobs.delete(jobId)
    }
  }

  async function currentSecrets(): Promise<string[]> {
    const remote = await (await session.service())?.remote().catch(() => undefined)
    const kept = remote && (await deps.tokens.get(remote.url))
    return kept ? [kept.token] : []
  }

  async function status(): Promise<TeamState> {
    const writesHeld = session.holdReason()
    const author = (() => {
      try {
        return session.author()
      } catch {
        return undefined
      }
    })()
    const common = { ...(author && { author }), ...(writesHeld && { writesHeld }) }
    const service = await session.service()
    if (!service)
      return {
        repository: false,
        ahead: 0,
        behind: 0,
        changedFiles: 0,
        mergeInProgress: false,
        uncommittedRecords: 0,
        hasToken: false,
        ...common,
      }
    await session.lookAtMerge()
    const state = await service.status()
    const remote = state.remote
    const kept = remote?.transport === 'http' ? await deps.tokens.get(remote.url) : undefined
    return {
      ...state,
      uncommittedRecords: (await service.changes()).length,
      hasToken: kept !== undefined,
      ...common,
      // Asked again: looking at the merge may have changed it.
      ...(session.holdReason() && { writesHeld: session.holdReason() }),
    }
  }

  const merge = async (): Promise<TeamMerge | null> => {
    const inProgress = await (await session.required()).merge()
    return inProgress ? mergeView(inProgress, deps.validators, deps.current.store) : null
  }

  /** Remembers (or, with an empty token, forgets) the token of an https remote; never for a folder. */
  async function keepToken(request: RemoteRequest, url: string): Promise<void> {
    if (!('url' in request) || request.token === undefined) return
    if (parseRemote(url).transport !== 'http')
      throw new CuratorError('VALIDATION', 'A shared folder takes no token: only an https server does.')
    if (request.token === '') await deps.tokens.forget(url)
    else
      await deps.tokens.set(url, {
        token: request.token,
        ...(request.username && { username: request.username }),
      })
  }

  /** The remote a request names: its URL, or the folder the curator picks (null: cancelled). */
  async function remoteOf(request: RemoteRequest): Promise<string | null> {
    if ('url' in request) return parseRemote(request.url).url
    const folder = await deps.pickFolder('team-remote')
    return folder === null ? null : parseRemote(folder).url
  }

  return {
    getTeamStatus: status,
    listTeamChanges: async (): Promise<TeamChange[]> => {
      const service = await session.required()
      const store = deps.current.store
      return (await service.changes()).map((change) => ({
        ...change,
        ...recordName(change.kind, change.id, store.get(change.kind, change.id) ?? beforeOf(change), store),
      }))
    },
    commitTeamChanges: async (summary: string, description?: string) => {
      const message = description?.trim() ? `${summary.trim()}\n\n${description.trim()}` : summary
      if (message.length > MAX_MESSAGE)
        throw new CuratorError('VALIDATION', `A commit message is at most ${MAX_MESSAGE} characters.`)
      const author = session.author()
      const result = await session.writing('committing', (service) => service.commit(message, author))
      return {
        oid: result.oid,
        records: result.records.map((r) => namedRef(r.kind, r.id, deps.current.store)),
      }
    },
    getTeamHistory: async (query: TeamHistoryQuery = {}) => {
      const entries = await (
        await session.required()
      ).history({
        limit: query.limit ?? 100,
        ...(query.record && { record: query.record }),
      })
      const store = deps.current.store
      return entries.map((entry) => ({
        ...entry,
        records: entry.records.map((r) => namedRef(r.kind, r.id, store)),
      }))
    },
    getRecordTeamHistory: async (kind: RecordKind, id: string) =>
      recordTeamHistory(await session.service(), deps.current.store, kind, id),
    setTeamRemote: async (request: RemoteRequest) => {
      const url = await remoteOf(request)
      if (url === null) return null
      return session.exclusive('setting the remote', async (service) => {
        const remote = await prepareFolderRemote(url)
          .then(() => service.setRemote(url))
          .catch((error: unknown) => plainTeamError(error))
        await keepToken(request, remote.url)
        return remote
      })
    },
    syncTeam: async (action: TeamAction, jobId?: string): Promise<TeamSyncResult> =>
      asJob(jobId, async (progress) => {
        if (action === 'fetch') {
          await session.exclusive('fetching', (service) => service.fetch(progress))
          return { state: 'fetched' }
        }
        if (action === 'push') {
          const pushed = await session.exclusive('pushing', (service) => service.push(progress))
          const head = (await (await session.required()).repo.head()) ?? ''
          return pushed === 'pushed' ? { state: 'pushed', head } : { state: 'up-to-date' }
        }
        const outcome = await session.writing(action === 'pull' ? 'pulling' : 'syncing', (service) =>
          action === 'pull' ? service.pull(progress) : service.sync(progress),
        )
        // The merge document is large and the Conflicts view reads it itself.
        if (outcome.state === 'conflicts')
          return { state: 'conflicts', merge: { ...outcome.merge, records: [] } }
        return outcome
      }),
    getTeamMerge: merge,
    resolveTeamField: async (key: string, path: string, resolution: Resolution | null) => {
      await session.exclusive('resolving', (service) => service.resolve(key, path, resolution))
      return (await merge()) as TeamMerge
    },
    resolveTeamRecord: async (key: string, side: 'ours' | 'theirs') => {
      await session.exclusive('resolving', async (service) => {
        const inProgress = await service.merge()
        const record = inProgress?.records.find((r) => `${r.kind}/${r.id}` === key)
        if (!inProgress || !record)
          throw new CuratorError('NOT_FOUND', `The merge has no conflict about ${key}.`)
        const view = recordView(record, {}, deps.validators, deps.current.store)
        for (const row of view.rows) await service.resolve(key, row.path, { take: side })
      })
      return (await merge()) as TeamMerge
    },
    finishTeamMerge: async (): Promise<TeamFinish> => {
      const outcome = await session.writing('finishing the merge', (service) => service.finishMerge())
      if (outcome.state === 'done') return outcome
      return { state: 'conflicts', merge: mergeView(outcome.merge, deps.validators, deps.current.store) }
    },
    abortTeamMerge: async () => {
      await session.exclusive('aborting the merge', (service) => service.abortMerge())
      await session.lookAtMerge()
      return null
    },
    initTeamRepository: async () => {
      const store = deps.current.store
      if (store.readOnly)
        throw new CuratorError('READ_ONLY', store.readOnlyReason ?? 'This dataset is open read-only.')
      if (await session.service()) return status()
      const author = session.author()
      await store.compact()
      if (store.pendingCommits > 0)
        throw new CuratorError(
          'CONFLICT',
          'Saved edits could not be written into the files first: nothing was changed.',
        )
      await initRepository(store.folder, author).catch((error: unknown) => plainTeamError(error))
      session.forget()
      return status()
    },
    cloneTeamDataset: async (request: RemoteRequest, jobId?: string) => {
      const url = await remoteOf(request)
      if (url === null) return null
      const folder = await deps.pickFolder('clone')
      if (folder === null) return null
      await keepToken(request, url)
      await asJob(jobId, async (progress) => {
        const kept = await deps.tokens.get(url)
        const credentials = async () =>
          kept ? { username: kept.username ?? 'heritage-curator', password: kept.token } : undefined
        await cloneDataset(folder, url, { validators: deps.validators, credentials }, progress)
      })
      session.forget()
      return deps.openFolder(folder)
    },
  }
}

/** A deleted record's last version, rebuilt from its field diff (every field is listed). */
function beforeOf(change: { fields: { path: string; before?: unknown }[] }): unknown {
  const record: Record<string, unknown> = {}
  for (const field of change.fields) {
    const segments = field.path
      .split('/')
      .slice(1)
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    let at = record
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) at[segment] = field.before
      else at = (at[segment] ??= {}) as Record<string, unknown>
    })
  }
  return record
}
