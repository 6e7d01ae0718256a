import { Alert, Anchor, Button, CloseButton, Group, Loader, Text } from '@mantine/core'
import { useState } from 'react'
import { useElementSize } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { RecordQuery } from '@shared/domain'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { MapCanvas } from '../MapCanvas/MapCanvas'
import { MapLegend } from '../MapLegend/MapLegend'
import { showOnMap, useMapTarget } from '../map-requests'
import { useSitePoints } from '../useSitePoints'
import classes from './SiteMap.module.css'

interface SiteMapProps {
  /** The sites table's query: the map shows the same sites (its search and filters). */
  query: RecordQuery
}

/** The sites of the table's query on a world map, with a legend and what is not shown. */
export function SiteMap({ query }: SiteMapProps) {
  const { t } = useTranslation('map')
  const { openRecord } = useNavigation()
  const points = useSitePoints(query)
  const [target, clearTarget] = useMapTarget()
  const { ref, width, height } = useElementSize()
  const data = points.data
  const outside = data?.points.filter((p) => p.outsideBorders) ?? []
  const [nextOutside, setNextOutside] = useState(0)
  // Each press shows the next suspect point in turn.
  const showNextOutside = () => {
    const point = outside[nextOutside % outside.length]
    if (point)
      showOnMap({ id: point.id, name: point.name, latitude: point.latitude, longitude: point.longitude })
    setNextOutside((n) => n + 1)
  }

  return (
    <div className={classes.map} data-testid="site-map">
      <Group justify="space-between" gap="sm" wrap="wrap" className={classes.bar}>
        <MapLegend />
        <Group gap="md" wrap="wrap">
          {points.isFetching && <Loader size={14} aria-label={t('loading')} />}
          {target && (
            <Group gap={4} wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('showing', { name: target.name })}
              </Text>
              <CloseButton size="sm" aria-label={t('clearShowing')} onClick={clearTarget} />
            </Group>
          )}
          {outside.length > 0 && (
            <Anchor component="button" size="sm" className={classes.outside} onClick={showNextOutside}>
              {t('outsideCount', { count: outside.length })}
            </Anchor>
          )}
          {data && data.withoutLocation > 0 && data.points.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('withoutLocation', { count: data.withoutLocation })}
            </Text>
          )}
        </Group>
      </Group>
      <div ref={ref} className={classes.area}>
        {points.isError && (
          <Alert color="red" m="md" title={t('error')}>
            {points.error.message}
          </Alert>
        )}
        {data && data.points.length === 0 && !target && (
          <div className={classes.empty}>
            <Text fw={500}>{data.withoutLocation > 0 ? t('emptyNoCoordinatesTitle') : t('emptyTitle')}</Text>
            <Text size="sm" c="dimmed" maw={460} ta="center">
              {data.withoutLocation > 0
                ? t('emptyNoCoordinates', { count: data.withoutLocation })
                : t('emptyNoMatch')}
            </Text>
            {data.withoutLocation === 0 && (
              <Button variant="default" size="xs" onClick={() => openRecord('site', null)}>
                {t('newSite')}
              </Button>
            )}
          </div>
        )}
        {data && (data.points.length > 0 || target) && width > 0 && height > 0 && (
          <MapCanvas
            width={width}
            height={height}
            points={data.points}
            target={target}
            onOpen={(id) => openRecord('site', id)}
          />
        )}
      </div>
    </div>
  )
}
