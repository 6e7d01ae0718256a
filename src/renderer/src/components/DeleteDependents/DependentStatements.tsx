import { Code, ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordQuery } from '@shared/domain'
import { useRecordList } from '@renderer/hooks/useRecords'
import { useCountryName } from '@renderer/lib/countries'
import { SimpleTable } from '../SimpleTable/SimpleTable'

interface DependentStatementsProps {
  kind: 'site' | 'source'
  id: string
  /** The statements main named; rows come from a query, so that each shows its subject and value. */
  ids: string[]
}

/** The statements that refer to a record being deleted: id, subject, property and value. */
export function DependentStatements({ kind, id, ids }: DependentStatementsProps) {
  const { t } = useTranslation('forms')
  const countryName = useCountryName()
  const query: RecordQuery =
    kind === 'source' ? { citesSource: id, limit: 500 } : { subject: { kind: 'site', id }, limit: 500 }
  const list = useRecordList('statement', query, ids.length > 0)
  const rows = new Map((list.data?.rows ?? []).map((row) => [row.id, row]))
  // A statement that mentions a site only in its value or a qualifier is not in the subject query.
  const unknown = list.isSuccess || list.isError ? '—' : '…'
  return (
    <ScrollArea.Autosize mah={260} type="auto">
      <SimpleTable
        verticalSpacing={4}
        fz="sm"
        aria-label={t('dependents.tableLabel')}
        stickyHeader
        headers={[
          t('dependents.statement'),
          t('dependents.subject'),
          t('dependents.property'),
          t('dependents.value'),
        ]}
      >
        {ids.map((statementId) => {
          const row = rows.get(statementId)
          const subject = row?.subject.kind === 'country' ? countryName(row.subject.code) : row?.subjectLabel
          return (
            <Table.Tr key={statementId}>
              <Table.Td>
                <Code style={{ overflowWrap: 'anywhere' }}>{statementId}</Code>
              </Table.Td>
              <Table.Td>{subject ?? unknown}</Table.Td>
              <Table.Td>{row?.propertyLabel ?? unknown}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row?.valueText ?? unknown}</Table.Td>
            </Table.Tr>
          )
        })}
      </SimpleTable>
      {list.isError && (
        <Text size="xs" c="red" mt={4}>
          {t('dependents.unreadable', { message: list.error.message })}
        </Text>
      )}
    </ScrollArea.Autosize>
  )
}
