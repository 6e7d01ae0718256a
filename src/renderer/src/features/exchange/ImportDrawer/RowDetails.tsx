import { List, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportRow } from '@shared/exchange'
import { useFieldWords } from '@renderer/components/RecordHistory/history-format'
import { matchText } from './import-model'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation('exchange')
  const { text, full } = useFieldWords().shortValue(value)
  if (!text) {
    return (
      <Text span size="sm" c="dimmed">
        {t('importPreview.details.none')}
      </Text>
    )
  }
  return (
    <Text span size="sm" title={full === text ? undefined : full} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  )
}

/** A row opened up: the fields that change (before → after), its issues, what it matches, its warnings. */
export function RowDetails({ row }: { row: ImportRow }) {
  const { t } = useTranslation('exchange')
  const { fieldLabel } = useFieldWords()
  const match = matchText(row, t)
  return (
    <Stack gap="xs" py={4}>
      {row.fields && row.fields.length > 0 && (
        <SimpleTable
          verticalSpacing={2}
          withRowBorders={false}
          aria-label={t('importPreview.details.changes', { label: row.label })}
          headers={[
            { label: t('importPreview.details.field'), w: '25%' },
            t('importPreview.details.before'),
            { label: null, w: 24, 'aria-hidden': true },
            t('importPreview.details.after'),
          ]}
        >
          {row.fields.map((field) => (
            <Table.Tr key={field.path}>
              <Table.Td fz="sm" fw={500}>
                {fieldLabel(field.path)}
              </Table.Td>
              <Table.Td>
                <Value value={field.before} />
              </Table.Td>
              <Table.Td c="dimmed" aria-hidden>
                →
              </Table.Td>
              <Table.Td>
                <Value value={field.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      )}
      {row.issues.length > 0 && (
        <div>
          <Text size="sm" fw={500} c="red">
            {t('importPreview.details.notImportable')}
          </Text>
          <List size="sm" spacing={2}>
            {row.issues.map((issue, index) => (
              <List.Item key={`${issue.path}:${index}`}>
                {issue.path
                  ? t('importPreview.details.at', { field: fieldLabel(issue.path), message: issue.message })
                  : issue.message}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {match && <Text size="sm">{match}</Text>}
      {row.warnings.length > 0 && (
        <div>
          <Text size="sm" fw={500} c="yellow.8">
            {t('importPreview.details.warnings')}
          </Text>
          <List size="sm" spacing={2}>
            {row.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  )
}
