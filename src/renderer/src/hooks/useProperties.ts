import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Property } from '@shared/domain'
import { api, recordKeys } from '../lib/api'
import { localName } from '../lib/record-name'

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

/** A property's label in the interface language (Chinese first in the Chinese UI, else English), or its id. */
export function propertyLabel(property: Property | undefined, id = '', uiLanguage = 'en'): string {
  if (!property) return id
  return localName(property.label, uiLanguage) || property.id
}

/** A property's description in the interface language's reading order, '' when it has none. */
export function propertyDescription(property: Property | undefined, uiLanguage = 'en'): string {
  return localName(property?.description, uiLanguage)
}
