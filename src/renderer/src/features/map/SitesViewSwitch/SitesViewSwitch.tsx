import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSitesView, type SitesView } from '../map-requests'

/** "Table | Map": how the Sites page shows the sites its search and filters match. */
export function SitesViewSwitch() {
  const { t } = useTranslation('map')
  const [view, setView] = useSitesView()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('viewLabel')}
      value={view}
      onChange={(value) => setView(value as SitesView)}
      data={[
        { value: 'table', label: t('viewTable') },
        { value: 'map', label: t('viewMap') },
      ]}
    />
  )
}
