import { checkHeldRecords, type HeldCheck, type HeldRecords } from '../validation/check-records'
import type { DeepCheckResult, RecordProblems } from '../validation/deep-check'
import type { SchemaValidators } from '../validation/ajv'
import { problemsCacheKey, readProblemsFile, rulesVersion, writeProblemsCache } from './problems-cache'
import { type CheckedOver, readPreviousCheck, writeCheckReads } from './check-reads-cache'
import { UniquenessIndex } from '../validation/constraints/uniqueness-index'
import { journalFilesOf, planRecheck } from './recheck-plan'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import type { JournalEvent } from './journal'
import { namerFor, refusal } from './record-checks'
import type { StoreOptions } from './store-options'

/** Every record's issues as a deep check found them, and the revision of the records they describe. */
export interface CheckedProblems {
  revision: number
  problems: RecordProblems[]
  /** How many records the check ran on: 0 when its cache answered, fewer than all when in part. */
  checkedRecords?: number
}

/** What the deep check of an open dataset looks at, and how it may keep its result. */
interface CheckSubject {
  folder: string
  /** The dataset's `.curator` folder, where the cache is kept. */
  metaFolder: string
  disk: Disk
  validators: SchemaValidators
  /** The records the open produced (files plus the journal's commits), as the store holds them. */
  held: HeldRecords
  /** The revision of the records in memory now. */
  revision: number
  /** Whether the files are in shards (names the file of a record's issue). */
  sharded: boolean
  /** Every dataset file (each shard and the manifest) as the open read it: path → SHA-256. */
  fileHashes: ReadonlyMap<string, string>
  /** The journal's commits replayed over the files. */
  pendingCommits: readonly JournalEvent[]
  /** Whether a finished check may be kept for the next open: writable, still open, no edit since. */
  mayCache: () => boolean
}

/**
 * The deep check of a large dataset, after it opened on a shape check: every record against its
 * schema and the rules. Taken from .curator/problems-cache.json when the shard files, the
 * journal's commits and the rules are those it was made for (then the problems are there when
 * the open returns); else run over the records main holds, in slices (`checkHeldRecords`), and
 * cached for the next open. Until it ends nothing is written; when it finds the files unfit,
 * the dataset stays read-only (`failure`).
 */
export class DeferredCheck {
  /** Set when the check found problems in the files as opened: nothing more is written. */
  failure: CuratorError | undefined
  /** Resolves when the check is done (at once when none runs). */
  done: Promise<void> = Promise.resolve()
  running = false
  /** Every record's issues as the check (or its cache) found them, with the revision they describe. */
  problems: CheckedProblems | undefined
  private checkedRecords: number | undefined

  /** Resolves once the cache was read: with the problems, or with the check started. */
  async start(subject: CheckSubject, options: StoreOptions): Promise<void> {
    const { folder, metaFolder: meta, disk, validators, revision } = subject
    const key = problemsCacheKey(validators, subject.fileHashes, subject.pendingCommits)
    const cached = await readProblemsFile(disk, meta)
    if (cached?.key === key) {
      this.problems = { revision, problems: cached.problems, checkedRecords: 0 }
      options.onChecked?.()
      return
    }
    const over: CheckedOver = {
      rules: rulesVersion(validators),
      files: subject.fileHashes,
      journalFiles: journalFilesOf(
        subject.pendingCommits.flatMap((e) => e.changes),
        namerFor(subject.sharded),
      ),
    }
    const run = async (): Promise<DeepCheckResult> => {
      const result = options.deepCheck
        ? await options.deepCheck(folder)
        : await this.checkHeld(subject, over, cached)
      // Only a sound check of the files as opened describes them: nothing edited meanwhile.
      if (result.problems && result.failure.length === 0 && subject.mayCache()) {
        const { reads } = result as Partial<HeldCheck>
        await writeProblemsCache(disk, meta, key, result.problems)
          .then(() => reads && writeCheckReads(disk, meta, key, over, reads))
          .catch(() => undefined)
      }
      return result
    }
    this.running = true
    this.done = run().then(
      ({ failure, problems }) => {
        this.running = false
        if (problems) this.problems = { revision, problems, checkedRecords: this.checkedRecords }
        if (failure.length === 0) return options.onChecked?.()
        this.failure = refusal(folder, failure)
        options.onCheckFailed?.(this.failure)
      },
      (error: Error) => {
        this.running = false
        this.failure = new CuratorError('IO', `The dataset could not be checked: ${error.message}`)
        options.onCheckFailed?.(this.failure)
      },
    )
  }

  /**
   * The check over the records main holds: in part when the last check's reads are cached and
   * nothing they cannot follow changed (see `planRecheck`), else whole.
   */
  private async checkHeld(
    subject: CheckSubject,
    over: CheckedOver,
    cached: { key: string; problems: RecordProblems[] } | undefined,
  ): Promise<HeldCheck> {
    const { held, validators, disk, metaFolder } = subject
    const previous = cached && (await readPreviousCheck(disk, metaFolder, cached))
    const fileOf = namerFor(subject.sharded)
    const uniqueness = UniquenessIndex.over(held)
    const kept = previous && planRecheck(previous, { ...over, held, uniqueness, fileOf })
    const result = await checkHeldRecords(held, validators, fileOf, kept)
    this.checkedRecords = result.checkedRecords
    return result
  }
}
