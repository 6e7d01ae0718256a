import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import type { GeometryCollection, Topology } from 'topojson-specification'

/**
 * One country's borders, prepared for many point tests: every ring's edges in one flat array
 * (x1, y1, x2, y2 in degrees of longitude and latitude), and for each narrow band of latitude
 * the edges that cross it. A point then meets only the few dozen edges of its own band, whatever
 * the size of the country, so 100,000 sites take milliseconds rather than seconds.
 */
export interface CountryShape {
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number]
  edges: Float64Array
  /** Edge numbers (index / 4 into `edges`) by band of latitude, south to north (see `band`). */
  bands: (Int32Array | undefined)[]
}

/** Quarter-degree bands: a band of even the longest coasts (Canada, Russia) holds a few hundred edges. */
const BANDS_PER_DEGREE = 4
const BAND_COUNT = 180 * BANDS_PER_DEGREE
const KM_PER_DEGREE_LAT = 110.574
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32

function band(latitude: number): number {
  return Math.min(BAND_COUNT - 1, Math.max(0, Math.floor((latitude + 90) * BANDS_PER_DEGREE)))
}

/**
 * A shape from lines of points, each a flat [lon, lat, lon, lat, ...] sequence (rings or arcs of
 * rings). Built in typed arrays, counted first and filled second: the 1:50m world has some
 * 100,000 edges and garbage would cost more than the tests.
 */
function buildShape(lines: readonly ArrayLike<number>[]): CountryShape {
  let count = 0
  for (const line of lines) count += Math.max(0, line.length / 2 - 1)
  const edges = new Float64Array(count * 4)
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  let e = 0
  for (const line of lines) {
    for (let i = 0; i < line.length; i += 2) {
      const x = line[i] as number
      const y = line[i + 1] as number
      if (x < west) west = x
      if (x > east) east = x
      if (y < south) south = y
      if (y > north) north = y
      if (i + 3 >= line.length) continue
      edges[e] = x
      edges[e + 1] = y
      edges[e + 2] = line[i + 2] as number
      edges[e + 3] = line[i + 3] as number
      e += 4
    }
  }
  const sizes = new Int32Array(BAND_COUNT)
  const span = (edge: number): [number, number] => {
    const y1 = edges[edge * 4 + 1] as number
    const y2 = edges[edge * 4 + 3] as number
    return [band(Math.min(y1, y2)), band(Math.max(y1, y2))]
  }
  for (let edge = 0; edge < count; edge += 1) {
    const [from, to] = span(edge)
    for (let b = from; b <= to; b += 1) sizes[b] = (sizes[b] as number) + 1
  }
  const bands = Array.from(sizes, (size) => (size > 0 ? new Int32Array(size) : undefined))
  const filled = new Int32Array(BAND_COUNT)
  for (let edge = 0; edge < count; edge += 1) {
    const [from, to] = span(edge)
    for (let b = from; b <= to; b += 1) {
      ;(bands[b] as Int32Array)[filled[b] as number] = edge
      filled[b] = (filled[b] as number) + 1
    }
  }
  return { bbox: [west, south, east, north], edges, bands }
}

/** Even-odd ray casting in the lon/lat plane, over the edges of the point's band only. */
export function contains(shape: CountryShape, latitude: number, longitude: number): boolean {
  const [west, south, east, north] = shape.bbox
  if (longitude < west || longitude > east || latitude < south || latitude > north) return false
  const list = shape.bands[band(latitude)]
  if (!list) return false
  const { edges } = shape
  let inside = false
  for (const e of list) {
    const x1 = edges[e * 4] as number
    const y1 = edges[e * 4 + 1] as number
    const x2 = edges[e * 4 + 2] as number
    const y2 = edges[e * 4 + 3] as number
    if (y1 > latitude !== y2 > latitude && longitude < x1 + ((latitude - y1) * (x2 - x1)) / (y2 - y1))
      inside = !inside
  }
  return inside
}

/** Distance in km from a point to a segment, in a plane that is true to scale around the point. */
function segmentKm(kx: number, ky: number, lat: number, lon: number, e: number, edges: Float64Array): number {
  const ax = ((edges[e * 4] as number) - lon) * kx
  const ay = ((edges[e * 4 + 1] as number) - lat) * ky
  const bx = ((edges[e * 4 + 2] as number) - lon) * kx
  const by = ((edges[e * 4 + 3] as number) - lat) * ky
  const dx = bx - ax
  const dy = by - ay
  const length2 = dx * dx + dy * dy
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2))
  return Math.hypot(ax + t * dx, ay + t * dy)
}

function kmPerDegreeLon(latitude: number): number {
  return Math.max(0.01, KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((latitude * Math.PI) / 180))
}

/**
 * Whether the point lies within `km` of the country's borders (coast included). Only the bands
 * and edges near enough to matter are measured.
 */
export function withinKm(shape: CountryShape, latitude: number, longitude: number, km: number): boolean {
  const kx = kmPerDegreeLon(latitude)
  const dLat = km / KM_PER_DEGREE_LAT
  const dLon = km / kx
  const [west, south, east, north] = shape.bbox
  if (
    longitude < west - dLon ||
    longitude > east + dLon ||
    latitude < south - dLat ||
    latitude > north + dLat
  )
    return false
  // From the point's own band outwards: the nearest coast is usually found in the first bands.
  const home = band(latitude)
  const reach = Math.max(home - band(latitude - dLat), band(latitude + dLat) - home)
  for (let step = 0; step <= reach; step += 1) {
    for (const b of step === 0 ? [home] : [home - step, home + step]) {
      for (const e of shape.bands[b] ?? []) {
        if (segmentKm(kx, KM_PER_DEGREE_LAT, latitude, longitude, e, shape.edges) <= km) return true
      }
    }
  }
  return false
}

