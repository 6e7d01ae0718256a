/**
 * The open dataset as the team engine sees it (`DatasetPort`): before git reads the files, every
 * acknowledged edit is folded into them (compaction); after git wrote them (a pull, a finished
 * merge), the store takes them back. The store's reload drops edits not yet folded in, so a
 * write is refused unless the flush really left nothing pending (files changed outside the app,
 * a failed check), and main holds edits meanwhile (`TeamSession`).
 */
import type { DatasetStore } from '../../dataset/dataset-store'
import { CuratorError } from '../../dataset/errors'
import type { DatasetPort } from '../../team/team-service'

export interface StorePort extends DatasetPort {
  /** True while git is about to write the files: a flush that leaves edits pending then throws. */
  strict: boolean
}

export function storePort(store: () => DatasetStore): StorePort {
  const port: StorePort = {
    strict: false,
    async flush() {
      const current = store()
      if (current.readOnly) return
      await current.compact()
      const pending = current.pendingCommits
      if (pending > 0 && port.strict)
        throw new CuratorError(
          'CONFLICT',
          `${pending} saved ${pending === 1 ? 'edit is' : 'edits are'} not yet written into the dataset’s files ` +
            '(they changed outside the app): choose to keep yours or to take theirs first. Nothing was changed.',
        )
    },
    async reload() {
      await store().reloadFromDisk()
    },
  }
  return port
}
