import { SITE_FACETS, type Site } from '@shared/domain'
import type { Severity } from '@shared/result'

export { SITE_FACETS }

type SiteFacet = (typeof SITE_FACETS)[number]

/** Statements about a site, and how many of them have a reference. */
export interface SiteCoverage {
  statements: number
  referenced: number
}

/** `none`: no statements; `uncited`: none referenced; `partial`; `full`. */
function coverageBucket(coverage: SiteCoverage | undefined): string {
  if (!coverage || coverage.statements === 0) return 'none'
  if (coverage.referenced === 0) return 'uncited'
  return coverage.referenced === coverage.statements ? 'full' : 'partial'
}

/** The "has issues" values of a site: each severity of its open issues, or `none`. */
export function issueValues(severities: ReadonlySet<Severity> | undefined): string[] {
  if (!severities || severities.size === 0) return ['none']
  return (['error', 'warning', 'suggestion'] as const).filter((s) => severities.has(s))
}

/** The values a site has for each facet (a site can have several states parties, regions, criteria, severities). */
export function facetValues(
  site: Site,
  coverage: SiteCoverage | undefined,
  severities?: ReadonlySet<Severity>,
): Record<SiteFacet, string[]> {
  return {
    category: [site.category],
    statesParties: site.statesParties,
    regions: site.regions,
    criteria: site.criteria,
    decade: site.yearInscribed === undefined ? [] : [String(Math.floor(site.yearInscribed / 10) * 10)],
    inDanger: [site.inDanger ? 'yes' : 'no'],
    status: [site.status],
    issues: issueValues(severities),
    coverage: [coverageBucket(coverage)],
  }
}
