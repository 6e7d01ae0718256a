import type { Change, RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'

export type RecordMaps = { [K in RecordKind]: Map<string, RecordOf[K]> }

/** Applies changes to records held in maps by id. */
export function applyChanges(maps: RecordMaps, changes: Change[]): void {
  for (const change of changes) {
    const map = maps[change.kind] as Map<string, unknown>
    if (change.after) map.set(change.id, change.after)
    else map.delete(change.id)
  }
}
