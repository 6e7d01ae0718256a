import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { CurationStatus, RecordQuery, SiteFacetName } from '@shared/domain'
import type { SortState } from '../components/SortableTh/SortableTh'

/** Rows per page where a table still pages (statements without references). */
export const PAGE_SIZE = 50

export type ChosenFacets = Partial<Record<SiteFacetName, string[]>>

/**
 * The filters of one table in one place: search (deferred), sort, status and, for sites,
 * facets; `query` is what main runs, without offset and limit (the table asks for the rows it
 * shows). Sites filter by status through their facet; sources and statements through `status`.
 * Another view of the same records (the map) can take `query` as it is.
 *
 * The search is a deferred value, not a debounce: the keystroke shows in the box at once, and the
 * query follows in the next render React can do (no fixed wait; main answers a search over
 * 100,000 sites in a few milliseconds, and the previous rows stay shown meanwhile). Fast typing
 * still asks main only for what React got to render: an interrupted deferred render asks nothing.
 */
export function useTableQuery(initialSort: SortState = {}) {
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState<CurationStatus[]>([])
  const [facets, setFacets] = useState<ChosenFacets>({})
  const searched = useDeferredValue(search)
  const [sort, setSort] = useState<SortState>(initialSort)

  const query = useMemo<RecordQuery>(() => {
    const q: RecordQuery = {}
    if (searched.trim()) q.search = searched.trim()
    if (sort.sortBy) {
      q.sortBy = sort.sortBy
      q.sortDirection = sort.sortDirection ?? 'asc'
    }
    if (status.length > 0) q.status = status
    const chosen = Object.entries(facets).filter(([, values]) => values && values.length > 0)
    if (chosen.length > 0) q.facets = Object.fromEntries(chosen)
    return q
  }, [searched, sort, status, facets])

  const setFacet = useCallback(
    (facet: SiteFacetName, values: string[]) => setFacets((now) => ({ ...now, [facet]: values })),
    [],
  )
  const clearFacets = useCallback(() => setFacets({}), [])
  const facetCount = Object.values(facets).reduce((sum, values) => sum + (values?.length ?? 0), 0)

  return {
    search,
    /** The search the current rows answer (the deferred one). */
    activeSearch: searched.trim(),
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
