import { Badge } from '@mantine/core'
import type { MantineSize } from '@mantine/core'
import type { CurationStatus } from '@shared/domain'
import { useLabels } from '@renderer/i18n/useLabels'
import { STATUS_COLORS } from '@renderer/lib/labels'

export function StatusBadge({ status, size }: { status: CurationStatus; size?: MantineSize }) {
  const labels = useLabels()
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" radius="sm" size={size}>
      {labels.status(status)}
    </Badge>
  )
}
