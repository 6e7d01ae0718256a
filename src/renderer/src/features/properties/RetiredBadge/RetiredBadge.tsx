import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * Marks a retired property wherever it is shown: its statements keep it, but a curator should see
 * at a glance that it is no longer offered and that they may want to move them to another property.
 */
export function RetiredBadge() {
  const { t } = useTranslation('properties')
  return (
    <Badge
      size="xs"
      variant="filled"
      color="gray"
      radius="sm"
      title={t('form.retiredHelp')}
      style={{ flexShrink: 0 }}
    >
      {t('badge.retired')}
    </Badge>
  )
}
