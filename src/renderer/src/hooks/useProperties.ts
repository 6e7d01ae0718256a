import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Property } from '../../../shared/domain'
import { api, recordKeys } from '../lib/api'

const QUERY = { limit: 500 }

/** Every statement property of the dataset (a few dozen), by id and in label order. */
export function useProperties() {
  const query = useQuery({
    queryKey: recordKeys.list('property', QUERY),
    queryFn: () => api.queryRecords('property', QUERY),
    staleTime: Infinity,
  })
  const rows = query.data?.rows
  const byId = useMemo(() => new Map<string, Property>((rows ?? []).map((p) => [p.id, p])), [rows])
  return { properties: rows ?? [], byId, isLoading: query.isPending, error: query.error }
}

/** A property's label in English, or its first label, or its id. */
export function propertyLabel(property: Property | undefined, id = ''): string {
  if (!property) return id
  return property.label.en ?? Object.values(property.label)[0] ?? property.id
}
