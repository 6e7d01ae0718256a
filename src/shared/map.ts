/**
 * The map: the points of the sites a table query matches.
 */
import type { Site } from './generated/site'

/** A site on the map: where, what colour, what to call it, and whether its point is suspect. */
export interface SitePoint {
  id: string
  latitude: number
  longitude: number
  category: Site['category']
  /** The name in the dataset's first language that has one. */
  name: string
  /** Every name by language, so that each interface language shows its own first. */
  names?: Record<string, string>
  /** The point lies outside all the site's states parties (warning `site.coordinates-in-borders`, not acknowledged). */
  outsideBorders: boolean
}

/** The sites of a table query that can be drawn, and how many matching sites cannot (no coordinates). */
export interface SitePoints {
  points: SitePoint[]
  withoutLocation: number
}