/** Roughly how far (km) the point is from the nearest border of the country; for messages only. */
export function distanceKm(shape: CountryShape, latitude: number, longitude: number): number {
  const kx = kmPerDegreeLon(latitude)
  let best = Infinity
  for (let e = 0; e < shape.edges.length / 4; e += 1)
    best = Math.min(best, segmentKm(kx, KM_PER_DEGREE_LAT, latitude, longitude, e, shape.edges))
  return best
}

/**
 * Territories that Natural Earth draws as countries of their own while UNESCO lists the state
 * that is responsible for them as the state party (Greenland for Denmark, New Caledonia for
 * France, Bermuda for the United Kingdom...): their shapes count as that state's.
 */
const TERRITORIES: Record<string, string[]> = {
  AU: ['CX', 'CC', 'NF', 'HM'],
  CN: ['HK', 'MO'],
  DK: ['GL', 'FO'],
  FI: ['AX'],
  FR: ['NC', 'PF', 'TF', 'PM', 'WF', 'BL', 'MF'],
  GB: ['BM', 'PN', 'SH', 'GI', 'KY', 'VG', 'TC', 'AI', 'MS', 'FK', 'IO', 'GS', 'GG', 'JE', 'IM'],
  NL: ['AW', 'CW', 'SX', 'BQ'],
  NO: ['SJ', 'BV'],
  NZ: ['CK', 'NU', 'TK'],
  US: ['PR', 'GU', 'VI', 'AS', 'MP', 'UM'],
}

interface Atlas {
  /** Every arc of the topology, decoded to degrees: [lon, lat, lon, lat, ...]. */
  arcs: Float64Array[]
  /** The arcs of each country's rings, by ISO numeric id (Australia's id also names Ashmore and Cartier). */
  arcsById: Map<string, number[]>
}

/**
 * Reads the topology's shared arcs directly rather than through GeoJSON: for ray casting and
 * distances a ring is just its segments, whichever way they run, so a country is the union of
 * its arcs' segments (an arc used by two rings of one country counts twice, which even-odd
 * casting cancels exactly as the two rings would).
 */
function readAtlas(topology: Topology<{ countries: GeometryCollection }>): Atlas {
  const [kx, ky] = topology.transform?.scale ?? [1, 1]
  const [dx, dy] = topology.transform?.translate ?? [0, 0]
  const arcs = topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2)
    let x = 0
    let y = 0
    arc.forEach((position, i) => {
      x += position[0] as number
      y += position[1] as number
      out[i * 2] = x * kx + dx
      out[i * 2 + 1] = y * ky + dy
    })
    return out
  })
  const arcsById = new Map<string, number[]>()
  for (const geometry of topology.objects.countries.geometries) {
    if (geometry.id === undefined) continue
    const rings =
      geometry.type === 'Polygon'
        ? geometry.arcs
        : geometry.type === 'MultiPolygon'
          ? geometry.arcs.flat()
          : []
    const id = String(geometry.id)
    arcsById.set(id, [...(arcsById.get(id) ?? []), ...rings.flat().map((a) => (a < 0 ? ~a : a))])
  }
  return { arcs, arcsById }
}

const atlases = new Map<string, Atlas>()
const shapes = new Map<string, CountryShape | null>()

/** An atlas of `world-atlas`, read once, on first use, and shared. */
function atlas(scale: AtlasScale): Atlas {
  let read = atlases.get(scale)
  if (!read) {
    const require = createRequire(import.meta.url)
    read = readAtlas(
      require(`world-atlas/countries-${scale}.json`) as Topology<{ countries: GeometryCollection }>,
    )
    atlases.set(scale, read)
  }
  return read
}

function shapeOf(scale: AtlasScale, numericIds: string[]): CountryShape | undefined {
  const { arcs, arcsById } = atlas(scale)
  const own = arcsById.get(numericIds[0] ?? '')
  if (!own) return undefined
  const all = numericIds.flatMap((id) => arcsById.get(id) ?? [])
  return buildShape(all.map((a) => arcs[a] as Float64Array))
}

/**
 * Natural Earth's 1:50m map draws the coasts well enough for a 25 km tolerance; 1:10m adds the
 * remote islands 50m leaves out (Cocos Island, Aldabra, St Kilda, the Ogasawara Islands), at the
 * cost of a few megabytes: it is read only when a point falls outside at 1:50m.
 */
export type AtlasScale = '50m' | '10m'

/**
 * The borders of a state party by its ISO 3166-1 alpha-2 code, its territories included (see
 * above); undefined when the atlas lacks it (Tuvalu, Kosovo...). Prepared once and shared.
 */
export function countryShape(alpha2: string, scale: AtlasScale = '50m'): CountryShape | undefined {
  const code = alpha2.toUpperCase()
  const key = `${scale}:${code}`
  const cached = shapes.get(key)
  if (cached !== undefined) return cached ?? undefined
  const ids = [code, ...(TERRITORIES[code] ?? [])].map((c) => countries.alpha2ToNumeric(c) ?? '')
  const shape = shapeOf(scale, ids) ?? null
  shapes.set(key, shape)
  return shape ?? undefined
}

let everyCountry: CountryShape[] | undefined

/** Whether the point lies on the land of any country of the 1:50m map (prepared on first use). */
export function onAnyLand(latitude: number, longitude: number): boolean {
  everyCountry ??= [...atlas('50m').arcsById.keys()].map((id) => shapeOf('50m', [id]) as CountryShape)
  return everyCountry.some((shape) => contains(shape, latitude, longitude))
}
