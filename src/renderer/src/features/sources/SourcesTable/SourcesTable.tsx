import { Table, Text } from '@mantine/core'
import type { SourceRow } from '../../../../../shared/domain'
import { ExternalLink } from '../../../components/ExternalLink/ExternalLink'
import { openableRow, wrapClass } from '../../../components/ListPage/row-props'
import type { SortState } from '../../../components/SortableTh/SortableTh'
import { SortableTh } from '../../../components/SortableTh/SortableTh'
import { StatusBadge } from '../../../components/StatusBadge/StatusBadge'
import { SOURCE_TYPE_LABELS } from '../../../lib/labels'
import classes from './SourcesTable.module.css'

interface SourcesTableProps {
  rows: SourceRow[]
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
}

export function SourcesTable({ rows, sort, onSort, onOpen }: SourcesTableProps) {
  const th = { sort, onSort }
  return (
    <Table stickyHeader highlightOnHover verticalSpacing="xs" className={classes.table}>
      <Table.Thead>
        <Table.Tr>
          <SortableTh column="title" {...th}>
            Title
          </SortableTh>
          <SortableTh column="type" {...th}>
            Type
          </SortableTh>
          <Table.Th>Container / Publisher</Table.Th>
          <SortableTh column="issuedYear" {...th}>
            Year
          </SortableTh>
          <Table.Th>URL</Table.Th>
          <SortableTh column="citedBy" {...th}>
            Cited by
          </SortableTh>
          <SortableTh column="status" {...th}>
            Status
          </SortableTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} {...openableRow(() => onOpen(row.id))}>
            <Table.Td className={`${classes.title} ${wrapClass}`}>
              <Text size="sm" fw={500} className={wrapClass}>
                {row.title}
              </Text>
            </Table.Td>
            <Table.Td className={classes.nowrap}>{SOURCE_TYPE_LABELS[row.type] ?? row.type}</Table.Td>
            <Table.Td className={`${classes.container} ${wrapClass}`}>
              {row.containerTitle}
              {row.containerTitle && row.publisher && row.publisher !== row.containerTitle && (
                <Text size="sm" c="dimmed" className={wrapClass}>
                  {row.publisher}
                </Text>
              )}
              {!row.containerTitle && row.publisher}
            </Table.Td>
            <Table.Td className={classes.nowrap}>{row.issuedYear ?? ''}</Table.Td>
            <Table.Td className={classes.url}>{row.URL && <ExternalLink url={row.URL} truncate />}</Table.Td>
            <Table.Td className={classes.nowrap}>{row.citedBy}</Table.Td>
            <Table.Td>
              <StatusBadge status={row.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
