import type { FacetCounts, Page, RecordQuery, Site, SiteRow } from '@shared/domain'
import type { Severity } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { type FacetColumn, facetColumn, valuesAt } from './facet-columns'
import { foldForSearch } from './normalize'
import { siteRow } from './rows'
import { SearchIndex, type SearchMatch, searchTerms } from './search-index'
import { facetValues, issueValues, SITE_FACETS } from './site-facets'
import { siteStatements } from './site-statements'

/** The severities of each site's open issues, by site id (ProblemsIndex.severitiesByRecord). */
export type SiteSeverities = () => ReadonlyMap<string, ReadonlySet<Severity>>

type SortKey = (site: Site, search: string) => string | number | undefined

const SORT_KEYS: Record<string, SortKey> = {
  name: (site) => foldForSearch(site.name.en ?? Object.values(site.name)[0] ?? ''),
  unescoId: (site) => site.unescoId,
  statesParties: (site) => site.statesParties.join(','),
  category: (site) => site.category,
  yearInscribed: (site) => site.yearInscribed,
  status: (site) => site.status,
  updatedAt: (site) => site.updatedAt,
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

/** What a site is found by: its id, UNESCO id, names, states parties and alternative names. */
function siteSearchText(site: Site, alternativeNames: string | undefined): string {
  const parts = [site.id, site.unescoId, ...Object.values(site.name), ...site.statesParties]
  if (alternativeNames) parts.push(alternativeNames)
  return foldForSearch(parts.join(' '))
}

/** Edits in one go beyond which building the index again is quicker than updating it. */
const MAX_EDITS_IN_PLACE = 500

/** A chosen facet, as a lookup by value code. */
interface Chosen {
  facet: number
  allowed: Uint8Array
}

/** How many recent searches keep their matching sites (each block of rows asks again). */
const SEARCH_CACHE_SIZE = 16

/** Edits of search texts the search index takes in place before it is built again. */
const MAX_SEARCH_EDITS = 1000

/**
 * The sites of one store revision, prepared for the table: folded search text, facet values as
 * integer codes and presorted orders, so that a query (search, facets, sort, page) is a scan over
 * typed arrays with no sort. Built once per revision; edits of sites are taken in place.
 */
export class SiteIndex {
  private readonly sites: Site[]
  private readonly search: string[]
  /** Each site's alternative names (from statements), for its search text after an edit. */
  private readonly alternativeNames: (string | undefined)[]
  private searchIndex: SearchIndex | undefined
  private readonly columns: FacetColumn[]
  private readonly sorted = new Map<string, Uint32Array>()
  private readonly searches = new Map<string, SearchMatch>()
  private readonly all: SearchMatch
  private positions: Map<string, number> | undefined

  private constructor(
    public revision: number,
    store: DatasetStore,
    private withIssues: boolean,
    severities?: SiteSeverities,
  ) {
    this.sites = [...store.all('site')]
    const fromStatements = siteStatements(this.sites, store)
    const issues = severities?.()
    const none = new Set<Severity>()
    this.alternativeNames = this.sites.map((_, i) => fromStatements.alternativeNames(i))
    this.search = this.sites.map((site, i) => siteSearchText(site, this.alternativeNames[i]))
    const values = this.sites.map((site, i) =>
      facetValues(site, fromStatements.coverage(i), issues?.get(site.id) ?? (issues ? undefined : none)),
    )
    this.columns = SITE_FACETS.map((facet) =>
      facetColumn(values.map((v) => (facet === 'issues' && !issues ? [] : v[facet]))),
    )
    this.all = { exact: Uint32Array.from(this.sites.keys()), approximate: new Uint32Array(0) }
  }

  private static cache = new WeakMap<DatasetStore, SiteIndex>()

  /**
   * The index of the store's current revision, built on first use. With `severities` the
   * `issues` facet is filled (its cost is one check of the dataset per revision, shared with the
   * Problems panel); without, sites have no `issues` values.
   */
  static of(store: DatasetStore, severities?: SiteSeverities): SiteIndex {
    const cached = SiteIndex.cache.get(store)
    if (cached?.revision === store.revision) {
      if (severities && !cached.withIssues) cached.fillIssues(severities())
      return cached
    }
    const changed = cached && store.changedSince(cached.revision)
    if (cached && changed && cached.takeSiteEdits(store, changed, severities)) return cached
    const index = new SiteIndex(store.revision, store, Boolean(severities), severities)
    SiteIndex.cache.set(store, index)
    return index
  }

  /**
   * Fills the `issues` facet of an index built without it: a large dataset's issues come from
   * its deep check, which ends after the first queries. Only that column is built, not the index.
   */
  private fillIssues(issues: ReadonlyMap<string, ReadonlySet<Severity>>): void {
    const column = SITE_FACETS.indexOf('issues')
    this.columns[column] = facetColumn(this.sites.map((site) => issueValues(issues.get(site.id))))
    this.withIssues = true
  }

  /**
   * Takes edits of existing sites in place, the commonest change (rebuilding the index costs about
   * a second at 100,000 sites): their search text, the facet columns whose values moved, the sort
   * orders whose keys moved, and the issues. Answers false, changing nothing, when statements
   * changed (the coverage facet), a site was added or deleted, or many records changed.
   */
  private takeSiteEdits(
    store: DatasetStore,
    changed: { kind: string; id: string }[],
    severities: SiteSeverities | undefined,
  ): boolean {
    // Statements hold the coverage and the alternative names; properties say which hold names.
    const statementsOrProperties = changed.some((ref) => ref.kind === 'statement' || ref.kind === 'property')
    if (changed.length > MAX_EDITS_IN_PLACE || statementsOrProperties) return false
    if (this.withIssues && !severities) return false
    this.positions ??= new Map(this.sites.map((site, i) => [site.id, i]))
    const edits: [number, Site][] = []
    for (const ref of changed) {
      if (ref.kind !== 'site') continue
      const at = this.positions.get(ref.id)
      const site = store.get('site', ref.id)
      if (at === undefined || !site) return false
      edits.push([at, site])
    }
    const movedColumns = new Set<number>()
    for (const [at, site] of edits) {
      const before = this.sites[at] as Site
      for (const [name, key] of Object.entries(SORT_KEYS))
        if (key(before, '') !== key(site, '')) this.sorted.delete(name)
      this.sites[at] = site
      this.search[at] = siteSearchText(site, this.alternativeNames[at])
      this.searchIndex?.update(at, this.search[at])
      const values = facetValues(site, undefined)
      SITE_FACETS.forEach((facet, f) => {
        if (facet === 'issues' || facet === 'coverage') return // from problems and statements
        if (valuesAt(this.columns[f] as FacetColumn, at).join('\u0000') !== values[facet].join('\u0000'))
          movedColumns.add(f)
      })
    }
    const edited = new Map(edits)
    for (const f of movedColumns) {
      const column = this.columns[f] as FacetColumn
      const facet = SITE_FACETS[f] as (typeof SITE_FACETS)[number]
      this.columns[f] = facetColumn(
        this.sites.map((_, i) => {
          const site = edited.get(i)
          return site ? facetValues(site, undefined)[facet] : valuesAt(column, i)
        }),
      )
    }
    this.searches.clear()
    if (this.searchIndex && this.searchIndex.edits > MAX_SEARCH_EDITS) this.searchIndex = undefined
    if (severities) this.fillIssues(severities())
    this.revision = store.revision
    return true
  }

  /** Site positions in the order of a sort key, ascending, ties by id; cached per key. */
  private order(sortBy: string): Uint32Array {
    const name = Object.hasOwn(SORT_KEYS, sortBy) ? sortBy : 'name'
    let list = this.sorted.get(name)
    if (!list) {
      const key = SORT_KEYS[name] as SortKey
      const keys = this.sites.map((site, i) => key(site, this.search[i] as string))
      const positions = [...this.sites.keys()]
      positions.sort((a, b) => compare(keys[a], keys[b]) || compare(this.sites[a]?.id, this.sites[b]?.id))
      list = Uint32Array.from(positions)
      this.sorted.set(name, list)
    }
    return list
  }

  /**
   * The sites that match every term of the search, as written or within a typo, remembered for
   * the blocks of rows that follow.
   */
  private matching(search: string): SearchMatch {
    const terms = searchTerms(search)
    if (terms.length === 0) return this.all
    const key = terms.join(' ')
    const cached = this.searches.get(key)
    if (cached) return cached
    this.searchIndex ??= new SearchIndex(this.search)
    const result = this.searchIndex.match(terms)
    // Typos need the word index: made in the background while the first letters are typed.
    this.searchIndex.prepare()
    if (this.searches.size >= SEARCH_CACHE_SIZE)
      this.searches.delete(this.searches.keys().next().value as string)
    this.searches.set(key, result)
    return result
  }

  private chosen(query: RecordQuery): Chosen[] {
    const out: Chosen[] = []
    SITE_FACETS.forEach((facet, f) => {
      const want = query.facets?.[facet]
      if (!want || want.length === 0) return
      const column = this.columns[f] as FacetColumn
      const allowed = new Uint8Array(column.values.length)
      for (const value of want) {
        const code = column.values.indexOf(value)
        if (code >= 0) allowed[code] = 1
      }
      out.push({ facet: f, allowed })
    })
    return out
  }

  /** Which chosen facet a site fails: -1 none, -2 more than one, else the facet's number. */
  private failing(site: number, chosen: Chosen[]): number {
    let failed = -1
    for (let c = 0; c < chosen.length; c += 1) {
      const { facet, allowed } = chosen[c] as Chosen
      const { starts, codes } = this.columns[facet] as FacetColumn
      let ok = false
      for (let k = starts[site] as number; k < (starts[site + 1] as number); k += 1) {
        if (allowed[codes[k] as number]) ok = true
      }
      if (ok) continue
      if (failed !== -1) return -2
      failed = facet
    }
    return failed
  }

  /** The ids of every site that matches the search and the facets, in no particular order. */
  matchingIds(query: RecordQuery): string[] {
    const chosen = this.chosen(query)
    const ids: string[] = []
    const { exact, approximate } = this.matching(query.search ?? '')
    for (const list of [exact, approximate])
      for (const i of list) if (this.failing(i, chosen) === -1) ids.push((this.sites[i] as Site).id)
    return ids
  }

  /**
   * One page of sites, exact matches of the search first, then those within a typo, each in the
   * order asked for; and, unless `facetCounts` is false, each facet's counts under every other
   * facet's filter (so the counts show what choosing a value would give, as in OpenRefine).
   */
  query(query: RecordQuery): Page<SiteRow> & { facets?: FacetCounts } {
    const chosen = this.chosen(query)
    const counting = query.facetCounts !== false
    const counts = counting ? this.columns.map((c) => new Uint32Array(c.values.length)) : []
    // 1: an exact match that every chosen facet lets through; 2: the same within a typo.
    const passed = new Uint8Array(this.sites.length)
    const tiers = [0, 0, 0]
    const { exact, approximate } = this.matching(query.search ?? '')
    for (const [tier, candidates] of [[1, exact] as const, [2, approximate] as const]) {
      for (let n = 0; n < candidates.length; n += 1) {
        const i = candidates[n] as number
        const failed = this.failing(i, chosen)
        if (counting && failed !== -2) this.tally(counts, i, failed)
        if (failed === -1) {
          passed[i] = tier
          tiers[tier] = (tiers[tier] as number) + 1
        }
      }
    }
    const offset = Math.max(0, query.offset ?? 0)
    const limit = Math.max(0, query.limit ?? 50)
    const rows: SiteRow[] = []
    const order = this.order(query.sortBy ?? 'name')
    const descending = query.sortDirection === 'desc'
    let seen = 0
    for (const tier of [1, 2]) {
      if (!tiers[tier]) continue
      for (let n = 0; n < order.length && rows.length < limit; n += 1) {
        const i = order[descending ? order.length - 1 - n : n] as number
        if (passed[i] !== tier) continue
        if (seen >= offset) rows.push(siteRow(this.sites[i] as Site))
        seen += 1
      }
    }
    const total = (tiers[1] as number) + (tiers[2] as number)
    return { rows, total, offset, ...(counting ? { facets: this.facetCounts(counts) } : {}) }
  }

  /** Counts site `i`'s values in every facet but the one it fails (-1: it fails none). */
  private tally(counts: Uint32Array[], i: number, failed: number): void {
    for (let f = 0; f < this.columns.length; f += 1) {
      if (failed !== -1 && failed !== f) continue
      const tally = counts[f] as Uint32Array
      const { starts, codes } = this.columns[f] as FacetColumn
      for (let k = starts[i] as number; k < (starts[i + 1] as number); k += 1) {
        const code = codes[k] as number
        tally[code] = (tally[code] as number) + 1
      }
    }
  }

  private facetCounts(counts: Uint32Array[]): FacetCounts {
    return Object.fromEntries(
      SITE_FACETS.map((facet, f) => {
        const { values } = this.columns[f] as FacetColumn
        const tally = counts[f] as Uint32Array
        const list = values
          .map((value, code) => ({ value, count: tally[code] as number }))
          .filter((v) => v.count > 0)
          .sort((a, b) => b.count - a.count || compare(a.value, b.value))
        return [facet, list]
      }),
    ) as FacetCounts
  }
}
