import { Table, Text } from '@mantine/core'
import type { Problem, Statement } from '../../../../../shared/domain'
import { openableRow, wrapClass } from '../../../components/ListPage/row-props'
import { StatusBadge } from '../../../components/StatusBadge/StatusBadge'
import { RANK_LABELS } from '../../../lib/labels'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import { ValueView } from '../SubjectStatements/StatementItem'

interface UnreferencedTableProps {
  rows: Array<{ problem: Problem; record?: Statement }>
  onOpen: (id: string) => void
}

/** Statements that rest on no source; a row opens the statement at its references. */
export function UnreferencedTable({ rows, onOpen }: UnreferencedTableProps) {
  return (
    <Table stickyHeader highlightOnHover verticalSpacing="xs" miw={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Statement</Table.Th>
          <Table.Th>Value</Table.Th>
          <Table.Th>References</Table.Th>
          <Table.Th>Rank</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ problem, record }) => (
          <Table.Tr key={problem.record.id} {...openableRow(() => onOpen(problem.record.id))}>
            <Table.Td className={wrapClass}>
              <Text size="sm" fw={500} className={wrapClass}>
                {problem.label}
              </Text>
            </Table.Td>
            <Table.Td className={wrapClass}>{record && <ValueView value={record.value} />}</Table.Td>
            <Table.Td>
              <CitationBadge count={0} />
              {problem.acknowledged && (
                <Text size="xs" c="dimmed" fs="italic" mt={2}>
                  Acknowledged by {problem.acknowledged.by}: {problem.acknowledged.reason}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{record ? RANK_LABELS[record.rank] : ''}</Table.Td>
            <Table.Td>{record && <StatusBadge status={record.status} />}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
