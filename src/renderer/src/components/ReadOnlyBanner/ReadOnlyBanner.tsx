import { Alert } from '@mantine/core'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { useTranslation } from 'react-i18next'

/** Says, above every page, that the dataset cannot be changed and why. */
export function ReadOnlyBanner() {
  const { t } = useTranslation('shell')
  const info = useDatasetInfo().data
  if (!info?.readOnly) return null
  return (
    <Alert
      color="orange"
      variant="light"
      radius={0}
      title={t('readOnly')}
      style={{ flex: 'none' }}
      data-testid="read-only-banner"
    >
      {/* The reason comes from main, in English. */}
      {info.readOnlyReason ?? t('readOnlyBanner.cannotChange')} {t('readOnlyBanner.rest')}
    </Alert>
  )
}
