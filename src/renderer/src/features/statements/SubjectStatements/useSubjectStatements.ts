import { useMemo } from 'react'
import { useQueries } from '@tanstack/react-query'
import type { ItemRef, RecordQuery, Statement, StatementRow } from '@shared/domain'
import { useRecordList } from '@renderer/hooks/useRecords'
import { api, recordKeys } from '@renderer/lib/api'
import { byPosition } from '@renderer/lib/value-text'

/** More statements than a site or a country has; the page says so if ever there are more. */
export const SUBJECT_LIMIT = 500

function subjectQuery(subject: ItemRef): RecordQuery {
  return { subject, limit: SUBJECT_LIMIT, sortBy: 'property', sortDirection: 'asc' }
}

/** One property's statements about the subject, in the manner of Wikidata. */
export interface PropertyGroup {
  property: string
  label: string
  /** In the curator's order where set; otherwise preferred first, deprecated last. */
  items: Array<{ row: StatementRow; record?: Statement }>
}

/** How many statements are about a site or a country. */
export function useSubjectStatementCount(subject: ItemRef): number | undefined {
  return useRecordList('statement', subjectQuery(subject)).data?.total
}

/**
 * The statements about a subject, grouped by property: the rows from main's query, and each
 * statement in full (its qualifiers and references) as it loads.
 */
export function useSubjectStatements(subject: ItemRef) {
  const list = useRecordList('statement', subjectQuery(subject))
  const rows = useMemo(() => list.data?.rows ?? [], [list.data])
  const details = useQueries({
    queries: rows.map((row) => ({
      queryKey: recordKeys.detail('statement', row.id),
      queryFn: () => api.getRecord('statement', row.id),
    })),
  })
  const records = details.map((detail) => detail.data)

  // A few dozen statements at most: grouping them on each render costs nothing.
  const byProperty = new Map<string, PropertyGroup>()
  rows.forEach((row, index) => {
    const group = byProperty.get(row.property) ?? {
      property: row.property,
      label: row.propertyLabel,
      items: [],
    }
    group.items.push({ row, record: records[index] })
    byProperty.set(row.property, group)
  })
  for (const group of byProperty.values()) {
    group.items.sort((a, b) => (a.record && b.record ? byPosition(a.record, b.record) : 0))
  }
  const groups = [...byProperty.values()].sort((a, b) => a.label.localeCompare(b.label, 'en'))

  return { list, groups, total: list.data?.total }
}
