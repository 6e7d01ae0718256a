import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'

/** Natural Earth's 1:110m countries, bundled: the map needs no network (the CSP forbids it anyway). */
const topology = world as unknown as Topology<{ countries: GeometryCollection }>
const LAND = feature(topology, topology.objects.countries)
const BORDERS = mesh(topology, topology.objects.countries, (a, b) => a !== b)
const SPHERE: GeoPermissibleObjects = { type: 'Sphere' }

/** The world drawn to fit a box: the projection and the SVG paths of the sea, the land and the borders. */
export interface BaseMap {
  projection: GeoProjection
  width: number
  height: number
  /** The width of the world in pixels at zoom 1. */
  worldWidth: number
  sphere: string
  land: string
  borders: string
}

const MARGIN = 8

export function baseMap(width: number, height: number): BaseMap {
  const projection = geoNaturalEarth1().fitExtent(
    [
      [MARGIN, MARGIN],
      [Math.max(MARGIN + 1, width - MARGIN), Math.max(MARGIN + 1, height - MARGIN)],
    ],
    SPHERE,
  )
  const path = geoPath(projection)
  const [[x0], [x1]] = path.bounds(SPHERE)
  return {
    projection,
    width,
    height,
    worldWidth: x1 - x0,
    sphere: path(SPHERE) ?? '',
    land: path(LAND) ?? '',
    borders: path(BORDERS) ?? '',
  }
}

/** Zoom and pan: a point drawn at (px, py) at zoom 1 shows at (x + k px, y + k py). */
export interface View {
  k: number
  x: number
  y: number
}

export const HOME: View = { k: 1, x: 0, y: 0 }
export const MAX_ZOOM = 4096

/** Keeps the world covering the box once zoomed in, so it cannot be dragged out of sight. */
export function clampView(view: View, width: number, height: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k))
  return {
    k,
    x: Math.min(0, Math.max(width * (1 - k), view.x)),
    y: Math.min(0, Math.max(height * (1 - k), view.y)),
  }
}

/** Zooms by a factor keeping the screen point (cx, cy) in place. */
export function zoomAround(view: View, factor: number, cx: number, cy: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor))
  const ratio = k / view.k
  return { k, x: cx - (cx - view.x) * ratio, y: cy - (cy - view.y) * ratio }
}

/** The view that shows the base-map point (px, py) in the middle at zoom k. */
export function centreOn(px: number, py: number, k: number, width: number, height: number): View {
  return { k, x: width / 2 - k * px, y: height / 2 - k * py }
}

/**
 * The zoom at which the base-map point `target` stands `gap` screen pixels clear of every other
 * point (so a cluster bubble beside it does not hide under it): at least `least`, at most MAX_ZOOM.
 * Points at the very same place never separate and are not counted.
 */
export function zoomClearOf(
  target: [number, number],
  others: [number, number][],
  least: number,
  gap = 44,
): number {
  let nearest = Infinity
  for (const [x, y] of others) {
    const distance = Math.hypot(x - target[0], y - target[1])
    if (distance > 1e-9 && distance < nearest) nearest = distance
  }
  return Math.min(MAX_ZOOM, Math.max(least, gap / nearest))
}

/** The view that fits base-map points [x, y] with a margin; one point gets a regional zoom. */
export function fitPoints(points: [number, number][], width: number, height: number): View {
  if (points.length === 0) return HOME
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of points) {
    x0 = Math.min(x0, x)
    x1 = Math.max(x1, x)
    y0 = Math.min(y0, y)
    y1 = Math.max(y1, y)
  }
  const pad = 48
  // Never closer than a province: one site alone still shows the country around it.
  const k = Math.min(
    16,
    Math.max(
      1,
      Math.min((width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0)),
    ),
  )
  return clampView(centreOn((x0 + x1) / 2, (y0 + y1) / 2, k, width, height), width, height)
}

/**
 * The longitudes and latitudes on screen, [west, south, east, north], for asking the cluster
 * index only about what shows; the whole world while any edge of the box lies off the globe.
 */
export function visibleBounds(map: BaseMap, view: View): [number, number, number, number] {
  const lons: number[] = []
  const lats: number[] = []
  const steps = 6
  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps; j += 1) {
      const sx = (map.width * i) / steps
      const sy = (map.height * j) / steps
      const lonLat = map.projection.invert?.([(sx - view.x) / view.k, (sy - view.y) / view.k])
      const back = lonLat && map.projection(lonLat)
      const onGlobe =
        back && Math.abs(back[0] * view.k + view.x - sx) < 1 && Math.abs(back[1] * view.k + view.y - sy) < 1
      if (!lonLat || !onGlobe) return [-180, -90, 180, 90]
      lons.push(lonLat[0])
      lats.push(lonLat[1])
    }
  }
  const margin = 2 / Math.sqrt(view.k)
  return [
    Math.max(-180, Math.min(...lons) - margin),
    Math.max(-90, Math.min(...lats) - margin),
    Math.min(180, Math.max(...lons) + margin),
    Math.min(90, Math.max(...lats) + margin),
  ]
}
