import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
  type RefObject,
} from 'react'
import { Skeleton, Table } from '@mantine/core'
import type { SortState } from '../SortableTh/SortableTh'
import { SortableTh } from '../SortableTh/SortableTh'
import classes from './DataTable.module.css'
import { useRowWindow } from './useRowWindow'

export interface Column<T> {
  /** The column's id, saved in the preferences; also its sort key when sortable. */
  key: string
  label: string
  sortable?: boolean
  /** CSS flex of the column's cells: "3 1 16rem" grows, "0 0 6rem" stays. */
  flex: string
  className?: string
  render: (row: T) => ReactNode
}

interface DataTableProps<T> {
  /** The table's accessible name ("Sites"). */
  label: string
  columns: Column<T>[]
  total: number
  /** The row at a position, or undefined while main has not answered it yet. */
  rowAt: (index: number) => T | undefined
  onOpen: (row: T) => void
  sort: SortState
  onSort: (sort: SortState) => void
  /** Told which rows are rendered (to load them) and which are in view (for "1–50 of …"). */
  onRange: (range: { start: number; end: number; firstVisible: number; lastVisible: number }) => void
  /**
   * Every row's height in pixels. Fixed, so that scrolling never waits for a measurement and
   * rows do not jump as their data arrives; cells clamp long text to fit.
   */
  rowHeight: number
  minWidth?: number
}

/** Rows rendered beyond the viewport on each side, so that scrolling shows no gap. */
const OVERSCAN = 8

/** The indexes from `start` to `end`, inclusive. */
function rowIndexes(start: number, end: number): number[] {
  const out: number[] = []
  for (let index = start; index <= end; index += 1) out.push(index)
  return out
}

interface DataRowProps<T> {
  index: number
  /** Where the row sits in the body, in pixels. */
  start: number
  height: number
  /** Undefined while main has not answered it: a placeholder row. */
  row: T | undefined
  columns: Column<T>[]
  onOpen: (row: T) => void
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T | undefined) => void
}

/**
 * One row. Memoized: a keystroke in the search re-renders the page a few times (the text, the
 * debounced query, main's answer) and only the rows whose data changed render again.
 */
const DataRow = memo(function DataRow<T>(props: DataRowProps<T>) {
  const { index, start, height, row, columns, onOpen, onKeyDown } = props
  return (
    <Table.Tr
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      aria-busy={row ? undefined : true}
      tabIndex={0}
      className={classes.tr}
      style={{ height, transform: `translateY(${start}px)` }}
      onClick={row ? () => onOpen(row) : undefined}
      onKeyDown={(event) => onKeyDown(event, index, row)}
    >
      {columns.map((column) => (
        <Table.Td
          key={column.key}
          role="cell"
          className={`${classes.cell} ${column.className ?? ''}`}
          style={{ flex: column.flex }}
        >
          {row ? column.render(row) : <Skeleton height={12} my={4} width="70%" />}
        </Table.Td>
      ))}
    </Table.Tr>
  )
}) as <T>(props: DataRowProps<T>) => ReactElement

interface DataTableHeadProps<T> {
  columns: Column<T>[]
  sort: SortState
  onSort: (sort: SortState) => void
  headRef: RefObject<HTMLTableSectionElement | null>
}

/** The header row; memoized, as it changes only with the columns and the sort. */
const DataTableHead = memo(function DataTableHead<T>({
  columns,
  sort,
  onSort,
  headRef,
}: DataTableHeadProps<T>) {
  return (
    <Table.Thead ref={headRef} className={classes.thead} role="rowgroup">
      <Table.Tr className={classes.tr} role="row" aria-rowindex={1}>
        {columns.map((column) =>
          column.sortable ? (
            <SortableTh
              key={column.key}
              column={column.key}
              sort={sort}
              onSort={onSort}
              style={{ flex: column.flex, display: 'block', minWidth: 0, overflow: 'hidden' }}
            >
              {column.label}
            </SortableTh>
          ) : (
            <Table.Th
              key={column.key}
              role="columnheader"
              className={classes.cell}
              style={{ flex: column.flex }}
            >
              {column.label}
            </Table.Th>
          ),
        )}
      </Table.Tr>
    </Table.Thead>
  )
}) as <T>(props: DataTableHeadProps<T>) => ReactElement

/**
 * A virtualized, sortable table: the DOM holds the rows in view and a few around them, whatever
 * the total. Rows open their record on click, Enter or Space; Up, Down, Home and End move
 * between rows (scrolling rows that are not rendered into view first).
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, columns, total, rowAt, onOpen, sort, onSort, onRange } = props
  const scroller = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLTableSectionElement>(null)
  const { rowHeight } = props
  const { view, scrollToRow } = useRowWindow(scroller, head, total, rowHeight, OVERSCAN)
  const { start, end, firstVisible, lastVisible } = view
  const visibleCount = lastVisible - firstVisible + 1

  useEffect(() => {
    if (end >= start) onRange({ start, end, firstVisible, lastVisible })
  }, [onRange, start, end, firstVisible, lastVisible])

  const focusRow = (index: number, tries = 6) => {
    const target = Math.max(0, Math.min(total - 1, index))
    scrollToRow(target)
    requestAnimationFrame(() => {
      const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`)
      if (row) row.focus()
      else if (tries > 0) focusRow(target, tries - 1)
    })
  }

  const keyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T | undefined) => {
    if (event.target !== event.currentTarget) return
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: total - 1,
      PageDown: index + Math.max(1, visibleCount - 1),
      PageUp: index - Math.max(1, visibleCount - 1),
    }
    if (event.key in moves) {
      event.preventDefault()
      focusRow(moves[event.key] as number)
    } else if ((event.key === 'Enter' || event.key === ' ') && row) {
      event.preventDefault()
      onOpen(row)
    }
  }

  // The rows take handlers that never change (they call the latest ones), so that a memoized
  // row renders again only when its own data does.
  const latest = useRef({ keyDown, onOpen })
  useLayoutEffect(() => {
    latest.current = { keyDown, onOpen }
  })
  const onRowKeyDown = useCallback<DataRowProps<T>['onKeyDown']>(
    (event, index, row) => latest.current.keyDown(event, index, row),
    [],
  )
  const onRowOpen = useCallback((row: T) => latest.current.onOpen(row), [])

  return (
    <div ref={scroller} className={classes.scroller} data-testid="table-scroller">
      <Table
        highlightOnHover
        verticalSpacing="xs"
        className={classes.table}
        style={{ minWidth: props.minWidth }}
        role="table"
        aria-label={label}
        aria-rowcount={total + 1}
      >
        <DataTableHead columns={columns} sort={sort} onSort={onSort} headRef={head} />
        <Table.Tbody className={classes.tbody} role="rowgroup" style={{ height: total * rowHeight }}>
          {rowIndexes(start, end).map((index) => (
            <DataRow
              // Rows keep their position's DOM while the data under them changes (a new search,
              // a block arriving): React updates text in place instead of rebuilding each row.
              key={index}
              index={index}
              start={index * rowHeight}
              height={rowHeight}
              row={rowAt(index)}
              columns={columns}
              onOpen={onRowOpen}
              onKeyDown={onRowKeyDown}
            />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  )
}
