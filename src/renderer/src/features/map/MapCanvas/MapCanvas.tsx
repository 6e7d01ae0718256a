import { useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SitePoint } from '@shared/domain'
import { baseMap, centreOn, fitPoints, MAX_ZOOM, zoomClearOf, type View } from '../geometry'
import type { MapTarget } from '../map-requests'
import { MapControls } from '../MapControls/MapControls'
import { StackedSites, type Stack } from '../StackedSites/StackedSites'
import { clusterZoom, useClusters, zoomForLevel, type Mark } from '../useClusters'
import { useMapView } from '../useMapView'
import classes from './MapCanvas.module.css'
import markClasses from '../marks.module.css'
import { SiteMark, TRIANGLE } from './SiteMark'

interface MapCanvasProps {
  width: number
  height: number
  points: SitePoint[]
  /** A site to centre on and ring. */
  target: MapTarget | null
  onOpen: (id: string) => void
}

/** The least zoom a "Show on map" request opens at: a region, the point and the countries around it. */
const TARGET_ZOOM = 4

interface Hover {
  text: string
  sx: number
  sy: number
}

/** The world, the sites as points or cluster bubbles, zoom and pan, and a name on hover or focus. */
export function MapCanvas({ width, height, points, target, onOpen }: MapCanvasProps) {
  const { t } = useTranslation('map')
  const map = useMemo(() => baseMap(width, height), [width, height])
  const clusters = useClusters(points, target?.id)
  const { view, setView, zoomIn, zoomOut, wasDrag, handlers, onKeyDown } = useMapView(width, height)
  const [hover, setHover] = useState<Hover | null>(null)
  // A list of stacked sites belongs to the view it opened in: moving the map closes it.
  const [stacked, setStack] = useState<(Stack & { view: View }) | null>(null)
  const stack = stacked?.view === view ? stacked : null

  const projected = useMemo(
    () =>
      points
        .map((p) => map.projection([p.longitude, p.latitude]))
        .filter((xy): xy is [number, number] => xy !== null),
    [points, map],
  )
  const fit = () => setView(fitPoints(projected, width, height))

  // Fit the points when they change (a new search or filter), unless a site is to be shown.
  useEffect(() => {
    if (!target) setView(fitPoints(projected, width, height))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the points or the box change
  }, [projected])

  const targetXY = target ? map.projection([target.longitude, target.latitude]) : null
  useEffect(() => {
    if (!targetXY) return
    // Close enough that no neighbour's bubble sits on the shown site's own mark.
    const others = points
      .filter((p) => p.id !== target?.id)
      .map((p) => map.projection([p.longitude, p.latitude]))
      .filter((xy): xy is [number, number] => xy !== null)
    const k = zoomClearOf(targetXY, others, TARGET_ZOOM)
    setView(centreOn(targetXY[0], targetXY[1], k, width, height))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- centre once per request
  }, [target, map])

  const marks = clusters.marks(map, view)
  // The shown site, when it is among the points: drawn at the form's coordinates (saved or not).
  const shownPoint = target?.id ? points.find((p) => p.id === target.id) : undefined

  const openCluster = (mark: Extract<Mark, { kind: 'cluster' }>) => {
    const level = Math.max(clusters.index.getClusterExpansionZoom(mark.id), clusterZoom(map, view.k) + 1)
    const k = zoomForLevel(map, level) * 1.01
    if (k > MAX_ZOOM) {
      // Sites at one point never separate: list them instead.
      const sites = clusters.sitesIn(mark.id)
      setStack({ sites, sx: mark.sx, sy: mark.sy, view })
      return
    }
    const px = (mark.sx - view.x) / view.k
    const py = (mark.sy - view.y) / view.k
    setView(centreOn(px, py, k, width, height))
  }

  const activate = (event: KeyboardEvent, action: () => void) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    event.stopPropagation()
    action()
  }

  const transform = `translate(${view.x},${view.y}) scale(${view.k})`
  return (
    <div className={classes.canvas} style={{ width, height }}>
      <svg
        width={width}
        height={height}
        className={classes.svg}
        role="application"
        aria-label={t('mapLabel')}
        aria-describedby="site-map-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        {...handlers}
      >
        <g transform={transform}>
          <path d={map.sphere} className={classes.sea} />
          <path d={map.land} className={classes.land} />
          <path d={map.borders} className={classes.borders} />
        </g>
        {marks.map((mark) =>
          mark.kind === 'cluster' ? (
            <ClusterMark
              key={`c${mark.id}`}
              mark={mark}
              label={t('cluster', { count: mark.count })}
              onOpen={() => !wasDrag() && openCluster(mark)}
              onKey={(event) => activate(event, () => openCluster(mark))}
            />
          ) : (
            <SiteMark
              key={mark.point.id}
              {...mark}
              onOpen={() => !wasDrag() && onOpen(mark.point.id)}
              onKey={(event) => activate(event, () => onOpen(mark.point.id))}
              onHover={setHover}
            />
          ),
        )}
        {targetXY && (
          <circle
            cx={view.x + view.k * targetXY[0]}
            cy={view.y + view.k * targetXY[1]}
            r={13}
            className={classes.target}
            data-testid="map-target"
          />
        )}
        {targetXY && shownPoint && (
          <SiteMark
            point={shownPoint}
            sx={view.x + view.k * targetXY[0]}
            sy={view.y + view.k * targetXY[1]}
            shown
            onOpen={() => !wasDrag() && onOpen(shownPoint.id)}
            onKey={(event) => activate(event, () => onOpen(shownPoint.id))}
            onHover={setHover}
          />
        )}
      </svg>
      {hover && (
        <div className={classes.tooltip} style={{ left: hover.sx, top: hover.sy }} role="tooltip">
          {hover.text}
        </div>
      )}
      <p id="site-map-keys" className={classes.keys}>
        {t('keyboardHint')}
      </p>
      {stack && (
        <StackedSites
          stack={stack}
          onOpen={(id) => {
            setStack(null)
            onOpen(id)
          }}
          onClose={() => setStack(null)}
        />
      )}
      <MapControls
        onZoomIn={zoomIn}
        onZoomOut={zoomOut}
        onFit={fit}
        onWorld={() => setView({ k: 1, x: 0, y: 0 })}
      />
    </div>
  )
}

function ClusterMark(props: {
  mark: Extract<Mark, { kind: 'cluster' }>
  label: string
  onOpen: () => void
  onKey: (event: KeyboardEvent) => void
}) {
  const { mark, label, onOpen, onKey } = props
  const r = Math.min(26, 11 + Math.log2(mark.count) * 2.4)
  return (
    <g
      transform={`translate(${mark.sx},${mark.sy})`}
      className={classes.cluster}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={onOpen}
      onKeyDown={onKey}
    >
      <circle r={r} className={markClasses.bubble} />
      <text className={classes.count} dy="0.35em">
        {mark.count >= 1000 ? `${Math.round(mark.count / 100) / 10}k` : mark.count}
      </text>
      {mark.flagged > 0 && (
        <path
          d={TRIANGLE}
          transform={`translate(${r * 0.75},${-r * 0.75}) scale(0.7)`}
          className={markClasses.warning}
        />
      )}
    </g>
  )
}
