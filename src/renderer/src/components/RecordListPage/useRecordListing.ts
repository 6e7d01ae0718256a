import { useMemo } from 'react'
import type { RecordKind } from '@shared/result'
import { useColumnLabels, useTableColumns } from '../ColumnChooser/useTableColumns'
import { useVirtualTable } from '../DataTable/useVirtualTable'
import type { SortState } from '../SortableTh/SortableTh'
import { usePublishRecordSequence } from '@renderer/hooks/useRecordSequence'
import { useTableQuery } from '@renderer/hooks/useTableQuery'

/** A table's column menu: its name in the preferences and in `tables:<table>.column.*`, its columns. */
export interface ColumnSetup {
  table: string
  /** Every column, in order (a constant: memoized columns depend on it). */
  all: readonly string[]
  /** The columns shown until the curator chooses (a constant too). */
  defaults: readonly string[]
  /** The column that cannot be hidden (the record's name). */
  required: string
}

interface ListingOptions {
  /** The sort the list opens with. */
  sort: SortState
  /** The language the list sorts labels in (properties: the Chinese interface sorts by pinyin). */
  language?: string
  /** False while the page shows something else (the statements without references). */
  enabled?: boolean
  /** See useVirtualRecords. */
  lane?: string
  columns?: ColumnSetup
}

const NO_COLUMNS: readonly string[] = []

/**
 * What a list page of records holds: the search, sort and filters (useTableQuery), the rows a
 * block at a time over that query (useVirtualTable), published as the order next/previous record
 * (Alt+↓ / Alt+↑) walks, and the chosen columns, remembered in the preferences. A hook apart
 * from RecordListPage because a page may need these before it renders (the sites' facet counts
 * wait for the first page; the map takes the same query).
 */
export function useRecordListing<K extends RecordKind>(kind: K, options: ListingOptions) {
  const { language, enabled = true, lane, columns } = options
  const table = useTableQuery(options.sort)
  const query = useMemo(
    () => (language ? { ...table.query, language } : table.query),
    [table.query, language],
  )
  const list = useVirtualTable(kind, query, enabled, lane)
  usePublishRecordSequence(kind, list.loadedIds)
  const all = columns?.all ?? NO_COLUMNS
  const chosen = useTableColumns(columns?.table ?? '', all, columns?.defaults ?? NO_COLUMNS)
  const labels = useColumnLabels(columns?.table ?? '', all)
  return {
    kind,
    table,
    list,
    columns: columns && { all, labels, required: columns.required, ...chosen },
  }
}

export type RecordListing<K extends RecordKind> = ReturnType<typeof useRecordListing<K>>
export type ColumnChoice = NonNullable<RecordListing<RecordKind>['columns']>
