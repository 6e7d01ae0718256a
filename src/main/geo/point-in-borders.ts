import {
  contains,
  countryShape,
  distanceKm,
  onAnyLand,
  withinKm,
  type AtlasScale,
  type CountryShape,
} from './borders'

/**
 * The id of the validation rule that flags a point outside its states parties: the map marks the
 * same sites, and skips those a curator acknowledged under this id (kept here, the lower layer).
 */
export const COORDINATES_IN_BORDERS_RULE = 'site.coordinates-in-borders'

/**
 * How far outside its countries a site's point may lie before it is reported. UNESCO gives one
 * point per site, often the centre of a coastal property or an island, and Natural Earth's 1:50m
 * coastlines and borders are generalised by a few kilometres and lack islets; 25 km keeps such
 * sites quiet while a point in the wrong country is still caught.
 */
const BORDER_TOLERANCE_KM = 25

/**
 * A marine property (a reef, a marine park, an atoll group) is often given by a point in the sea
 * far from any coast: it lies within its state's exclusive economic zone, at most 200 nautical
 * miles from the coast, so a point at sea gets that much room. A point on another country's
 * land gets only the 25 km above: that is where swapped or mistyped coordinates usually land.
 */
const SEA_TOLERANCE_KM = 370

/**
 * Natural Earth draws Crimea as part of Russia, as it stands on the ground; UNESCO lists its
 * sites under Ukraine. A Ukrainian site's point in Crimea counts as inside.
 */
const DISPUTED: Record<string, [number, number, number, number][]> = {
  UA: [[32.4, 44.3, 36.7, 46.3]],
}

/** A point outside every one of its countries, and roughly how far from the nearest of them. */
interface OutsideBorders {
  distanceKm: number
}

const CACHE_LIMIT = 100_000
const cache = new Map<string, OutsideBorders | null>()

function shapesAt(scale: AtlasScale, statesParties: readonly string[]): CountryShape[] | undefined {
  const shapes = statesParties.map((code) => countryShape(code, scale))
  // A country the atlas lacks (Tuvalu, Kosovo...) cannot be checked: say nothing rather than guess.
  return shapes.length === 0 || shapes.some((shape) => shape === undefined)
    ? undefined
    : (shapes as CountryShape[])
}

function inDisputedArea(latitude: number, longitude: number, statesParties: readonly string[]): boolean {
  return statesParties.some((code) =>
    (DISPUTED[code] ?? []).some(
      ([w, s, e, n]) => longitude >= w && longitude <= e && latitude >= s && latitude <= n,
    ),
  )
}

function near(shapes: CountryShape[], latitude: number, longitude: number, km: number): boolean {
  return shapes.some((shape) => withinKm(shape, latitude, longitude, km))
}

/**
 * Inside or near its countries at 1:50m first (fast, and enough for nearly every site); a point
 * at sea beyond that may be a remote island 1:50m leaves out (Cocos Island, Aldabra), so it is
 * measured again against the 1:10m map, read only then.
 */
function outsideAll(
  shapes: CountryShape[],
  latitude: number,
  longitude: number,
  statesParties: readonly string[],
): OutsideBorders | null {
  if (near(shapes, latitude, longitude, BORDER_TOLERANCE_KM)) return null
  if (inDisputedArea(latitude, longitude, statesParties)) return null
  const outside = () => ({
    distanceKm: Math.min(...shapes.map((shape) => distanceKm(shape, latitude, longitude))),
  })
  if (onAnyLand(latitude, longitude)) return outside()
  if (near(shapes, latitude, longitude, SEA_TOLERANCE_KM)) return null
  const detailed = shapesAt('10m', statesParties)
  if (!detailed || near(detailed, latitude, longitude, SEA_TOLERANCE_KM)) return null
  return outside()
}

/**
 * Null when the point lies inside (or near enough to) one of its states parties, or when one of
 * them is not on the map; otherwise roughly how far out it is. A point inside answers at once;
 * the slower answers (measuring distances, reading 1:10m) are remembered by point and countries,
 * since validation asks again for every unchanged site after each edit.
 */
export function outsideBorders(
  latitude: number,
  longitude: number,
  statesParties: readonly string[],
): OutsideBorders | null {
  const shapes = shapesAt('50m', statesParties)
  if (!shapes || shapes.some((shape) => contains(shape, latitude, longitude))) return null
  const key = `${latitude},${longitude},${statesParties.join(',')}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const answer = outsideAll(shapes, latitude, longitude, statesParties)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, answer)
  return answer
}
