import type { CurationStatus, Page, RecordOf, RecordQuery, RowOf, Statement } from '../../shared/domain'
import type { RecordKind } from '../../shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { foldForSearch, matchesAllTerms } from './normalize'
import { SiteIndex, type SiteSeverities } from './site-index'
import { sameItem, searchText, sourceRow, statementRow } from './rows'

export const DEFAULT_PAGE_SIZE = 50

type SortKey<K extends RecordKind> = (row: RowOf[K]) => string | number | undefined

/** The columns each table can sort by; anything else falls back to the first. */
const SORT_KEYS: { [K in Exclude<RecordKind, 'site'>]: Record<string, SortKey<K>> } = {
  source: {
    title: (r) => r.title,
    type: (r) => r.type,
    issuedYear: (r) => r.issuedYear,
    citedBy: (r) => r.citedBy,
    status: (r) => r.status,
  },
  property: { label: (r) => r.label.en ?? r.id, id: (r) => r.id, datatype: (r) => r.datatype },
  statement: {
    subject: (r) => r.subjectLabel,
    property: (r) => r.propertyLabel,
    value: (r) => r.valueText,
    references: (r) => r.referenceCount,
    rank: (r) => r.rank,
    status: (r) => r.status,
  },
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
}

function citationCounts(store: DatasetStore): Map<string, number> {
  const counts = new Map<string, number>()
  for (const statement of store.all('statement')) {
    for (const source of new Set(statement.references.map((r) => r.source))) {
      counts.set(source, (counts.get(source) ?? 0) + 1)
    }
  }
  return counts
}

function statementFilter(query: RecordQuery): (s: Statement) => boolean {
  const { subject, citesSource } = query
  return (s) =>
    (!subject || sameItem(s.subject, subject)) &&
    (!citesSource || s.references.some((r) => r.source === citesSource))
}

/**
 * One page of a table: filter by search (and subject or source for statements), sort, slice.
 * Sites go through their index; `severities` fills its "has issues" facet.
 */
export function queryRecords<K extends RecordKind>(
  store: DatasetStore,
  kind: K,
  query: RecordQuery,
  severities?: SiteSeverities,
): Page<RowOf[K]> {
  if (kind === 'site') return SiteIndex.of(store, severities).query(query) as Page<RowOf[K]>
  const counts = kind === 'source' ? citationCounts(store) : undefined
  const toRow = (record: RecordOf[K]): RowOf[K] => {
    if (kind === 'source')
      return sourceRow(record as RecordOf['source'], counts?.get(record.id) ?? 0) as RowOf[K]
    if (kind === 'statement') return statementRow(record as Statement, store) as RowOf[K]
    return record as unknown as RowOf[K]
  }
  const search = query.search?.trim() ?? ''
  const inStatus = (r: RecordOf[K]) =>
    !query.status || query.status.includes((r as { status: CurationStatus }).status)
  const matches = kind === 'statement' ? (statementFilter(query) as (r: RecordOf[K]) => boolean) : () => true
  const keep = (r: RecordOf[K]) => matches(r) && inStatus(r)
  const rows: RowOf[K][] = []
  for (const record of store.all(kind)) {
    if (!keep(record)) continue
    if (search && !matchesAllTerms(foldForSearch(searchText(kind, record, store)), search)) continue
    rows.push(toRow(record))
  }
  const keys = SORT_KEYS[kind as Exclude<RecordKind, 'site'>] as unknown as Record<string, SortKey<K>>
  const key = keys[query.sortBy ?? ''] ?? Object.values(keys)[0]
  const direction = query.sortDirection === 'desc' ? -1 : 1
  if (key) rows.sort((a, b) => direction * compare(key(a), key(b)))
  const offset = Math.max(0, query.offset ?? 0)
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  return { rows: rows.slice(offset, offset + limit), total: rows.length, offset }
}
