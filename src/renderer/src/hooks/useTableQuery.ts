import { useCallback, useMemo, useState } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import type { CurationStatus, RecordQuery, SiteFacetName } from '../../../shared/domain'
import type { SortState } from '../components/SortableTh/SortableTh'

/** Rows per page where a table still pages (statements without references). */
export const PAGE_SIZE = 50

/**
 * How long the search waits for the next keystroke. Short: main answers a search over 100,000
 * sites in a few milliseconds, and the previous rows stay shown meanwhile.
 */
export const SEARCH_DEBOUNCE_MS = 30

export type ChosenFacets = Partial<Record<SiteFacetName, string[]>>

/**
 * The filters of one table in one place: search (briefly debounced), sort, status and, for sites,
 * facets; `query` is what main runs, without offset and limit (the table asks for the rows it
 * shows). Sites filter by status through their facet; sources and statements through `status`.
 * Another view of the same records (the map) can take `query` as it is.
 */
export function useTableQuery(initialSort: SortState = {}) {
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState<CurationStatus[]>([])
  const [facets, setFacets] = useState<ChosenFacets>({})
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS)
  const [sort, setSort] = useState<SortState>(initialSort)

  const query = useMemo<RecordQuery>(() => {
    const q: RecordQuery = {}
    if (debounced.trim()) q.search = debounced.trim()
    if (sort.sortBy) {
      q.sortBy = sort.sortBy
      q.sortDirection = sort.sortDirection ?? 'asc'
    }
    if (status.length > 0) q.status = status
    const chosen = Object.entries(facets).filter(([, values]) => values && values.length > 0)
    if (chosen.length > 0) q.facets = Object.fromEntries(chosen)
    return q
  }, [debounced, sort, status, facets])

  const setFacet = useCallback(
    (facet: SiteFacetName, values: string[]) => setFacets((now) => ({ ...now, [facet]: values })),
    [],
  )
  const clearFacets = useCallback(() => setFacets({}), [])
  const facetCount = Object.values(facets).reduce((sum, values) => sum + (values?.length ?? 0), 0)

  return {
    search,
    /** The search the current rows answer (the debounced one). */
    activeSearch: debounced.trim(),
    setSearch,
    sort,
    setSort,
    status,
    setStatus,
    facets,
    /** How many facet values are chosen, over every facet. */
    facetCount,
    setFacet,
    clearFacets,
    query,
  }
}

export type TableQuery = ReturnType<typeof useTableQuery>
