import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Change, Command, Manifest, RecordOf } from '../../shared/domain'
import type { RecordKind } from '../../shared/result'
import { checkHeldRecords } from '../validation/check-records'
import type { RecordProblems } from '../validation/deep-check'
import { problemsCacheKey, readProblemsCache, writeProblemsCache } from '../validation/problems-cache'
import type { SchemaValidators } from '../validation/ajv'
import type { RecordLookup } from '../validation/integrity'
import { listBackups, makeBackup } from './backups'
import { applyChanges, type RecordMaps } from './apply-changes'
import { FileHashes } from './file-hashes'
import { toCanonicalJson } from './canonical-json'
import { CuratorError } from './errors'
import { type Disk, nodeDisk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { invert, recordHistory, UndoHistory } from './history'
import { ioError } from './io-errors'
import { RECORD_FILES } from './layout'
import type { JournalEvent, JournalWriter } from './journal'
import { changeProblems, replayJournal } from './journal-replay'
import { rotateJournal } from './journal-segments'
import { type RecordDbs, recordDbs } from './lowdb-adapter'
import {
  datasetBytes,
  prepareForWriting,
  readJournalState,
  readOnlyReason,
  takeWriteAccess,
} from './open-steps'
import { STORE_DEFAULTS, type StoreOptions } from './store-options'
import { writeNewDataset } from './write-new-dataset'
import { type Collections, readDataset, refusal } from './read-dataset'

export type { StoreOptions } from './store-options'

type AnyRecord = RecordOf[RecordKind]

/** Revisions whose changed records are remembered (see `changedSince`). */
const CHANGE_LOG_KEPT = 1000

/** The app's own files inside a dataset folder: journal, state, lock and backups. */
export const META_DIR = '.curator'

/**
 * An open dataset folder. Records live in memory, indexed by id. A commit is one fsynced line
 * appended to the journal (never a rewrite of the dataset); the journal is folded into the lowdb
 * files now and then (compaction), after a backup generation of the files it replaces. On open,
 * the events after the last compaction are replayed, and the undo stacks rebuilt.
 */
export class DatasetStore implements RecordLookup {
  /** Set when the deep check found problems in the files as opened: nothing more is written. */
  private checkFailure: CuratorError | undefined
  private deepCheck: Promise<void> = Promise.resolve()
  private deepCheckRunning = false
  private deepCheckProblems: { revision: number; problems: RecordProblems[] } | undefined
  private readonly settings: typeof STORE_DEFAULTS
  private readonly disk: Disk
  private readonly dbs: RecordDbs
  private readonly undo: UndoHistory
  private queue: Promise<unknown> = Promise.resolve()
  private dirty = new Set<RecordKind>()
  private pending = 0
  private timer: NodeJS.Timeout | undefined
  private closed = false
  private changes = 0
  /** The records each recent revision changed, oldest first, for caches that update in step. */
  private changeLog: { revision: number; records: { kind: RecordKind; id: string }[] }[] = []
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
  ) {
    this.settings = { ...STORE_DEFAULTS, ...options }
    this.disk = options.disk ?? nodeDisk
    this.hashes = new FileHashes(this.disk, folder)
    this.undo = new UndoHistory(events)
    this.undo.forgetMissing()
    this.pending = events.filter((e) => e.seq > compactedThrough).length
    for (const e of events) if (e.seq > compactedThrough) e.changes.forEach((c) => this.dirty.add(c.kind))
    this.dbs = recordDbs(this.disk, folder, (file, text) => this.hashes.wrote(file, text))
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
    const deep = (await datasetBytes(disk, root)) <= (options.deepCheckInWorkerAbove ?? Infinity)
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
    const access = options.readOnly
      ? { reason: readOnlyReason([...journalProblems, ...contents.problems]) }
      : await takeWriteAccess(disk, root, meta, options.lock)
    let writer: JournalWriter | undefined
    if (access.release) {
      try {
        writer = await prepareForWriting(disk, root, meta, journal)
      } catch (error) {
        await access.release()
        throw error
      }
    }
    const args = [root, contents.manifest, maps, events, compactedThrough, writer, access.release] as const
    const store = new DatasetStore(...args, access.reason, validators, options)
    store.hashes.seed(contents.hashes)
    if (!deep) await store.startDeepCheck(contents.hashes)
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
    return this.changes
  }

  /**
   * The records changed after `revision` (each once), or undefined when that is no longer known
   * (too long ago, or the files were reloaded): a cache keyed on the revision then starts over.
   */
  changedSince(revision: number): { kind: RecordKind; id: string }[] | undefined {
    if (revision === this.changes) return []
    const first = this.changeLog[0]
    if (revision > this.changes || !first || first.revision > revision + 1) return undefined
    const seen = new Map<string, { kind: RecordKind; id: string }>()
    for (const entry of this.changeLog) {
      if (entry.revision <= revision) continue
      for (const ref of entry.records) seen.set(`${ref.kind}\u0000${ref.id}`, ref)
    }
    return [...seen.values()]
  }

  /** Why nothing can be saved, when that is so: another writer, a read-only disk, a failed deep check. */
  get readOnlyReason(): string | undefined {
    return this.accessReason ?? this.checkFailure?.message
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== undefined
  }

  /** Resolves when the deep check of a large dataset is done (at once for others). */
  checked(): Promise<void> {
    return this.deepCheck
  }

  /** True while the deep check of a large dataset runs (not when its problems came from the cache). */
  get checking(): boolean {
    return this.deepCheckRunning
  }

  /**
   * Every record's issues as the deep check (or its cache) found them, with the revision they
   * describe (records changed since are in `changedSince`); undefined for a dataset checked on open.
   */
  get checkedProblems(): { revision: number; problems: RecordProblems[] } | undefined {
    return this.deepCheckProblems
  }

  /**
   * The deep check of a large dataset, which opened on a shape check: taken from the problems
   * cache when the files, the journal's commits and the rules are those it was made for (then
   * the problems are there when the open returns), else run over the records in memory, and
   * cached for the next open when nothing was edited meanwhile and the files are sound.
   */
  private async startDeepCheck(fileHashes: ReadonlyMap<string, string>): Promise<void> {
    const meta = path.join(this.folder, META_DIR)
    const pendingCommits = this.events.filter((e) => e.seq > this.compactedThrough)
    const key = problemsCacheKey(this.validators, fileHashes, pendingCommits)
    const revision = this.changes
    const cached = await readProblemsCache(this.disk, meta, key)
    if (cached) {
      this.deepCheckProblems = { revision, problems: cached }
      this.options.onChecked?.()
      return
    }
    const run = async () => {
      const result = this.options.deepCheck
        ? await this.options.deepCheck(this.folder)
        : await checkHeldRecords(this, this.validators, (kind) => RECORD_FILES[kind])
      const unchanged = this.changes === revision
      if (result.problems && result.failure.length === 0 && unchanged && this.journal && !this.closed)
        await writeProblemsCache(this.disk, meta, key, result.problems).catch(() => undefined)
      return result
    }
    this.deepCheckRunning = true
    this.deepCheck = run().then(
      ({ failure, problems }) => {
        this.deepCheckRunning = false
        if (problems) this.deepCheckProblems = { revision, problems }
        if (failure.length === 0) return this.options.onChecked?.()
        this.checkFailure = refusal(this.folder, failure)
        this.options.onCheckFailed?.(this.checkFailure)
      },
      (error: Error) => {
        this.deepCheckRunning = false
        this.checkFailure = new CuratorError('IO', `The dataset could not be checked: ${error.message}`)
        this.options.onCheckFailed?.(this.checkFailure)
      },
    )
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
      this.assertUnchanged(command.changes, 'after', 'undone')
      this.assertSound(invert(command.changes), 'undone')
      await this.append(this.newEvent('undo', command.id, command.label, invert(command.changes)))
      return command
    })
  }

  redoLast(): Promise<Command | undefined> {
    return this.serial(async () => {
      const command = this.undo.nextRedo()
      if (!command) return undefined
      this.assertUnchanged(command.changes, 'before', 'redone')
      this.assertSound(command.changes, 'redone')
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

  /** Folds the journal into the lowdb files, after a backup generation of the files replaced. */
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

  /** The dataset files whose bytes differ from what this store last read or wrote. */
  filesChangedOutside(): Promise<string[]> {
    return this.hashes.changed()
  }

  /**
   * Takes the files as they now are on disk (after a `git pull`, another editor), dropping the
   * commits not yet folded into them. Refused, and nothing changes, when the files are invalid.
   */
  reloadFromDisk(): Promise<void> {
    return this.serial(async () => {
      const contents = await readDataset(this.folder, this.validators, this.disk)
      this.maps = contents.maps
      this.changes += 1
      this.changeLog = []
      const through = this.events.at(-1)?.seq ?? this.compactedThrough
      if (this.journal) await this.writeState(through)
      this.compactedThrough = through
      this.pending = 0
      this.dirty = new Set()
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
    const at = (this.options.clock ?? (() => new Date()))().toISOString()
    const author = this.options.author?.() ?? 'curator'
    const seq = (this.events.at(-1)?.seq ?? this.compactedThrough) + 1
    return { seq, op, commandId, label, at, author, changes }
  }

  private async append(event: JournalEvent): Promise<void> {
    if (!this.journal || this.closed || this.checkFailure) {
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
    this.changes += 1
    this.changeLog.push({
      revision: this.changes,
      records: event.changes.map((c) => ({ kind: c.kind, id: c.id })),
    })
    if (this.changeLog.length > CHANGE_LOG_KEPT) this.changeLog.shift()
    this.events.push(event)
    this.undo.record(event)
    event.changes.forEach((c) => this.dirty.add(c.kind))
    this.pending += 1
    this.scheduleCompaction()
  }

  private assertUnchanged(changes: Change[], side: 'before' | 'after', verb: string): void {
    for (const change of changes) {
      const current = this.maps[change.kind].get(change.id) ?? null
      if (toCanonicalJson(current) !== toCanonicalJson(change[side])) {
        throw new CuratorError(
          'CONFLICT',
          `“${change.id}” has changed since, so this step cannot be ${verb} without losing that change.`,
        )
      }
    }
  }

  /** Undo and redo write records from the journal's history: checked as any commit is. */
  private assertSound(changes: Change[], verb: string): void {
    const problems = changeProblems(this.maps, changes, this.validators)
    if (problems.length > 0)
      throw new CuratorError('VALIDATION', `This step cannot be ${verb}: ${problems[0]?.message}`, problems)
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
    await this.deepCheck
    if (!this.journal || this.pending === 0 || this.checkFailure) return
    // Never over an outside change without asking: hold, and let the curator choose.
    const outside = overOutsideChanges ? [] : await this.hashes.changed()
    if (outside.length > 0) {
      this.options.onOutsideChange?.(outside)
      return
    }
    const meta = path.join(this.folder, META_DIR)
    const at = (this.options.clock ?? (() => new Date()))()
    try {
      await makeBackup(this.disk, this.folder, path.join(meta, 'backups'), at, this.settings.backupsKept)
      const through = this.events.at(-1)?.seq ?? this.compactedThrough
      for (const kind of this.dirty) {
        const db = this.dbs[kind]
        db.data = { records: [...(this.maps[kind] as Map<string, AnyRecord>).values()] }
        await db.write()
      }
      // Only now is it true that the files hold everything up to `through`.
      await this.writeState(through)
      this.compactedThrough = through
      this.dirty = new Set()
      this.pending = 0
      this.events = await rotateJournal(this.disk, meta, this.journal, this.events, this.settings)
      this.undo.forgetMissing()
    } catch (error) {
      throw ioError(error, this.folder)
    }
  }
}
