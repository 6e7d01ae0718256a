import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Problem, Statement } from '@shared/domain'
import { openableRow, wrapClass } from '@renderer/components/ListPage/row-props'
import { StatusBadge } from '@renderer/components/StatusBadge/StatusBadge'
import { useLabels } from '@renderer/i18n/useLabels'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import { ValueView } from '../SubjectStatements/StatementItem'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

interface UnreferencedTableProps {
  rows: Array<{ problem: Problem; record?: Statement }>
  onOpen: (id: string) => void
}

/** Statements that rest on no source; a row opens the statement at its references. */
export function UnreferencedTable({ rows, onOpen }: UnreferencedTableProps) {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  return (
    <SimpleTable
      stickyHeader
      highlightOnHover
      verticalSpacing="xs"
      miw={720}
      headers={[
        t('unreferenced.statement'),
        t('statements.column.value'),
        t('statements.column.references'),
        t('statements.column.rank'),
        t('statements.column.status'),
      ]}
    >
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
                {t('unreferenced.acknowledged', {
                  by: problem.acknowledged.by,
                  reason: problem.acknowledged.reason,
                })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{record ? labels.rank(record.rank) : ''}</Table.Td>
          <Table.Td>{record && <StatusBadge status={record.status} />}</Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  )
}
