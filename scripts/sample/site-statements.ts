/**
 * Referenced statements about a few sites, so that a site page shows out of the box what the app
 * is for: each value with its source. The figures are the List's own (the site records were read
 * from the same export), nothing added: the area as inscribed, and one statement per inscription
 * criterion. The List is the authority for them, so they are approved.
 */
import type { Site, Statement } from '@shared/domain'
import { TIMESTAMPS, UNESCO_LIST_SOURCE } from './common'

/** A few well-known sites: the Great Wall, Mount Taishan (mixed) and the Beijing Central Axis (2024). */
const SITES_WITH_STATEMENTS = ['whc-438', 'whc-437', 'whc-1714']

/** The List as exported after the July 2024 session: the area held then (areas change with boundary modifications). */
const AS_OF_EXPORT = {
  property: 'point-in-time',
  value: { type: 'time', time: '+2024', precision: 'year' },
} as const

function aboutSite(
  site: Site,
  id: string,
  rest: Pick<Statement, 'property' | 'value' | 'qualifiers' | 'rank'>,
): Statement {
  return {
    id: `stmt-${site.id}-${id}`,
    subject: { kind: 'site', id: site.id },
    ...rest,
    references: [{ source: UNESCO_LIST_SOURCE }],
    status: 'approved',
    ...TIMESTAMPS,
  }
}

export function siteStatements(sites: Site[]): Statement[] {
  const statements: Statement[] = []
  for (const id of SITES_WITH_STATEMENTS) {
    const site = sites.find((s) => s.id === id)
    if (!site) throw new Error(`${id}: not in the sample's sites`)
    if (site.areaHectares !== undefined)
      statements.push(
        aboutSite(site, 'area-2024', {
          property: 'area',
          value: { type: 'quantity', amount: site.areaHectares, unit: 'hectare' },
          qualifiers: [AS_OF_EXPORT],
          rank: 'preferred',
        }),
      )
    for (const criterion of site.criteria)
      statements.push(
        aboutSite(site, `criterion-${criterion}`, {
          property: 'world-heritage-criterion',
          value: { type: 'string', text: `(${criterion})` },
          qualifiers: [],
          rank: 'normal',
        }),
      )
  }
  return statements
}
