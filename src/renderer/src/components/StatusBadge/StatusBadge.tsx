import { Badge } from '@mantine/core'
import type { MantineSize } from '@mantine/core'
import type { CurationStatus } from '../../../../shared/domain'
import { STATUS_COLORS, STATUS_LABELS } from '../../lib/labels'

export function StatusBadge({ status, size }: { status: CurationStatus; size?: MantineSize }) {
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" radius="sm" size={size}>
      {STATUS_LABELS[status] ?? status}
    </Badge>
  )
}
