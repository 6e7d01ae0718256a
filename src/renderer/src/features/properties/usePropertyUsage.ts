import { useQuery } from '@tanstack/react-query'
import { api, reviewKeys } from '@renderer/lib/api'

/** How many statements use each property (as their property or a qualifier's); refreshed after every write. */
export function usePropertyUsage() {
  return useQuery({ queryKey: reviewKeys.propertyUsage, queryFn: () => api.propertyUsage() }).data
}
