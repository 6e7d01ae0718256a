import type { CurationStatus, Page, RecordOf, RecordQuery, RowOf, Statement } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { foldForSearch } from './normalize'
import { SiteIndex, type SiteSeverities } from './site-index'
import { sameItem } from './rows'
import { type TableKind, TableIndex } from './table-index'

const DEFAULT_PAGE_SIZE = 50

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
  const index = TableIndex.of(store, kind as TableKind)
  const { records, rows } = index
  const search = query.search?.trim() ?? ''
  const texts = search ? index.searchTexts() : undefined
  const terms = foldForSearch(search).split(/\s+/).filter(Boolean)
  const matches = kind === 'statement' ? statementFilter(query) : () => true
  const keep = (i: number): boolean => {
    const record = records[i] as RecordOf[TableKind]
    if (query.status && !query.status.includes((record as { status: CurationStatus }).status)) return false
    if (!matches(record as Statement)) return false
    return !texts || terms.every((term) => (texts[i] as string).includes(term))
  }
  const order = index.order(query.sortBy, query.sortDirection === 'desc', query.language)
  const offset = Math.max(0, query.offset ?? 0)
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const page: RowOf[K][] = []
  let total = 0
  for (const i of order) {
    if (!keep(i)) continue
    if (total >= offset && page.length < limit) page.push(rows[i] as RowOf[K])
    total += 1
  }
  return { rows: page, total, offset }
}
