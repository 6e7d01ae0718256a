import type { Change } from '@shared/domain'
import type { RecordKind } from '@shared/result'

/** Revisions whose changed records are remembered (see `changedSince`). */
const CHANGE_LOG_KEPT = 1000

type RecordRef = { kind: RecordKind; id: string }

/**
 * The revision of the records in memory, which grows with every change, and the records each
 * recent revision changed, oldest first: caches of derived data key on the revision and update
 * in step with the changes.
 */
export class ChangeLog {
  private revisionNow = 0
  private entries: { revision: number; records: RecordRef[] }[] = []

  get revision(): number {
    return this.revisionNow
  }

  /** One more revision, made by these changes. */
  record(changes: Change[]): void {
    this.revisionNow += 1
    this.entries.push({
      revision: this.revisionNow,
      records: changes.map((c) => ({ kind: c.kind, id: c.id })),
    })
    if (this.entries.length > CHANGE_LOG_KEPT) this.entries.shift()
  }

  /** One more revision whose changes are not known (the files were reloaded). */
  forget(): void {
    this.revisionNow += 1
    this.entries = []
  }

  /**
   * The records changed after `revision` (each once), or undefined when that is no longer known
   * (too long ago, or the files were reloaded): a cache keyed on the revision then starts over.
   */
  since(revision: number): RecordRef[] | undefined {
    if (revision === this.revisionNow) return []
    const first = this.entries[0]
    if (revision > this.revisionNow || !first || first.revision > revision + 1) return undefined
    const seen = new Map<string, RecordRef>()
    for (const entry of this.entries) {
      if (entry.revision <= revision) continue
      for (const ref of entry.records) seen.set(`${ref.kind}\u0000${ref.id}`, ref)
    }
    return [...seen.values()]
  }
}
