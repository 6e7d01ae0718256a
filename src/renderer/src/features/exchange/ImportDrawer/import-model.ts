import type { ImportRow, ImportRowStatus } from '../../../../../shared/exchange'

export const STATUS_ORDER: ImportRowStatus[] = ['new', 'changed', 'unchanged', 'duplicate', 'invalid']

export const ROW_STATUS: Record<ImportRowStatus, { label: string; color: string }> = {
  new: { label: 'New', color: 'blue' },
  changed: { label: 'Changed', color: 'orange' },
  unchanged: { label: 'Unchanged', color: 'gray' },
  duplicate: { label: 'Duplicate', color: 'grape' },
  invalid: { label: 'Invalid', color: 'red' },
}

/** Rows a commit can take: invalid rows never, unchanged ones have nothing to write. */
export function canCommit(row: ImportRow): boolean {
  return row.status === 'new' || row.status === 'changed' || row.status === 'duplicate'
}

/** What main commits when no rows are named: every new and changed row. */
export function defaultSelection(rows: ImportRow[]): Set<string> {
  return new Set(rows.filter((r) => r.status === 'new' || r.status === 'changed').map((r) => r.rowId))
}

/** The table's filter: one status, rows with warnings, or all. */
export type RowFilter = 'all' | ImportRowStatus | 'warnings'

export function matchesFilter(row: ImportRow, filter: RowFilter, search: string): boolean {
  if (filter === 'warnings' ? row.warnings.length === 0 : filter !== 'all' && row.status !== filter)
    return false
  if (!search) return true
  const needle = search.toLowerCase()
  return row.label.toLowerCase().includes(needle) || (row.id ?? '').toLowerCase().includes(needle)
}

export function hasDetails(row: ImportRow): boolean {
  return (
    (row.fields?.length ?? 0) > 0 ||
    row.issues.length > 0 ||
    row.warnings.length > 0 ||
    row.matches !== undefined
  )
}

const MATCHED_BY: Record<NonNullable<ImportRow['matches']>['by'], string> = {
  id: 'the same id',
  unescoId: 'the same UNESCO id',
  doi: 'the same DOI',
  url: 'the same URL',
  'title-year': 'the same title and year',
  file: 'an earlier entry of this file',
}

export function matchText(row: ImportRow): string | null {
  if (!row.matches) return null
  return `Matches ${row.kind} ${row.matches.id} by ${MATCHED_BY[row.matches.by]}.`
}
