import type { FieldChange } from '@shared/domain'
import { escapePointer } from '@shared/field-labels'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * The fields that differ between two versions of a record, as JSON pointers. Objects are
 * compared key by key; arrays and scalars as wholes (a changed criteria list is one change).
 */
export function diffFields(before: unknown, after: unknown, base = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((key) => diffFields(before[key], after[key], `${base}/${escapePointer(key)}`))
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const change: FieldChange = { path: base }
  if (before !== undefined) change.before = before
  if (after !== undefined) change.after = after
  return [change]
}
