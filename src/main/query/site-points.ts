import type { RecordQuery, Site, SitePoint, SitePoints } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { SiteIndex } from './site-index'
import { COORDINATES_IN_BORDERS_RULE, outsideBorders } from '../geo/point-in-borders'

/**
 * The ids of the sites a sites-table query matches (search, facets), in table order; paging and
 * sorting direction aside, the map and the table filter alike. The one place the map filters.
 */
function matchingSiteIds(store: DatasetStore, query: RecordQuery): string[] {
  return SiteIndex.of(store).matchingIds(query)
}

/** The name in the first of the dataset's languages that has one, else any. */
function displayName(site: Site, languages: readonly string[]): string {
  for (const language of languages) if (site.name[language]) return site.name[language]
  return Object.values(site.name)[0] ?? site.id
}

/** Flagged by the borders rule and not acknowledged by a curator. */
function suspect(site: Site & { location: NonNullable<Site['location']> }): boolean {
  const { latitude, longitude } = site.location
  if (!outsideBorders(latitude, longitude, site.statesParties)) return false
  return !(site.acknowledgements ?? []).some((a) => a.rule === COORDINATES_IN_BORDERS_RULE)
}

/** Every matching site that has coordinates, as a point for the map; and how many lack them. */
export function querySitePoints(store: DatasetStore, query: RecordQuery): SitePoints {
  const languages = store.manifest.languages
  const points: SitePoint[] = []
  let withoutLocation = 0
  for (const id of matchingSiteIds(store, query)) {
    const site = store.get('site', id)
    if (!site) continue
    if (!site.location) {
      withoutLocation += 1
      continue
    }
    points.push({
      id,
      latitude: site.location.latitude,
      longitude: site.location.longitude,
      category: site.category,
      name: displayName(site, languages),
      names: { ...site.name },
      outsideBorders: suspect({ ...site, location: site.location }),
    })
  }
  return { points, withoutLocation }
}
