/**
 * Plain names for the fields a version changed (the same names main's messages use), and values
 * cut short for the history list.
 */
import { FIELD_LABELS } from '../../../../shared/field-labels'

/** Maps whose keys are language tags: `/name/zh` is "Name (zh)". */
const LANGUAGE_MAPS = new Set(['name', 'description', 'label'])

function unescape(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}

/** `/name/en` is "Name (en)", `/location/latitude` "Location › Latitude", `/value/amount` "Value › Amount". */
export function fieldLabel(pointer: string): string {
  const segments = pointer.split('/').slice(1).map(unescape)
  if (segments.length === 0) return 'Record'
  const parts: string[] = []
  segments.forEach((segment, index) => {
    const parent = segments[index - 1]
    if (parent && LANGUAGE_MAPS.has(parent)) parts[parts.length - 1] += ` (${segment})`
    else if (/^\d+$/.test(segment)) parts[parts.length - 1] += ` ${Number(segment) + 1}`
    else parts.push(FIELD_LABELS[segment] ?? segment)
  })
  return parts.join(' › ')
}

const MAX_LENGTH = 80

function plain(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(plain).join(', ')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${FIELD_LABELS[key] ?? key}: ${plain(inner)}`)
      .join('; ')
  }
  return String(value)
}

/** Curation states and ranks as the forms name them. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  '/status': { draft: 'Draft', 'in-review': 'In review', approved: 'Approved' },
  '/rank': { preferred: 'Preferred', normal: 'Normal', deprecated: 'Deprecated' },
}

/** A value as one short line, and the whole of it for a tooltip; empty when there was none. */
export function shortValue(value: unknown, path = ''): { text: string; full: string } {
  const labels = VALUE_LABELS[path]
  const full = labels && typeof value === 'string' ? (labels[value] ?? value) : plain(value)
  const text = full.length > MAX_LENGTH ? `${full.slice(0, MAX_LENGTH - 1)}…` : full
  return { text, full }
}
