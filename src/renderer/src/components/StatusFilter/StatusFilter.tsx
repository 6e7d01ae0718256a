import { Chip, Group, Text } from '@mantine/core'
import type { CurationStatus } from '../../../../shared/domain'
import { STATUS_OPTIONS } from '../../lib/labels'

interface StatusFilterProps {
  value: CurationStatus[]
  onChange: (value: CurationStatus[]) => void
  /** How many records each status has (sites: from the status facet). */
  counts?: Partial<Record<string, number>>
  disabled?: boolean
}

/** Draft, In review, Approved: none chosen shows every record. */
export function StatusFilter({ value, onChange, counts, disabled }: StatusFilterProps) {
  return (
    <Group gap={6} role="group" aria-labelledby="status-filter-label" wrap="nowrap">
      <Text size="sm" c="dimmed" id="status-filter-label">
        Status
      </Text>
      <Chip.Group multiple value={value} onChange={(next) => onChange(next as CurationStatus[])}>
        {STATUS_OPTIONS.map((option) => (
          <Chip key={option.value} value={option.value} size="xs" variant="outline" disabled={disabled}>
            {option.label}
            {counts && ` ${counts[option.value] ?? 0}`}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  )
}
