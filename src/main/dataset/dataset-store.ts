import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Change, Command, Manifest, RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { SchemaValidators } from '../validation/ajv'
import type { RecordLookup } from '../validation/integrity'
import { listBackups } from './backups'
import { applyChanges, type RecordMaps } from './apply-changes'
import { compactShards } from './compaction'
import { ChangeLog } from './change-log'
import { type CheckedProblems, DeferredCheck } from './deferred-check'
import { DirtyShards } from './dirty-shards'
import { FileHashes } from './file-hashes'
import { CuratorError } from './errors'
import { type Disk, nodeDisk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { assertSound, assertUnchanged, invert, recordHistory, UndoHistory } from './history'
import { ioError } from './io-errors'
import type { JournalEvent, JournalWriter } from './journal'
import { replayJournal } from './journal-replay'
import { rotateJournal } from './journal-segments'
import { openForWriting } from './open-for-writing'
import { readJournalState, readOnlyReason } from './open-steps'
import { STORE_DEFAULTS, type StoreOptions } from './store-options'
import { writeNewDataset } from './write-new-dataset'
import type { Collections } from './read-dataset'
import { readDataset } from './read-folder'
import { refusal } from './record-checks'

export type { StoreOptions } from './store-options'

/** The app's own files inside a dataset folder: journal, state, lock and backups. */
export const META_DIR = '.curator'

/**
 * An open dataset folder. Records live in memory, indexed by id. A commit is one fsynced line
 * appended to the journal (never a rewrite of the dataset); the journal is folded into the shards
 * whose records changed now and then (compaction, through lowdb), after a backup generation of
 * the files. On open, an old-layout dataset is moved to shards (docs/LAYOUT.md), the events after
 * the last compaction are replayed, and the undo stacks rebuilt.
 */
export class DatasetStore implements RecordLookup {
  /** The deep check of a large dataset, after it opened on a shape check. */
  private readonly deepCheck = new DeferredCheck()
  private readonly settings: typeof STORE_DEFAULTS
  private readonly disk: Disk
  private readonly undo: UndoHistory
  private queue: Promise<unknown> = Promise.resolve()
  /** The shards to write at the next compaction. */
  private readonly dirty = new DirtyShards()
  private pending = 0
  private timer: NodeJS.Timeout | undefined
  private closed = false
  private readonly changeLog = new ChangeLog()
  private readonly hashes: FileHashes

  private constructor(
    readonly folder: string,
    readonly manifest: Manifest,
    private maps: RecordMaps,
    private events: JournalEvent[],
    private compactedThrough: number,
    private readonly journal: JournalWriter | undefined,
    private readonly release: (() => Promise<void>) | undefined,
    /** Why the dataset is read-only, when it is. */
    private readonly accessReason: string | undefined,
    private readonly validators: SchemaValidators,
    private readonly options: StoreOptions,
    /** Whether the folder is in shards: always, once opened for writing (old datasets are migrated). */
    sharded: boolean,
  ) {
    this.settings = { ...STORE_DEFAULTS, ...options }
    this.disk = options.disk ?? nodeDisk
    this.hashes = new FileHashes(this.disk, folder, sharded)
    this.undo = new UndoHistory(events)
    this.undo.forgetMissing()
    this.pending = events.filter((e) => e.seq > compactedThrough).length
    for (const e of events) if (e.seq > compactedThrough) e.changes.forEach((c) => this.dirty.add(c))
  }

  /** Opens a dataset folder; refuses (and writes nothing) when any file is malformed or invalid. */
  static async open(
    folder: string,
    validators: SchemaValidators,
    options: StoreOptions = {},
  ): Promise<DatasetStore> {
    const disk = options.disk ?? nodeDisk
    const root = path.resolve(folder)
    const meta = path.join(root, META_DIR)
    // Large datasets open on a shape check and are checked in depth off the main thread (below).
    const deep = { upToBytes: options.deepCheckInWorkerAbove ?? Infinity }
    const tolerateProblems = options.readOnly === true
    const readOptions = { deep, maxFileBytes: options.maxFileBytes, tolerateProblems }
    const contents = await readDataset(root, validators, disk, readOptions)
    // Everything is read and checked before the lock is taken: a refused open leaves no trace.
    const { journal, compactedThrough, problems } = await readJournalState(disk, meta, { history: true })
    const maps = contents.maps
    // Each line is checked as a commit is; read-only, the lines before the first refused one are shown.
    const replay = replayJournal(maps, journal.lines, compactedThrough, validators)
    const journalProblems = [...problems, ...replay.problems]
    if (journalProblems.length > 0 && !options.readOnly) throw refusal(root, journalProblems)
    const events = replay.kept.map((line) => line.event)
    const at = (options.clock ?? (() => new Date()))()
    const backupsKept = options.backupsKept ?? STORE_DEFAULTS.backupsKept
    const access = options.readOnly
      ? {
          reason: readOnlyReason([...journalProblems, ...contents.problems]),
          sharded: contents.sharded,
          hashes: contents.hashes,
        }
      : await openForWriting(disk, root, meta, { contents, journal, at, backupsKept, lock: options.lock })
    const args = [
      root,
      contents.manifest,
      maps,
      events,
      compactedThrough,
      access.writer,
      access.release,
    ] as const
    const store = new DatasetStore(...args, access.reason, validators, options, access.sharded)
    store.hashes.seed(access.hashes)
    // The check reads the records held from here on: edits made meanwhile are in changedSince.
    if (!contents.checkedDeeply) await store.startDeepCheck(access.hashes)
    return store
  }

  /** Writes a new dataset into an empty (or new) folder and opens it. */
  static async create(
    folder: string,
    manifest: Manifest,
    records: Collections,
    validators: SchemaValidators,
    options: StoreOptions = {},
  ): Promise<DatasetStore> {
    await writeNewDataset(options.disk ?? nodeDisk, folder, manifest, records)
    return DatasetStore.open(folder, validators, options)
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined {
    return this.maps[kind].get(id)
  }

  all<K extends RecordKind>(kind: K): IterableIterator<RecordOf[K]> {
    return this.maps[kind].values()
  }

  count(kind: RecordKind): number {
    return this.maps[kind].size
  }

  /** Everything, as plain arrays (for save-as and export). */
  snapshot(): Collections {
    return {
      site: [...this.maps.site.values()],
      source: [...this.maps.source.values()],
      property: [...this.maps.property.values()],
      statement: [...this.maps.statement.values()],
    }
  }

  /** Grows with every change to the records in memory: caches of derived data key on it. */
  get revision(): number {
    return this.changeLog.revision
  }

  /**
   * The records changed after `revision` (each once), or undefined when that is no longer known
   * (too long ago, or the files were reloaded): a cache keyed on the revision then starts over.
   */
  changedSince(revision: number): { kind: RecordKind; id: string }[] | undefined {
    return this.changeLog.since(revision)
  }

  /** Why nothing can be saved, when that is so: another writer, a read-only disk, a failed deep check. */
  get readOnlyReason(): string | undefined {
    return this.accessReason ?? this.deepCheck.failure?.message
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== undefined
  }

  /** Resolves when the deep check of a large dataset is done (at once for others). */
  checked(): Promise<void> {
    return this.deepCheck.done
  }

  /** True while the deep check of a large dataset runs (not when its problems came from the cache). */
  get checking(): boolean {
    return this.deepCheck.running
  }

  /**
   * Every record's issues as the deep check (or its cache) found them, with the revision they
   * describe (records changed since are in `changedSince`); undefined for a dataset checked on open.
   */
  get checkedProblems(): CheckedProblems | undefined {
    return this.deepCheck.problems
  }

  /** Starts the deep check of a dataset that opened on a shape check (or takes it from the cache). */
  private startDeepCheck(fileHashes: ReadonlyMap<string, string>): Promise<void> {
    const revision = this.revision
    const subject = {
      folder: this.folder,
      metaFolder: path.join(this.folder, META_DIR),
      disk: this.disk,
      validators: this.validators,
      held: this,
      revision,
      sharded: this.hashes.sharded,
      fileHashes,
      pendingCommits: this.events.filter((e) => e.seq > this.compactedThrough),
      mayCache: () => this.journal !== undefined && !this.closed && this.revision === revision,
    }
    return this.deepCheck.start(subject, this.options)
  }

  /** Commits not yet folded into the files. */
  get pendingCommits(): number {
    return this.pending
  }

  /**
   * Applies one command (a save, an import, a merge...) and makes it durable: the promise
   * resolves after its journal line is fsynced, and memory changes only then. The caller has
   * validated the changes.
   */
  commit(label: string, changes: Change[]): Promise<Command> {
    return this.serial(async () => {
      const event = this.newEvent('do', `cmd-${randomBytes(6).toString('hex')}`, label, changes)
      await this.append(event)
      return { id: event.commandId, label, at: event.at, author: event.author, changes }
    })
  }

  /** What undo would do next, without doing it. */
  peekUndo(): Command | undefined {
    return this.undo.nextUndo()
  }

  peekRedo(): Command | undefined {
    return this.undo.nextRedo()
  }

  /** Undoes the last command; refuses with CONFLICT when a record it touched has changed since. */
  undoLast(): Promise<Command | undefined> {
    return this.serial(async () => {
      const command = this.undo.nextUndo()
      if (!command) return undefined
      assertUnchanged(this.maps, command.changes, 'after', 'undone')
      assertSound(this.maps, invert(command.changes), this.validators, 'undone')
      await this.append(this.newEvent('undo', command.id, command.label, invert(command.changes)))
      return command
    })
  }

  redoLast(): Promise<Command | undefined> {
    return this.serial(async () => {
      const command = this.undo.nextRedo()
      if (!command) return undefined
      assertUnchanged(this.maps, command.changes, 'before', 'redone')
      assertSound(this.maps, command.changes, this.validators, 'redone')
      await this.append(this.newEvent('redo', command.id, command.label, command.changes))
      return command
    })
  }

  /** Every version of one record that the journal remembers, newest first. */
  history(kind: RecordKind, id: string) {
    return recordHistory(this.events, kind, id)
  }

  backups(): Promise<string[]> {
    return listBackups(this.disk, path.join(this.folder, META_DIR, 'backups'))
  }

  /** Reads a backup generation, checked like any dataset. */
  async readBackup(name: string, validators: SchemaValidators): Promise<Collections> {
    if (!(await this.backups()).includes(name))
      throw new CuratorError('NOT_FOUND', `There is no backup “${name}”.`)
    const folder = path.join(this.folder, META_DIR, 'backups', name)
    return (await readDataset(folder, validators, this.disk)).records
  }

  /** Folds the journal into the shards it changed, after a backup generation of the files replaced. */
  compact(): Promise<void> {
    return this.serial(() => this.compactNow(false))
  }

  /** Compacts even over files changed outside: the curator chose to keep their own edits. */
  compactOverOutsideChanges(): Promise<void> {
    return this.serial(() => this.compactNow(true))
  }

  /** Compacts what is pending and lets go of the lock. */
  async close(): Promise<void> {
    if (this.closed) return
    clearTimeout(this.timer)
    if (this.journal && this.pending > 0) await this.compact().catch(() => undefined)
    this.closed = true
    await this.serial(async () => undefined)
    await this.journal?.close()
    await this.release?.()
  }

  /**
   * The dataset files (`sites/3f.json`) whose bytes differ from what this store last read or
   * wrote: among `files` when given (the names a folder watcher saw), else among them all.
   */
  filesChangedOutside(files?: readonly string[]): Promise<string[]> {
    return this.hashes.changed(files)
  }

  /**
   * Takes the files as they now are on disk (after a `git pull`, another editor), dropping the
   * commits not yet folded into them. Refused, and nothing changes, when the files are invalid.
   */
  reloadFromDisk(): Promise<void> {
    return this.serial(async () => {
      const contents = await readDataset(this.folder, this.validators, this.disk)
      if (this.journal && !contents.sharded) {
        const reason = `${this.folder} is now in the old layout (one file per kind): close and open it again to migrate it.`
        throw new CuratorError('CONFLICT', reason)
      }
      this.maps = contents.maps
      this.changeLog.forget()
      const through = this.events.at(-1)?.seq ?? this.compactedThrough
      if (this.journal) await this.writeState(through)
      this.compactedThrough = through
      this.pending = 0
      this.dirty.clear()
      this.hashes.sharded = contents.sharded
      this.hashes.seed(contents.hashes)
    })
  }

  private writeState(compactedThrough: number): Promise<void> {
    const file = path.join(this.folder, META_DIR, 'state.json')
    return writeFileDurably(this.disk, file, `${JSON.stringify({ compactedThrough })}\n`)
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work)
    this.queue = result.catch(() => undefined)
    return result
  }

  private newEvent(
    op: JournalEvent['op'],
    commandId: string,
    label: string,
    changes: Change[],
  ): JournalEvent {
    // Asked as the edit is written: an edit queued before a pull began is refused as well.
    const held = this.options.writesHeld?.()
    if (held) throw new CuratorError('CONFLICT', held)
    const at = (this.options.clock ?? (() => new Date()))().toISOString()
    const author = this.options.author?.() ?? 'curator'
    const seq = (this.events.at(-1)?.seq ?? this.compactedThrough) + 1
    return { seq, op, commandId, label, at, author, changes }
  }

  private async append(event: JournalEvent): Promise<void> {
    if (!this.journal || this.closed || this.deepCheck.failure) {
      throw new CuratorError(
        'READ_ONLY',
        this.readOnlyReason ?? 'This dataset is closed: nothing can be saved.',
      )
    }
    try {
      await this.journal.append(event)
    } catch (error) {
      throw ioError(error, this.folder)
    }
    applyChanges(this.maps, event.changes)
    this.changeLog.record(event.changes)
    this.events.push(event)
    this.undo.record(event)
    event.changes.forEach((c) => this.dirty.add(c))
    this.pending += 1
    this.scheduleCompaction()
  }

  private scheduleCompaction(): void {
    clearTimeout(this.timer)
    if (this.pending >= this.settings.compactEvery) {
      // Queued behind the commit that is running now, so the commit is acknowledged first.
      void this.compact().catch(() => undefined)
      return
    }
    this.timer = setTimeout(() => void this.compact().catch(() => undefined), this.settings.compactAfterMs)
    this.timer.unref?.()
  }

  private async compactNow(overOutsideChanges: boolean): Promise<void> {
    // The files are rewritten only once they are known to be understood.
    await this.deepCheck.done
    if (!this.journal || this.pending === 0 || this.deepCheck.failure) return
    // Never over an outside change without asking: hold, and let the curator choose. Only the
    // shards about to be written matter here; the folder watcher reports the others.
    const dirty = this.dirty.list()
    const outside = await this.hashes.changed(overOutsideChanges ? undefined : this.dirty.files())
    if (outside.length > 0 && !overOutsideChanges) {
      this.options.onOutsideChange?.(outside)
      return
    }
    const meta = path.join(this.folder, META_DIR)
    const at = (this.options.clock ?? (() => new Date()))()
    const backup = { dir: path.join(meta, 'backups'), at, keep: this.settings.backupsKept }
    try {
      const through = this.events.at(-1)?.seq ?? this.compactedThrough
      await compactShards(this.disk, this.folder, this.maps, dirty, this.hashes, backup, outside)
      // Only now is it true that the files hold everything up to `through`.
      await this.writeState(through)
      this.compactedThrough = through
      this.dirty.clear()
      this.pending = 0
      this.events = await rotateJournal(this.disk, meta, this.journal, this.events, this.settings)
      this.undo.forgetMissing()
    } catch (error) {
      throw ioError(error, this.folder)
    }
  }
}
