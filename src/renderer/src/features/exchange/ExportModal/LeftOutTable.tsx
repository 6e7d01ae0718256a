import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExcludedRecord } from '@shared/exchange'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { pickText } from '@renderer/lib/labels'
import { nameLanguages } from '@renderer/hooks/useCommandText'
import { useRuleText } from '@renderer/lib/rules'
import { RecordRef } from '../RecordRef/RecordRef'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

/** Beyond this many reasons the table stops; report.json has them all. */
const SHOWN = 300

interface LeftOutTableProps {
  excluded: ExcludedRecord[]
  onOpenRecord?: (kind: EditableKind, id: string) => void
}

/**
 * What the gate left out: one row per reason, naming the record (by its name in the interface
 * language where it has one), the rule in the curator's words (its id on hover) and why.
 */
export function LeftOutTable({ excluded, onOpenRecord }: LeftOutTableProps) {
  const { t, i18n } = useTranslation('exchange')
  const rule = useRuleText()
  const languages = [...nameLanguages(i18n.language), 'und']
  const rows = excluded.flatMap((record) =>
    record.reasons.map((reason, index) => ({ record, reason, key: `${record.kind}:${record.id}:${index}` })),
  )
  if (rows.length === 0) return <Text size="sm">{t('result.nothingLeftOut')}</Text>
  return (
    <>
      <SimpleTable
        verticalSpacing={4}
        aria-label={t('leftOutTable.table')}
        headers={[t('leftOutTable.record'), t('leftOutTable.rule'), t('leftOutTable.reason')]}
      >
        {rows.slice(0, SHOWN).map(({ record, reason, key }) => (
          <Table.Tr key={key}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <RecordRef
                kind={record.kind}
                id={record.id}
                name={pickText(record.names, languages) || undefined}
                onOpen={onOpenRecord}
              />
            </Table.Td>
            <Table.Td fz="sm" title={t('leftOutTable.ruleId', { rule: reason.rule })} data-rule={reason.rule}>
              {rule.title(reason.rule)}
            </Table.Td>
            <Table.Td fz="sm">{rule.message({ ...reason, severity: 'error' })}</Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('leftOutTable.firstShown', { shown: SHOWN, total: rows.length })}
        </Text>
      )}
    </>
  )
}
