import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import type { MantineSize } from '@mantine/core'

interface CitationBadgeProps {
  count: number
  size?: MantineSize
  /** A deprecated statement needs no citation: it is kept as known to be wrong. */
  deprecated?: boolean
}

/** The number of references, or a "Citation needed" flag when there is none. */
export function CitationBadge({ count, size = 'sm', deprecated = false }: CitationBadgeProps) {
  const { t } = useTranslation('statements')
  const format = useFormat()
  if (count === 0 && deprecated) {
    return (
      <Text size={size} c="dimmed">
        {t('noReference')}
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
        {t('citationNeeded')}
      </Badge>
    )
  }
  return (
    <Text size={size} style={{ whiteSpace: 'nowrap' }}>
      {format.number(count)}{' '}
      <Text span inherit c="dimmed">
        {t('referenceCount', { count })}
      </Text>
    </Text>
  )
}
