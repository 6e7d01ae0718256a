import { COORDINATES_IN_BORDERS_RULE, outsideBorders } from '../../geo/point-in-borders'
import { defineRule } from './rule'

/** A site's point must lie in (or near) one of its states parties: catches swapped or mistyped coordinates. */
export const coordinatesInBorders = defineRule({
  id: COORDINATES_IN_BORDERS_RULE,
  kind: 'site',
  severity: 'warning',
  message:
    'The point {latitude}, {longitude} lies about {distance} km outside {states}: check the coordinates (swapped latitude and longitude, a missing minus sign) or the states parties.',
  check: (site) => {
    if (!site.location) return []
    const { latitude, longitude } = site.location
    const outside = outsideBorders(latitude, longitude, site.statesParties)
    if (!outside) return []
    const distance = Math.round(outside.distanceKm)
    return [
      { path: '/location', params: { latitude, longitude, distance, states: site.statesParties.join(', ') } },
    ]
  },
})
