import { Alert, Code, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { IgnoredColumnReason, ImportPreview } from '@shared/exchange'

const REASONS: IgnoredColumnReason[] = ['licence', 'repeats', 'no-field', 'not-mapped']

/**
 * What main says the file carries and the dataset will not: the columns left out, grouped by why,
 * and the fields it cannot hold, each with the number of rows concerned. Nothing is dropped silently.
 */
export function NotImported({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('exchange')
  const columns = preview.ignoredColumns ?? []
  const losses = preview.notKept ?? []
  if (columns.length === 0 && losses.length === 0) return null
  return (
    <Alert color="gray" p="xs" title={t('importer.notImported.title')}>
      <List size="sm" spacing={4}>
        {REASONS.map((reason) => {
          const names = columns.filter((c) => c.reason === reason).map((c) => c.column)
          if (names.length === 0) return null
          return (
            <List.Item key={reason}>
              <Text span size="sm" fw={500}>
                {t(`importer.notImported.reason.${reason}`, { count: names.length })}
              </Text>{' '}
              <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                {names.join(', ')}
              </Text>
            </List.Item>
          )
        })}
        {losses.map((loss) => (
          <List.Item key={loss.field}>
            <Code>{loss.field}</Code>{' '}
            <Text span size="sm">
              {t('importer.notImported.loss', { count: loss.rows, reason: loss.reason })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
