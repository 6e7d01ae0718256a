import type { TFunction } from 'i18next'
import type { ImportRow, ImportRowStatus } from '@shared/exchange'

export const STATUS_ORDER: ImportRowStatus[] = ['new', 'changed', 'unchanged', 'duplicate', 'invalid']

/** The badge colour of each row status; its words are `importPreview.status.*` (exchange namespace). */
export const STATUS_COLOR: Record<ImportRowStatus, string> = {
  new: 'blue',
  changed: 'orange',
  unchanged: 'gray',
  duplicate: 'grape',
  invalid: 'red',
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

/** "Matches site whc-1 by the same UNESCO id.", in the interface language. */
export function matchText(row: ImportRow, t: TFunction<'exchange'>): string | null {
  if (!row.matches) return null
  return t('importPreview.matches', {
    kind: t(`ref.kindLower.${row.kind}`),
    id: row.matches.id,
    by: t(`importPreview.matchedBy.${row.matches.by}`),
  })
}
