import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DuplicateCandidate } from '@shared/domain'
import { openableRow } from '@renderer/components/ListPage/row-props'
import { useFormat } from '@renderer/i18n/format'
import { useReasonText } from '../useReasonText'
import { SiteCell } from './SiteCell'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

function scoreColor(score: number): string {
  return score >= 0.85 ? 'red' : score >= 0.75 ? 'orange' : 'yellow'
}

/** The candidate pairs, best first; a row opens the merge view (click, Enter or Space). */
export function PairsTable({
  rows,
  onOpen,
}: {
  rows: DuplicateCandidate[]
  onOpen: (pair: DuplicateCandidate) => void
}) {
  const { t } = useTranslation('duplicates')
  const format = useFormat()
  const reasonText = useReasonText()
  return (
    <SimpleTable
      highlightOnHover
      verticalSpacing="sm"
      aria-label={t('table.label')}
      headers={[{ label: t('table.score'), w: 90 }, t('table.first'), t('table.second'), t('table.reasons')]}
    >
      {rows.map((pair) => (
        <Table.Tr
          key={`${pair.a.id} ${pair.b.id}`}
          aria-label={t('table.rowLabel', { first: pair.a.id, second: pair.b.id })}
          {...openableRow(() => onOpen(pair))}
        >
          <Table.Td>
            <Badge color={scoreColor(pair.score)} variant="light" size="lg">
              {format.percent(pair.score)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <SiteCell site={pair.a} />
          </Table.Td>
          <Table.Td>
            <SiteCell site={pair.b} />
          </Table.Td>
          <Table.Td>
            {reasonText(pair.reasons).map((part) => (
              <Text key={part} size="sm">
                {part}
              </Text>
            ))}
          </Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  )
}
