import type { FacetCounts, Page, RecordQuery, Site, SiteRow } from '../../shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { foldForSearch } from './normalize'
import { siteRow } from './rows'
import { facetValues, SITE_FACETS, type SiteCoverage, type SiteFacet } from './site-facets'

interface Entry {
  site: Site
  search: string
  facets: Record<SiteFacet, string[]>
}

type SortKey = (e: Entry) => string | number | undefined

const SORT_KEYS: Record<string, SortKey> = {
  name: (e) => foldForSearch(e.site.name.en ?? Object.values(e.site.name)[0] ?? ''),
  unescoId: (e) => e.site.unescoId,
  statesParties: (e) => e.site.statesParties.join(','),
  category: (e) => e.site.category,
  yearInscribed: (e) => e.site.yearInscribed,
  status: (e) => e.site.status,
  updatedAt: (e) => e.site.updatedAt,
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

function siteSearchText(site: Site): string {
  return foldForSearch([site.id, site.unescoId, ...Object.values(site.name), ...site.statesParties].join(' '))
}

/**
 * The sites of one store revision, prepared for the table: folded search text, facet values and
 * presorted orders, so that a query (search, facets, sort, page) is a filter over arrays. Built
 * once per revision; cheap to throw away after an edit.
 */
export class SiteIndex {
  private readonly entries: Entry[]
  private readonly sorted = new Map<string, Entry[]>()

  private constructor(
    readonly revision: number,
    store: DatasetStore,
  ) {
    const coverage = new Map<string, SiteCoverage>()
    for (const s of store.all('statement')) {
      if (s.subject.kind !== 'site' || s.rank === 'deprecated') continue
      const c = coverage.get(s.subject.id) ?? { statements: 0, referenced: 0 }
      c.statements += 1
      if (s.references.length > 0) c.referenced += 1
      coverage.set(s.subject.id, c)
    }
    this.entries = [...store.all('site')].map((site) => ({
      site,
      search: siteSearchText(site),
      facets: facetValues(site, coverage.get(site.id)),
    }))
  }

  private static cache = new WeakMap<DatasetStore, SiteIndex>()

  /** The index of the store's current revision, built on first use. */
  static of(store: DatasetStore): SiteIndex {
    const cached = SiteIndex.cache.get(store)
    if (cached?.revision === store.revision) return cached
    const index = new SiteIndex(store.revision, store)
    SiteIndex.cache.set(store, index)
    return index
  }

  private order(sortBy: string): Entry[] {
    const key = SORT_KEYS[sortBy] ?? (SORT_KEYS.name as SortKey)
    let list = this.sorted.get(sortBy)
    if (!list) {
      const keyed = this.entries.map((e) => ({ e, k: key(e) }))
      keyed.sort((a, b) => compare(a.k, b.k) || compare(a.e.site.id, b.e.site.id))
      list = keyed.map((x) => x.e)
      this.sorted.set(sortBy, list)
    }
    return list
  }

  /**
   * One page of sites, and each facet's counts under every other facet's filter (so the
   * counts show what choosing a value would give, as in OpenRefine).
   */
  query(query: RecordQuery): Page<SiteRow> & { facets: FacetCounts } {
    const terms = foldForSearch(query.search?.trim() ?? '')
      .split(/\s+/)
      .filter(Boolean)
    const chosen = SITE_FACETS.map((f) => new Set(query.facets?.[f] ?? []))
    const counts = SITE_FACETS.map(() => new Map<string, number>())
    const rows: Entry[] = []
    const order = this.order(query.sortBy ?? 'name')
    for (const entry of order) {
      if (terms.length > 0 && !terms.every((t) => entry.search.includes(t))) continue
      let failing = 0
      let failedFacet = -1
      for (let f = 0; f < SITE_FACETS.length; f += 1) {
        const want = chosen[f] as Set<string>
        if (want.size === 0) continue
        if (!(entry.facets[SITE_FACETS[f] as SiteFacet] ?? []).some((v) => want.has(v))) {
          failing += 1
          failedFacet = f
        }
      }
      if (failing > 1) continue
      for (let f = 0; f < SITE_FACETS.length; f += 1) {
        if (failing === 1 && failedFacet !== f) continue
        const map = counts[f] as Map<string, number>
        for (const value of entry.facets[SITE_FACETS[f] as SiteFacet])
          map.set(value, (map.get(value) ?? 0) + 1)
      }
      if (failing === 0) rows.push(entry)
    }
    if (query.sortDirection === 'desc') rows.reverse()
    const offset = Math.max(0, query.offset ?? 0)
    const page = rows.slice(offset, offset + (query.limit ?? 50)).map((e) => siteRow(e.site))
    const facets = Object.fromEntries(
      SITE_FACETS.map((f, i) => [
        f,
        [...(counts[i] as Map<string, number>)]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || compare(a.value, b.value)),
      ]),
    ) as FacetCounts
    return { rows: page, total: rows.length, offset, facets }
  }
}
