import { Alert, Badge, Group, Table, Text, Title } from '@mantine/core'
import { openableRow, wrapClass } from '../../../components/ListPage/row-props'
import { useNavigation } from '../../../hooks/useNavigation'
import { useRecordList } from '../../../hooks/useRecords'
import { RANK_LABELS } from '../../../lib/labels'
import { CitationBadge } from '../../statements/CitationBadge/CitationBadge'

const LIMIT = 200

/** What the dataset says about this site: its statements, read-only; a row opens the statement. */
export function SiteStatements({ siteId }: { siteId: string }) {
  const { openRecord } = useNavigation()
  const list = useRecordList('statement', { subject: { kind: 'site', id: siteId }, limit: LIMIT })
  const total = list.data?.total
  return (
    <section aria-labelledby="site-statements-title">
      <Group gap="xs" mb="xs">
        <Title order={3} size="h5" id="site-statements-title">
          Statements
        </Title>
        {total !== undefined && (
          <Badge variant="light" color="gray" aria-label={`${total} statements`}>
            {total}
          </Badge>
        )}
      </Group>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      {total === 0 && (
        <Text size="sm" c="dimmed">
          No statement is about this site yet.
        </Text>
      )}
      {list.data && list.data.rows.length > 0 && (
        <Table highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Property</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>References</Table.Th>
              <Table.Th>Rank</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((row) => (
              <Table.Tr key={row.id} {...openableRow(() => openRecord('statement', row.id))}>
                <Table.Td className={wrapClass}>{row.propertyLabel}</Table.Td>
                <Table.Td className={wrapClass}>{row.valueText}</Table.Td>
                <Table.Td>
                  <CitationBadge count={row.referenceCount} />
                </Table.Td>
                <Table.Td>{RANK_LABELS[row.rank] ?? row.rank}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total !== undefined && total > LIMIT && (
        <Text size="xs" c="dimmed" mt={4}>
          The first {LIMIT} of {total} are shown.
        </Text>
      )}
    </section>
  )
}
