import { Alert, Anchor, Card, Group, Spoiler, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { CommitAuthor } from './CommitAuthor'
import { useTeamHistory } from './team-hooks'

/** The commits, newest first: message, who, when, and the records each changed. */
export function HistoryView() {
  const { t } = useTranslation('team')
  const history = useTeamHistory(true)
  const { openRecord } = useNavigation()
  if (history.isError) return <Alert color="red">{history.error.message}</Alert>
  return (
    <Stack gap="sm" data-testid="history-view">
      {history.data?.map((entry) => {
        const [summary, ...rest] = entry.message.split('\n')
        const body = rest
          .filter((line) => !/^Changed(-Count)?: /.test(line))
          .join('\n')
          .trim()
        return (
          <Card key={entry.oid} withBorder padding="sm" data-testid="history-entry">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {summary}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {entry.oid.slice(0, 8)}
              </Text>
            </Group>
            <CommitAuthor entry={entry} />
            {body && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {body}
              </Text>
            )}
            <Text size="xs" mt={6} fw={500}>
              {t('history.records', { count: entry.recordCount })}
            </Text>
            <Spoiler
              maxHeight={52}
              showLabel={t('history.showAll')}
              hideLabel={t('history.showFewer')}
              // The same size as the record links it unfolds, not Mantine's default body size.
              styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}
            >
              <Group gap={6} wrap="wrap">
                {entry.records.map((record) => (
                  <Anchor
                    key={`${record.kind}/${record.id}`}
                    size="sm"
                    component="button"
                    onClick={() => record.kind !== 'property' && openRecord(record.kind, record.id)}
                  >
                    {t(`kind.${record.kind}`)}: {record.label}
                    {record.labelZh ? ` · ${record.labelZh}` : ''}
                  </Anchor>
                ))}
              </Group>
            </Spoiler>
          </Card>
        )
      })}
      {history.isSuccess && history.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('history.none')}
        </Text>
      )}
    </Stack>
  )
}
