import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import { ConflictRecord } from './ConflictRecord'
import { useAbortMerge, useFinishMerge, useTeamMerge } from './team-hooks'

/** The merge in progress, record by record; finish (checked, then committed and written) or abort. */
export function ConflictsView() {
  const { t } = useTranslation(['team', 'common'])
  const format = useFormat()
  const merge = useTeamMerge(true)
  const finish = useFinishMerge()
  const abort = useAbortMerge()
  const [confirmAbort, setConfirmAbort] = useState(false)
  if (merge.isError) return <Alert color="red">{merge.error.message}</Alert>
  const data = merge.data
  if (merge.isSuccess && !data)
    return (
      <Text c="dimmed" size="sm" data-testid="no-conflicts">
        {t('conflicts.none')}
      </Text>
    )
  if (!data) return null
  return (
    <Stack gap="sm" data-testid="conflicts-view">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600} data-testid="conflicts-count">
            {t('conflicts.progress', { resolved: data.resolved, total: data.total })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('conflicts.started', { when: format.longWhen(data.startedAt), remote: data.remote })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" color="red" onClick={() => setConfirmAbort(true)}>
            {t('conflicts.abort')}
          </Button>
          <Button
            disabled={data.resolved < data.total}
            loading={finish.isPending}
            onClick={() =>
              finish.mutate(undefined, {
                onSuccess: (outcome) =>
                  outcome.state === 'done'
                    ? notifications.show({ message: t('conflicts.finished'), color: 'teal' })
                    : notifications.show({ message: t('conflicts.stillOpen'), color: 'orange' }),
                onError: (error) =>
                  notifications.show({
                    title: t('conflicts.notFinished'),
                    message: error.message,
                    color: 'red',
                  }),
              })
            }
          >
            {t('conflicts.finish')}
          </Button>
        </Group>
      </Group>
      <Progress value={data.total ? (100 * data.resolved) / data.total : 0} size="sm" color="teal" />
      <Text size="sm" c="dimmed">
        {t('conflicts.explain')}
      </Text>
      {data.records.map((record) => (
        <ConflictRecord key={record.key} record={record} />
      ))}
      <Modal
        opened={confirmAbort}
        onClose={() => setConfirmAbort(false)}
        title={t('conflicts.abortTitle')}
        centered
      >
        <Text size="sm">{t('conflicts.abortText')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmAbort(false)}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={abort.isPending}
            onClick={() => abort.mutate(undefined, { onSettled: () => setConfirmAbort(false) })}
          >
            {t('conflicts.abort')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  )
}
