import { Badge } from '@mantine/core'
import type { MantineSize } from '@mantine/core'
import type { Severity } from '@shared/result'
import { useLabels } from '@renderer/i18n/useLabels'
import { SEVERITY_COLORS } from '@renderer/lib/issues'
import classes from './Severity.module.css'

/** Error, Warning or Suggestion, in its colour. */
export function SeverityBadge({ severity, size = 'sm' }: { severity: Severity; size?: MantineSize }) {
  const labels = useLabels()
  return (
    <Badge color={SEVERITY_COLORS[severity]} variant="light" radius="sm" size={size}>
      {labels.severity(severity)}
    </Badge>
  )
}

/** The class that colours text by severity: put `data-severity` (and `data-none` for zero) beside it. */
export const severityTextClass = classes.text
