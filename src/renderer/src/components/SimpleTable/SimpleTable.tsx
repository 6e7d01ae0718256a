import type { ReactNode } from 'react'
import { Table, type TableProps, type TableThProps } from '@mantine/core'

/** One header cell: its text alone, or what it says with Mantine's props for it (width, alignment). */
export type SimpleHeader = string | ({ label: ReactNode } & Omit<TableThProps, 'children'>)

interface SimpleTableProps extends Omit<TableProps, 'children'> {
  /** The header row, left to right. */
  headers: SimpleHeader[]
  /** On the header group: a class that hides it from sight but not from screen readers. */
  headClassName?: string
  /** The body's rows (Table.Tr), shaped by each table. */
  children: ReactNode
}

/**
 * A small Mantine table that is not virtualized (files, reasons, pairs, field changes): one header
 * row from `headers`, the rows as children. The record lists use DataTable instead.
 */
export function SimpleTable({ headers, headClassName, children, ...table }: SimpleTableProps) {
  return (
    <Table {...table}>
      <Table.Thead className={headClassName}>
        <Table.Tr>
          {headers.map((header, index) => {
            const { label, ...cell } = typeof header === 'string' ? { label: header } : header
            return (
              // The headers never reorder: their position is their identity.
              <Table.Th key={index} {...cell}>
                {label}
              </Table.Th>
            )
          })}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  )
}
