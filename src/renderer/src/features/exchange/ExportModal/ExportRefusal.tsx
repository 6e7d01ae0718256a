import { Alert, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useRuleText } from '@renderer/lib/rules'
import type { ValidationIssue } from '@shared/result'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { useFieldWords } from '@renderer/components/RecordHistory/history-format'
import { RecordRef } from '../RecordRef/RecordRef'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

const SHOWN = 300

interface ExportRefusalProps {
  message: string
  issues: ValidationIssue[]
  onOpenRecord?: (kind: EditableKind, id: string) => void
}

/** "All or nothing" refused: nothing was written, and these errors stand, each with its record. */
export function ExportRefusal({ message, issues, onOpenRecord }: ExportRefusalProps) {
  const { t } = useTranslation('exchange')
  const rules = useRuleText()
  const { fieldLabel } = useFieldWords()
  return (
    <Stack gap="sm">
      <Alert color="red" title={t('refusal.title')} role="alert">
        {message}
      </Alert>
      <SimpleTable
        verticalSpacing={4}
        aria-label={t('refusal.table')}
        headers={[t('refusal.record'), t('refusal.field'), t('refusal.error')]}
      >
        {issues.slice(0, SHOWN).map((issue, index) => (
          <Table.Tr key={`${issue.record?.kind}:${issue.record?.id}:${issue.path}:${index}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {issue.record ? (
                <RecordRef kind={issue.record.kind} id={issue.record.id} onOpen={onOpenRecord} />
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td fz="sm">{fieldLabel(issue.path)}</Table.Td>
            <Table.Td fz="sm">{rules.message(issue)}</Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
      {issues.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('refusal.firstShown', { shown: SHOWN, total: issues.length })}
        </Text>
      )}
    </Stack>
  )
}
