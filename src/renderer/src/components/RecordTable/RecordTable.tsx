import { useCallback, useMemo } from 'react'
import type { CurationStatus } from '@shared/domain'
import type { Column } from '../DataTable/DataTable'
import { DataTable } from '../DataTable/DataTable'
import type { SortState } from '../SortableTh/SortableTh'
import { StatusBadge } from '../StatusBadge/StatusBadge'

/**
 * What a list page hands to the table of its records (sites, sources, statements, properties):
 * the rows a block at a time, where the view is, the sort, and how to open a record.
 */
export interface RecordTableProps<Row> {
  total: number
  /** The row at a position, or undefined while main has not answered it yet. */
  rowAt: (index: number) => Row | undefined
  onRange: Parameters<typeof DataTable<Row>>[0]['onRange']
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
  /** The keys of the columns the curator chose to show; every column when the table has no choice. */
  visible?: readonly string[]
}

interface RecordTableViewProps<Row> extends RecordTableProps<Row> {
  /** The table's accessible name ("Sites"). */
  label: string
  /**
   * Every column, in order, as data. The caller memoizes the array (useMemo), so that the same
   * objects stand while nothing they show changes and the table's memoized rows skip rendering
   * when only the page around them does (a keystroke in the search).
   */
  columns: Column<Row>[]
  rowHeight: number
  minWidth: number
}

/** A virtual table of records of one kind: the chosen columns of `columns`; a row opens its record. */
export function RecordTable<Row extends { id: string }>(props: RecordTableViewProps<Row>) {
  const { columns, visible, onOpen, ...table } = props
  const shown = useMemo(
    () => (visible ? columns.filter((column) => visible.includes(column.key)) : columns),
    [columns, visible],
  )
  const onOpenRow = useCallback((row: Row) => onOpen(row.id), [onOpen])
  return <DataTable {...table} columns={shown} onOpen={onOpenRow} />
}

/** The curation status column, the same in every record table: sortable, a badge. */
export function statusColumn<Row extends { status: CurationStatus }>(label: string): Column<Row> {
  return {
    key: 'status',
    label,
    sortable: true,
    flex: '0 0 7.5rem',
    render: (row) => <StatusBadge status={row.status} />,
  }
}
