import { Alert, Badge, Group, Table, Text, Title } from '@mantine/core'
import { openableRow, wrapClass } from '@renderer/components/ListPage/row-props'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useRecordList } from '@renderer/hooks/useRecords'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import { useCountryName } from '@renderer/lib/countries'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

const LIMIT = 200

/** The statements that cite this source; a row opens the statement. */
export function SourceCitedBy({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation('sources')
  const format = useFormat()
  const countryName = useCountryName()
  const { openOver } = useNavigation()
  const list = useRecordList('statement', { citesSource: sourceId, limit: LIMIT })
  const total = list.data?.total
  return (
    <section aria-labelledby="source-cited-by-title">
      <Group gap="xs" mb="xs">
        <Title order={3} size="h5" id="source-cited-by-title">
          {t('citedBy')}
        </Title>
        {total !== undefined && (
          <Badge variant="light" color="gray" aria-label={t('citedByCount', { count: total })}>
            {format.number(total)}
          </Badge>
        )}
      </Group>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      {total === 0 && (
        <Text size="sm" c="dimmed">
          {t('notCited')}
        </Text>
      )}
      {list.data && list.data.rows.length > 0 && (
        <SimpleTable
          highlightOnHover
          verticalSpacing={6}
          fz="sm"
          headers={[t('subject'), t('property'), t('value')]}
        >
          {list.data.rows.map((row) => (
            <Table.Tr key={row.id} {...openableRow(() => openOver('statement', row.id))}>
              <Table.Td className={wrapClass}>
                {row.subject.kind === 'country' ? countryName(row.subject.code) : row.subjectLabel}
              </Table.Td>
              <Table.Td className={wrapClass}>{row.propertyLabel}</Table.Td>
              <Table.Td className={wrapClass}>{row.valueText}</Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      )}
    </section>
  )
}
