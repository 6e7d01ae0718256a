import type { CSSProperties, ReactNode } from 'react'
import { Table, UnstyledButton } from '@mantine/core'
import type { SortDirection } from '@shared/domain'
import classes from './SortableTh.module.css'

export interface SortState {
  sortBy?: string
  sortDirection?: SortDirection
}

interface SortableThProps {
  column: string
  sort: SortState
  onSort: (next: SortState) => void
  children: ReactNode
  width?: number | string
  /** Extra style for the header cell (a virtual table gives each column a flex size). */
  style?: CSSProperties
}

/** A column header that sorts on click: ascending, then descending; aria-sort tells which. */
export function SortableTh({ column, sort, onSort, children, width, style }: SortableThProps) {
  const active = sort.sortBy === column
  const direction = active ? (sort.sortDirection ?? 'asc') : undefined
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'
  const next = () => onSort({ sortBy: column, sortDirection: direction === 'asc' ? 'desc' : 'asc' })
  return (
    <Table.Th aria-sort={ariaSort} className={classes.th} style={{ width, ...style }}>
      <UnstyledButton onClick={next} className={classes.control} data-active={active || undefined}>
        <span>{children}</span>
        <span aria-hidden className={classes.icon}>
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  )
}
