/**
 * The team engine as the Changes, History, Sync and Conflicts views use it: plain data in, plain
 * data out (src/shared/team.ts), no Electron. The app injects the open dataset (`DatasetPort`:
 * its journal folded into the files before git reads them, and the files taken back after git
 * writes them) and the token (`credentials`, kept with safeStorage on the app side).
 */
import fs from 'node:fs'
import git from 'isomorphic-git'
import type {
  MergeInProgress,
  Person,
  PullOutcome,
  RecordChange,
  RemoteInfo,
  Resolution,
  SyncOutcome,
  TeamStatus,
} from '@shared/team'
import { CuratorError } from '../dataset/errors'
import type { SchemaValidators } from '../validation/ajv'
import { commitWorkTree, type CommitResult } from './commit'
import { Repository } from './git/repository'
import { history, type HistoryQuery } from './history'
import { finishMerge } from './merge-finish'
import { clearMerge, loadMerge, saveMerge, withResolution } from './merge-state'
import type { Progress } from './progress'
import { fetchTip, pull, type SyncContext } from './pull'
import { recordChanges } from './record-changes'
import { FolderRemote } from './remotes/folder-remote'
import { type Credentials, HttpRemote } from './remotes/http-remote'
import { parseRemote } from './remotes/remote-url'
import type { Transport } from './remotes/transport'
import { changedFiles } from './status'
import { aheadBehind, push, sync } from './sync'

export interface DatasetPort {
  /** Writes every acknowledged edit into the shard files (the store's compaction). */
  flush(): Promise<void>
  /** Takes the files as git left them (after a pull or a finished merge). */
  reload(): Promise<void>
}

export interface TeamServiceOptions {
  validators: SchemaValidators
  dataset?: DatasetPort
  credentials?: Credentials
  /** Who replays commits during a pull (their committer). */
  committer?: Person
  now?: () => Date
}

export class TeamService {
  private constructor(
    readonly repo: Repository,
    private readonly options: TeamServiceOptions,
  ) {}

  static async open(folder: string, options: TeamServiceOptions): Promise<TeamService> {
    return new TeamService(await Repository.open(folder), options)
  }

  private config(path: string) {
    return git.getConfig({ fs, dir: this.repo.dir, gitdir: this.repo.gitdir, path }) as Promise<
      string | undefined
    >
  }

  async remote(): Promise<RemoteInfo | undefined> {
    const url = await this.config('remote.origin.url')
    return url ? parseRemote(url) : undefined
  }

  /** Sets the team's remote (validated first; a token never goes in it). */
  async setRemote(url: string): Promise<RemoteInfo> {
    const remote = parseRemote(url)
    if (remote.transport === 'folder') await new FolderRemote(remote.url).open()
    const common = { fs, dir: this.repo.dir, gitdir: this.repo.gitdir }
    await git.setConfig({ ...common, path: 'remote.origin.url', value: remote.url })
    await git.setConfig({
      ...common,
      path: 'remote.origin.fetch',
      value: '+refs/heads/*:refs/remotes/origin/*',
    })
    return remote
  }

  private async context(progress: Progress = {}): Promise<SyncContext> {
    const remote = await this.remote()
    if (!remote)
      throw new CuratorError('NOT_FOUND', 'No remote is set: choose a server URL or a shared folder first.')
    const transport: Transport =
      remote.transport === 'folder'
        ? new FolderRemote(remote.url)
        : new HttpRemote(remote.url, this.options.credentials)
    const { validators, committer, now } = this.options
    return {
      repo: this.repo,
      transport,
      remote: remote.url,
      validators,
      ...progress,
      ...(committer && { committer }),
      ...(now && { now }),
    }
  }

  async status(): Promise<TeamStatus> {
    await this.options.dataset?.flush()
    const remote = await this.remote()
    const head = await this.repo.head()
    return {
      repository: true,
      branch: await this.repo.branch(),
      ...(head && { head }),
      ...(remote && { remote }),
      ...(await aheadBehind(this.repo)),
      changedFiles: (await changedFiles(this.repo)).length,
      mergeInProgress: (await loadMerge(this.repo)) !== undefined,
    }
  }

  /** The records changed since the last commit, field by field. */
  async changes(): Promise<RecordChange[]> {
    await this.options.dataset?.flush()
    return recordChanges(this.repo)
  }

  async commit(message: string, author: Person): Promise<CommitResult> {
    await this.options.dataset?.flush()
    if (await loadMerge(this.repo))
      throw new CuratorError('CONFLICT', 'Finish or abort the merge in progress first.')
    const result = await commitWorkTree(this.repo, {
      message,
      author,
      ...(this.options.now && { at: this.options.now() }),
    })
    if (!result)
      throw new CuratorError('CONFLICT', 'Nothing to commit: no record changed since the last commit.')
    return result
  }

  history(query: HistoryQuery = {}) {
    return history(this.repo, query)
  }

  async fetch(progress?: Progress): Promise<TeamStatus> {
    await fetchTip(await this.context(progress))
    return this.status()
  }

  async pull(progress?: Progress): Promise<PullOutcome> {
    await this.options.dataset?.flush()
    return this.afterWrite(await pull(await this.context(progress)))
  }

  async push(progress?: Progress): Promise<'pushed' | 'up-to-date'> {
    return push(await this.context(progress))
  }

  async sync(progress?: Progress): Promise<SyncOutcome> {
    await this.options.dataset?.flush()
    return this.afterWrite(await sync(await this.context(progress)))
  }

  private async afterWrite<T extends { state: string }>(outcome: T): Promise<T> {
    const pulled = 'pulled' in outcome ? (outcome.pulled as { state: string } | undefined) : outcome
    if (pulled && pulled.state !== 'up-to-date' && pulled.state !== 'conflicts')
      await this.options.dataset?.reload()
    return outcome
  }

  merge(): Promise<MergeInProgress | undefined> {
    return loadMerge(this.repo)
  }

  /** Records the curator's choice for one path of one record (`null` withdraws it). */
  async resolve(key: string, path: string, resolution: Resolution | null): Promise<MergeInProgress> {
    const merge = await loadMerge(this.repo)
    if (!merge) throw new CuratorError('NOT_FOUND', 'There is no merge in progress.')
    const updated = withResolution(merge, key, path, resolution ?? undefined)
    await saveMerge(this.repo, updated)
    return updated
  }

  async finishMerge(progress?: Progress) {
    const { validators, committer, now } = this.options
    const outcome = await finishMerge({
      repo: this.repo,
      validators,
      ...progress,
      ...(committer && { committer }),
      ...(now && { now }),
    })
    if (outcome.state === 'done') await this.options.dataset?.reload()
    return outcome
  }

  /** Forgets the merge in progress; the dataset's files are as they were before the pull. */
  async abortMerge(): Promise<void> {
    await clearMerge(this.repo)
  }
}
