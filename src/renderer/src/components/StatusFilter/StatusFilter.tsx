import { Chip, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CurationStatus } from '@shared/domain'
import { useLabels } from '@renderer/i18n/useLabels'

const STATUSES: CurationStatus[] = ['draft', 'in-review', 'approved']

interface StatusFilterProps {
  value: CurationStatus[]
  onChange: (value: CurationStatus[]) => void
  /** How many records each status has (sites: from the status facet). */
  counts?: Partial<Record<string, number>>
  disabled?: boolean
}

/** Draft, In review, Approved: none chosen shows every record. */
export function StatusFilter({ value, onChange, counts, disabled }: StatusFilterProps) {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  return (
    <Group gap={6} role="group" aria-labelledby="status-filter-label" wrap="nowrap">
      <Text size="sm" c="dimmed" id="status-filter-label">
        {t('status')}
      </Text>
      <Chip.Group multiple value={value} onChange={(next) => onChange(next as CurationStatus[])}>
        {STATUSES.map((status) => (
          <Chip key={status} value={status} size="xs" variant="outline" disabled={disabled}>
            {labels.status(status)}
            {counts && ` ${counts[status] ?? 0}`}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  )
}
