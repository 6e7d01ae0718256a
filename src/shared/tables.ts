/**
 * The tables: a query for one page of rows (run in main), the sites table's facets, and the row
 * each table shows.
 */
import type { Property } from './generated/property'
import type { Site } from './generated/site'
import type { Source } from './generated/source'
import type { Statement } from './generated/statement'
import type { CurationStatus, ItemRef } from './records'

export type SortDirection = 'asc' | 'desc'

/** A request for one page of a table; the query runs in main. */
export interface RecordQuery {
  /** Free text; case, diacritics and width are ignored; Chinese matches as written. */
  search?: string
  /** A column key of the kind's table. */
  sortBy?: string
  sortDirection?: SortDirection
  /** The interface language (BCP 47): labels sort in it, with its collation (pinyin for zh). */
  language?: string
  offset?: number
  limit?: number
  /** Only statements about this subject (statements only). */
  subject?: ItemRef
  /** Only statements that cite this source (statements only). */
  citesSource?: string
  /** Only records in these curation states (sources and statements; sites use the status facet). */
  status?: CurationStatus[]
  /** Sites only: the chosen values per facet; a site must match one value of every facet chosen. */
  facets?: Partial<Record<SiteFacetName, string[]>>
  /** Sites only: false answers the rows without the facet counts (quicker; asked for apart). */
  facetCounts?: boolean
  /**
   * A newer query in the same lane makes an older one still waiting in main moot: main answers
   * it CANCELLED without running it (a table's search while the curator types).
   */
  lane?: string
}

/** The facets of the sites table, in the order the panel shows them (main and renderer share it). */
export const SITE_FACETS = [
  'category',
  'statesParties',
  'regions',
  'criteria',
  'decade',
  'inDanger',
  'status',
  /** Open issues by severity (error, warning, suggestion) or none. */
  'issues',
  'coverage',
] as const

export type SiteFacetName = (typeof SITE_FACETS)[number]

/** For each facet, its values and how many sites each would give with the other facets as chosen. */
export type FacetCounts = Record<SiteFacetName, { value: string; count: number }[]>

export interface Page<T> {
  rows: T[]
  total: number
  offset: number
  /** Sites only: facet counts for the panel beside the table. */
  facets?: FacetCounts
}

/** What the sites table shows for one site; computed in main so pages stay small. */
export interface SiteRow {
  id: string
  unescoId?: number
  name: Site['name']
  statesParties: string[]
  category: Site['category']
  criteria: string[]
  yearInscribed?: number
  /** Removed from the World Heritage List in this year. */
  yearDelisted?: number
  inDanger: boolean
  status: CurationStatus
  updatedAt: string
}

export interface SourceRow {
  id: string
  type: Source['type']
  title: string
  containerTitle?: string
  publisher?: string
  issuedYear?: number
  URL?: string
  status: CurationStatus
  citedBy: number
}

export interface StatementRow {
  id: string
  subject: ItemRef
  subjectLabel: string
  /** A site subject's names by language, so that each interface language shows its own first. */
  subjectNames?: Record<string, string>
  property: string
  propertyLabel: string
  /** The value in a short human form: "57", "2024-06-11", "Silk Roads ...". */
  valueText: string
  referenceCount: number
  rank: Statement['rank']
  status: CurationStatus
}

export interface RowOf {
  site: SiteRow
  source: SourceRow
  property: Property
  statement: StatementRow
}
