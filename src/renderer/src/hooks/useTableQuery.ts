import { useMemo, useState } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import type { CurationStatus, RecordQuery } from '../../../shared/domain'
import type { SortState } from '../components/SortableTh/SortableTh'

export const PAGE_SIZE = 50

/**
 * Search (debounced), sort, status filter and page of one table, as the query main runs. Sites
 * filter by status through their facet; sources and statements through `status`.
 */
export function useTableQuery(initialSort: SortState = {}, statusAs: 'facet' | 'query' = 'query') {
  const [search, setSearchNow] = useState('')
  const [status, setStatusNow] = useState<CurationStatus[]>([])
  const [debounced] = useDebouncedValue(search, 150)
  const [sort, setSortNow] = useState<SortState>(initialSort)
  const [page, setPage] = useState(1)

  const query = useMemo<RecordQuery>(() => {
    const q: RecordQuery = { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }
    if (debounced.trim()) q.search = debounced.trim()
    if (sort.sortBy) {
      q.sortBy = sort.sortBy
      q.sortDirection = sort.sortDirection ?? 'asc'
    }
    if (status.length > 0) {
      if (statusAs === 'facet') q.facets = { status }
      else q.status = status
    }
    return q
  }, [debounced, sort, page, status, statusAs])

  return {
    search,
    /** The search the current rows answer (the debounced one). */
    activeSearch: debounced.trim(),
    setSearch: (value: string) => {
      setSearchNow(value)
      setPage(1)
    },
    sort,
    setSort: (next: SortState) => {
      setSortNow(next)
      setPage(1)
    },
    status,
    setStatus: (next: CurationStatus[]) => {
      setStatusNow(next)
      setPage(1)
    },
    page,
    setPage,
    query,
  }
}
