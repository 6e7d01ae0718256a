import { Badge, Text } from '@mantine/core'
import type { MantineSize } from '@mantine/core'

interface CitationBadgeProps {
  count: number
  size?: MantineSize
  /** A deprecated statement needs no citation: it is kept as known to be wrong. */
  deprecated?: boolean
}

/** The number of references, or a "Citation needed" flag when there is none. */
export function CitationBadge({ count, size = 'sm', deprecated = false }: CitationBadgeProps) {
  if (count === 0 && deprecated) {
    return (
      <Text size={size} c="dimmed">
        No reference
      </Text>
    )
  }
  if (count === 0) {
    return (
      <Badge
        color="red"
        variant="light"
        radius="sm"
        size={size === 'xs' ? 'xs' : 'sm'}
        style={{ whiteSpace: 'nowrap' }}
      >
        Citation needed
      </Badge>
    )
  }
  return (
    <Text size={size} style={{ whiteSpace: 'nowrap' }}>
      {count}{' '}
      <Text span inherit c="dimmed">
        {count === 1 ? 'reference' : 'references'}
      </Text>
    </Text>
  )
}
