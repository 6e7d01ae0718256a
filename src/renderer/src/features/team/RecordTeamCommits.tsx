import { Alert, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { RecordKind } from '@shared/result'
import { api } from '@renderer/lib/api'
import { CommitAuthor } from './CommitAuthor'
import { teamKeys } from './team-hooks'

/**
 * A record's team history, under its own history: the commits that changed it, by anyone on
 * the team (who, when, the message's summary). Nothing at all when the dataset is not shared.
 */
export function RecordTeamCommits({ kind, id, active }: { kind: RecordKind; id: string; active: boolean }) {
  const { t } = useTranslation('team')
  const history = useQuery({
    queryKey: [...teamKeys.all, 'record', kind, id],
    queryFn: () => api.getRecordTeamHistory(kind, id),
    enabled: active,
    staleTime: 0,
  })
  if (history.isError) return <Alert color="red">{history.error.message}</Alert>
  if (!history.data?.repository) return null
  const headingId = `team-history-${kind}-${id}`
  return (
    <section aria-labelledby={headingId} data-testid="record-team-history">
      <Title order={3} size="h5" mt="lg" mb="xs" id={headingId}>
        {t('recordHistory.title')}
      </Title>
      {history.data.commits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('recordHistory.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {history.data.commits.map((entry) => (
            <div key={entry.oid} data-testid="record-commit">
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {entry.message.split('\n')[0]}
              </Text>
              <CommitAuthor entry={entry} />
            </div>
          ))}
        </Stack>
      )}
    </section>
  )
}
