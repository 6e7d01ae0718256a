import { Table, Text } from '@mantine/core'
import type { StatementRow } from '../../../../../shared/domain'
import { openableRow, wrapClass } from '../../../components/ListPage/row-props'
import type { SortState } from '../../../components/SortableTh/SortableTh'
import { SortableTh } from '../../../components/SortableTh/SortableTh'
import { StatusBadge } from '../../../components/StatusBadge/StatusBadge'
import { countryName } from '../../../lib/countries'
import { RANK_LABELS } from '../../../lib/labels'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import classes from './StatementsTable.module.css'

interface StatementsTableProps {
  rows: StatementRow[]
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
}

export function StatementsTable({ rows, sort, onSort, onOpen }: StatementsTableProps) {
  const th = { sort, onSort }
  return (
    <Table stickyHeader highlightOnHover verticalSpacing="xs" className={classes.table}>
      <Table.Thead>
        <Table.Tr>
          <SortableTh column="subject" {...th}>
            Subject
          </SortableTh>
          <SortableTh column="property" {...th}>
            Property
          </SortableTh>
          <SortableTh column="value" {...th}>
            Value
          </SortableTh>
          <SortableTh column="references" {...th}>
            References
          </SortableTh>
          <SortableTh column="rank" {...th}>
            Rank
          </SortableTh>
          <SortableTh column="status" {...th}>
            Status
          </SortableTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} {...openableRow(() => onOpen(row.id))}>
            <Table.Td className={`${classes.subject} ${wrapClass}`}>
              <Text size="sm" fw={500} className={wrapClass}>
                {row.subject.kind === 'country' ? countryName(row.subject.code) : row.subjectLabel}
              </Text>
              <Text size="xs" c="dimmed">
                {row.subject.kind === 'country' ? `Country · ${row.subject.code}` : 'Site'}
              </Text>
            </Table.Td>
            <Table.Td className={`${classes.property} ${wrapClass}`}>{row.propertyLabel}</Table.Td>
            <Table.Td className={`${classes.value} ${wrapClass}`}>{row.valueText}</Table.Td>
            <Table.Td>
              <CitationBadge count={row.referenceCount} deprecated={row.rank === 'deprecated'} />
            </Table.Td>
            <Table.Td className={classes.nowrap}>{RANK_LABELS[row.rank] ?? row.rank}</Table.Td>
            <Table.Td>
              <StatusBadge status={row.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
