import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { RecordQuery } from '@shared/domain'
import { api, recordKeys } from '@renderer/lib/api'

/**
 * The points of the sites the table's query matches (its search and filters; not its page or
 * order). Keyed under the sites' lists, so that every save refreshes the map as it does the table.
 */
export function useSitePoints(query: RecordQuery) {
  // Only the keys that are set: a key with an undefined value would fail main's argument check.
  const filters: RecordQuery = {}
  if (query.search) filters.search = query.search
  if (query.facets) filters.facets = query.facets
  if (query.status) filters.status = query.status
  return useQuery({
    queryKey: [...recordKeys.lists('site'), 'points', filters],
    queryFn: () => api.querySitePoints(filters),
    placeholderData: keepPreviousData,
  })
}
