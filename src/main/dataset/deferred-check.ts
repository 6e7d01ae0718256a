import { deepCheckInWorker, type RecordProblems } from '../validation/deep-check'
import { CuratorError } from './errors'
import { refusal } from './record-checks'
import type { StoreOptions } from './store-options'

/**
 * The deep check of a large dataset, run off the main thread after it opened on a shape check:
 * every record against its schema and the rules. Until it ends nothing is written; when it
 * finds the files unfit, the dataset stays read-only (`failure`).
 */
export class DeferredCheck {
  /** Set when the check found problems in the files as opened: nothing more is written. */
  failure: CuratorError | undefined
  /** Resolves when the check is done (at once when none runs). */
  done: Promise<void> = Promise.resolve()
  running = false
  /** Every record's issues as the check found them, with the revision they describe. */
  problems: { revision: number; problems: RecordProblems[] } | undefined

  /** Starts the check of `folder` as it is now (the revision of the records in memory: `revision`). */
  start(folder: string, revision: number, options: StoreOptions): void {
    const run = options.deepCheck ?? deepCheckInWorker
    this.running = true
    this.done = run(folder).then(
      ({ failure, problems }) => {
        this.running = false
        if (problems) this.problems = { revision, problems }
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
}
