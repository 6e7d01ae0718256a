import { Badge } from '@mantine/core'
import type { CurationStatus } from '../../../../shared/domain'
import { STATUS_COLORS, STATUS_LABELS } from '../../lib/labels'

export function StatusBadge({ status }: { status: CurationStatus }) {
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" radius="sm">
      {STATUS_LABELS[status] ?? status}
    </Badge>
  )
}
