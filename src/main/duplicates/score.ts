import type { DuplicateReasons, Site } from '@shared/domain'
import { bestNameMatch, type PreparedName } from './names'

const EARTH_RADIUS_KM = 6371

/** Great-circle distance in kilometres. */
export function haversineKm(a: NonNullable<Site['location']>, b: NonNullable<Site['location']>): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Beyond this, two points say nothing for a duplicate. */
const FAR_KM = 200

/** 1 within a kilometre, falling on a log scale to 0 at FAR_KM: 1.2 km is 0.85, 10 km 0.55. */
export function closeness(km: number): number {
  if (km <= 1) return 1
  return Math.max(0, 1 - Math.log10(1 + km) / Math.log10(1 + FAR_KM))
}

/** How much each reason counts; a reason that cannot be told is left out of the mean. */
const WEIGHTS = { name: 0.5, distance: 0.35, states: 0.15 }

/** A site prepared once per search. */
export interface PreparedSite {
  site: Site
  names: PreparedName[]
}

/**
 * Identifiers that name one site only: two sites holding the same one are the same place, or one
 * of them is wrong. (The unique identifier fields of a site; the curator's constraints table may
 * declare more.)
 */
export const UNIQUE_SITE_IDS = ['unescoId', 'wikidataId'] as const

/** The unique identifiers both sites hold with the same value. */
function sharedIds(a: Site, b: Site): NonNullable<DuplicateReasons['sharedIds']> {
  return UNIQUE_SITE_IDS.flatMap((field) => {
    const value = a[field]
    return value !== undefined && value !== '' && value === b[field] ? [{ field, value: String(value) }] : []
  })
}

export function scorePair(a: PreparedSite, b: PreparedSite): { score: number; reasons: DuplicateReasons } {
  const match = bestNameMatch(a.names, b.names)
  const { location: la } = a.site
  const { location: lb } = b.site
  const distanceKm = la && lb ? haversineKm(la, lb) : null
  const distance = distanceKm === null ? null : closeness(distanceKm)
  const bothHaveStates = a.site.statesParties.length > 0 && b.site.statesParties.length > 0
  const sharedStates = bothHaveStates
    ? a.site.statesParties.filter((code) => b.site.statesParties.includes(code))
    : null
  let sum = 0
  let weight = 0
  if (match.score !== null) {
    sum += WEIGHTS.name * match.score
    weight += WEIGHTS.name
  }
  if (distance !== null) {
    sum += WEIGHTS.distance * distance
    weight += WEIGHTS.distance
  }
  if (sharedStates !== null) {
    sum += WEIGHTS.states * (sharedStates.length > 0 ? 1 : 0)
    weight += WEIGHTS.states
  }
  const ids = sharedIds(a.site, b.site)
  return {
    // Nothing to go on (names in other scripts, no points, no states parties) is no evidence.
    score: weight === 0 ? 0 : sum / weight,
    reasons: {
      name: match.score,
      names: match.names,
      distanceKm,
      distance,
      sharedStates,
      ...(ids.length > 0 && { sharedIds: ids }),
    },
  }
}
