import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import type { JobProgress as Progressed } from '@renderer/hooks/useJob'

interface JobProgressProps {
  /** What is going on: "Exporting", "Reading the file". */
  label: string
  progress: Progressed | null
  cancelling: boolean
  onCancel: () => void
}

/** A running job: a progress bar from main's events, and Cancel (nothing is written then). */
export function JobProgress({ label, progress, cancelling, onCancel }: JobProgressProps) {
  const { t } = useTranslation('exchange')
  const format = useFormat()
  const total = progress?.total ?? 0
  const percent = progress && total > 0 ? Math.round((progress.done / total) * 100) : 0
  return (
    <Stack gap="xs" py="sm" aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {cancelling ? t('job.cancelling') : t('job.running', { label })}
        </Text>
        <Text size="sm" c="dimmed">
          {total > 0 ? format.percent(percent / 100) : t('job.starting')}
        </Text>
      </Group>
      <Progress
        value={total > 0 ? percent : 100}
        animated={total === 0}
        striped={total === 0}
        aria-label={label}
      />
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={onCancel}
          loading={cancelling}
          aria-label={t('job.cancelLabel', { label })}
        >
          {t('job.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}
