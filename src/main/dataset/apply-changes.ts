import type { Change, RecordOf } from '../../shared/domain'
import type { RecordKind } from '../../shared/result'

export type RecordMaps = { [K in RecordKind]: Map<string, RecordOf[K]> }

/** Applies changes to records held in maps by id. */
export function applyChanges(maps: RecordMaps, changes: Change[]): void {
  for (const change of changes) {
    const map = maps[change.kind] as Map<string, unknown>
    if (change.after) map.set(change.id, change.after)
    else map.delete(change.id)
  }
}

/** Records by id, for each kind. */
export function toMaps(records: { [K in RecordKind]: RecordOf[K][] }): RecordMaps {
  return {
    site: new Map(records.site.map((r) => [r.id, r])),
    source: new Map(records.source.map((r) => [r.id, r])),
    property: new Map(records.property.map((r) => [r.id, r])),
    statement: new Map(records.statement.map((r) => [r.id, r])),
  }
}
