import type { RecordQuery } from '../../../../shared/domain'
import type { RecordKind } from '../../../../shared/result'
import { useVirtualTable } from '../DataTable/useVirtualTable'
import { usePublishRecordSequence } from '../../hooks/useRecordSequence'

/**
 * A list page's records: a virtual table over `query` (a block at a time), whose loaded ids are
 * published as the order next/previous record (Alt+↓ / Alt+↑) walks. `enabled` and `lane`: see
 * useVirtualRecords. A hook of its own, beside RecordListPage, because a page may need the rows
 * before it renders (the sites' facet counts wait for the first page).
 */
export function useListedRecords<K extends RecordKind>(
  kind: K,
  query: RecordQuery,
  enabled = true,
  lane?: string,
) {
  const list = useVirtualTable(kind, query, enabled, lane)
  usePublishRecordSequence(kind, list.loadedIds)
  return list
}

export type ListedRecords<K extends RecordKind> = ReturnType<typeof useListedRecords<K>>
