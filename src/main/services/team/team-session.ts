/**
 * The team engine over whichever dataset is open: one `TeamService` per repository folder, one
 * team operation at a time, and the hold on edits. Edits are refused while git writes the files
 * (a pull, a finished merge: the reload that follows would drop them) and while a merge is in
 * progress (the dataset stays as it was until the curator finishes or aborts).
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import type { Person } from '@shared/team'
import type { DatasetStore } from '../../dataset/dataset-store'
import { CuratorError } from '../../dataset/errors'
import type { SchemaValidators } from '../../validation/ajv'
import { TeamService } from '../../team/team-service'
import { storePort } from './dataset-port'
import type { TokenVault } from './token-vault'

export interface TeamSessionDeps {
  current: { store: DatasetStore }
  validators: SchemaValidators
  /** The curator's name and e-mail from preferences; undefined until both are known. */
  author: () => Person | undefined
  tokens: TokenVault
  now?: () => Date
}

export const HELD_WHILE_WRITING =
  'The dataset is being updated from the team’s copy: save again in a moment (nothing was saved).'
export const HELD_WHILE_MERGING =
  'A merge is in progress: finish or abort it in Conflicts before editing (nothing was saved).'

export async function isRepository(folder: string): Promise<boolean> {
  return lstat(path.join(folder, '.git')).then(
    (info) => info.isDirectory(),
    () => false,
  )
}

export class TeamSession {
  private readonly port
  private cached: { folder: string; service: TeamService } | undefined
  private running: string | undefined
  /** True while git writes the dataset's files: edits and the outside-change watcher wait. */
  writingFiles = false
  /** The folders with a merge in progress (as last looked at). */
  private readonly merging = new Set<string>()

  constructor(private readonly deps: TeamSessionDeps) {
    this.port = storePort(() => deps.current.store)
  }

  get folder(): string {
    return this.deps.current.store.folder
  }

  /** Why edits are refused now, or undefined: the store asks before each edit. */
  holdReason(): string | undefined {
    if (this.writingFiles) return HELD_WHILE_WRITING
    return this.merging.has(this.folder) ? HELD_WHILE_MERGING : undefined
  }

  /** The engine over the open dataset; undefined when its folder is not a repository. */
  async service(): Promise<TeamService | undefined> {
    const folder = this.folder
    if (this.cached?.folder === folder) return this.cached.service
    if (!(await isRepository(folder))) return undefined
    const author = () => this.deps.author()
    const service = await TeamService.open(folder, {
      validators: this.deps.validators,
      dataset: this.port,
      credentials: async () => {
        const remote = await service.remote()
        const kept = remote && (await this.deps.tokens.get(remote.url))
        return kept ? { username: kept.username ?? 'heritage-curator', password: kept.token } : undefined
      },
      ...(this.deps.now && { now: this.deps.now }),
      // Replayed commits name the curator pulling as their committer (read at each pull).
      get committer() {
        return author()
      },
    })
    this.cached = { folder, service }
    await this.lookAtMerge()
    return service
  }

  async required(): Promise<TeamService> {
    const service = await this.service()
    if (!service)
      throw new CuratorError(
        'NOT_FOUND',
        'This dataset is not shared with a team yet: make it a repository first (Changes › Start a team history).',
      )
    return service
  }

  /** Forgets the engine of a folder (it became a repository, or another dataset opened). */
  forget(): void {
    this.cached = undefined
  }

  /** Reads whether a merge is in progress (it survives restarts): edits are held while it is. */
  async lookAtMerge(): Promise<boolean> {
    const service = this.cached?.folder === this.folder ? this.cached.service : await this.service()
    const merging = service ? (await service.merge()) !== undefined : false
    if (merging) this.merging.add(this.folder)
    else this.merging.delete(this.folder)
    return merging
  }

  /** Runs one team operation; another one asked for meanwhile is refused. */
  async exclusive<T>(what: string, work: (service: TeamService) => Promise<T>): Promise<T> {
    if (this.running)
      throw new CuratorError(
        'CONFLICT',
        `The team copy is busy (${this.running}): try again when it is done.`,
      )
    this.running = what
    try {
      return await work(await this.required())
    } finally {
      this.running = undefined
    }
  }

  /**
   * Runs an operation that may write the dataset's files. Edits are refused from here on (one
   * queued before is refused too: the store asks as it writes), every acknowledged edit is
   * folded into the files first, and a flush that cannot do so stops the operation.
   */
  async writing<T>(what: string, work: (service: TeamService) => Promise<T>): Promise<T> {
    return this.exclusive(what, async (service) => {
      const store = this.deps.current.store
      if (store.readOnly)
        throw new CuratorError('READ_ONLY', store.readOnlyReason ?? 'This dataset is open read-only.')
      this.writingFiles = true
      this.port.strict = true
      try {
        return await work(service)
      } finally {
        this.port.strict = false
        this.writingFiles = false
        await this.lookAtMerge()
      }
    })
  }

  /** The author of commits, or a plain refusal saying what is missing. */
  author(): Person {
    const author = this.deps.author()
    if (!author)
      throw new CuratorError(
        'VALIDATION',
        'Commits carry your name and e-mail: add them in Preferences (or in the commit box) first.',
      )
    return author
  }
}
