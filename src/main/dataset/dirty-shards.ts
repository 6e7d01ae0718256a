import type { Change } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { shardFileOfRecord } from './shard-files'

/** One shard a compaction must write: its kind, and the records in it or leaving it since the last one. */
export interface DirtyShard {
  kind: RecordKind
  /** `sites/3f.json` */
  file: string
  ids: Set<string>
}

/**
 * The shards whose records changed since the last compaction, with the ids that changed in each:
 * the shard a record was in before a change and the shard it is in after (a statement whose
 * subject moved leaves one shard for another). A compaction writes these and no others.
 */
export class DirtyShards {
  private readonly shards = new Map<string, DirtyShard>()

  add(change: Change): void {
    for (const side of [change.before, change.after]) {
      if (!side) continue
      const file = shardFileOfRecord(change.kind, side)
      const shard = this.shards.get(file)
      if (shard) shard.ids.add(change.id)
      else this.shards.set(file, { kind: change.kind, file, ids: new Set([change.id]) })
    }
  }

  get size(): number {
    return this.shards.size
  }

  /** The dirty shards, by file name. */
  list(): DirtyShard[] {
    return [...this.shards.values()].sort((a, b) => (a.file < b.file ? -1 : 1))
  }

  files(): string[] {
    return this.list().map((shard) => shard.file)
  }

  clear(): void {
    this.shards.clear()
  }
}
