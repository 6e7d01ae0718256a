import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import type { JobProgress as Progressed } from '../../../hooks/useJob'

interface JobProgressProps {
  /** What is going on: "Exporting", "Reading the file". */
  label: string
  progress: Progressed | null
  cancelling: boolean
  onCancel: () => void
}

/** A running job: a progress bar from main's events, and Cancel (nothing is written then). */
export function JobProgress({ label, progress, cancelling, onCancel }: JobProgressProps) {
  const total = progress?.total ?? 0
  const percent = progress && total > 0 ? Math.round((progress.done / total) * 100) : 0
  return (
    <Stack gap="xs" py="sm" aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {cancelling ? 'Cancelling…' : `${label}…`}
        </Text>
        <Text size="sm" c="dimmed">
          {total > 0 ? `${percent}%` : 'Starting'}
        </Text>
      </Group>
      <Progress
        value={total > 0 ? percent : 100}
        animated={total === 0}
        striped={total === 0}
        aria-label={label}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} loading={cancelling} aria-label={`Cancel: ${label}`}>
          Cancel
        </Button>
      </Group>
    </Stack>
  )
}
