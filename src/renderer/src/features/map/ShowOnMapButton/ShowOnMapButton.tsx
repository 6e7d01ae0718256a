import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { showOnMap } from '../map-requests'

interface ShowOnMapButtonProps {
  /** The site's id once saved: the map draws its own mark apart from the clusters and rings it. */
  siteId?: string
  /** The site's name, for "Showing …" above the map. */
  name: string
  /** The form's values, saved or not: the map shows the point being edited. */
  latitude: number | string | undefined
  longitude: number | string | undefined
}

/**
 * For a site's coordinates: shows the point on the Sites map, centred and ringed, so a curator
 * can see where a point flagged outside its countries really lies. Leaving the form asks first
 * about unsaved edits, as any navigation does.
 */
export function ShowOnMapButton({ siteId, name, latitude, longitude }: ShowOnMapButtonProps) {
  const { t } = useTranslation('map')
  const { goTo } = useNavigation()
  const lat = typeof latitude === 'number' ? latitude : Number.NaN
  const lon = typeof longitude === 'number' ? longitude : Number.NaN
  const valid = Math.abs(lat) <= 90 && Math.abs(lon) <= 180
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      style={{ alignSelf: 'flex-start' }}
      disabled={!valid}
      title={valid ? t('showOnMapHint') : t('showOnMapNeedsPoint')}
      onClick={() => {
        showOnMap({ id: siteId, name, latitude: lat, longitude: lon })
        goTo('sites')
      }}
    >
      {t('showOnMap')}
    </Button>
  )
}
