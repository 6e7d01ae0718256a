/**
 * Plain names for the fields a version changed (the same names main's messages use), and values
 * cut short for the history list. The words come from a `Words` lookup, so that the interface
 * language names them (`useFieldWords`); English by default.
 */
import { useTranslation } from 'react-i18next'
import { FIELD_LABELS } from '@shared/field-labels'

/** What a field, a value and a yes/no are called in the interface language. */
export interface Words {
  field: (key: string) => string
  /** A status or rank value at `path`; undefined when the path has no such labels. */
  value: (path: string, value: string) => string | undefined
  yesNo: (value: boolean) => string
  record: string
}

/** Curation states and ranks as the forms name them. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  '/status': { draft: 'Draft', 'in-review': 'In review', approved: 'Approved' },
  '/rank': { preferred: 'Preferred', normal: 'Normal', deprecated: 'Deprecated' },
}

const ENGLISH: Words = {
  field: (key) => FIELD_LABELS[key] ?? key,
  value: (path, value) => (VALUE_LABELS[path] ? (VALUE_LABELS[path][value] ?? value) : undefined),
  yesNo: (value) => (value ? 'Yes' : 'No'),
  record: 'Record',
}

/** Maps whose keys are language tags: `/name/zh` is "Name (zh)". */
const LANGUAGE_MAPS = new Set(['name', 'description', 'label'])

function unescape(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}

/** `/name/en` is "Name (en)", `/location/latitude` "Location › Latitude", `/value/amount` "Value › Amount". */
export function fieldLabel(pointer: string, words: Words = ENGLISH): string {
  const segments = pointer.split('/').slice(1).map(unescape)
  if (segments.length === 0) return words.record
  const parts: string[] = []
  segments.forEach((segment, index) => {
    const parent = segments[index - 1]
    if (parent && LANGUAGE_MAPS.has(parent)) parts[parts.length - 1] += ` (${segment})`
    else if (/^\d+$/.test(segment)) parts[parts.length - 1] += ` ${Number(segment) + 1}`
    else parts.push(words.field(segment))
  })
  return parts.join(' › ')
}

const MAX_LENGTH = 80

function plain(value: unknown, words: Words): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return words.yesNo(value)
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map((inner) => plain(inner, words)).join(', ')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${words.field(key)}: ${plain(inner, words)}`)
      .join('; ')
  }
  return String(value)
}

/** A value as one short line, and the whole of it for a tooltip; empty when there was none. */
export function shortValue(
  value: unknown,
  path = '',
  words: Words = ENGLISH,
): { text: string; full: string } {
  const label = typeof value === 'string' ? words.value(path, value) : undefined
  const full = label ?? plain(value, words)
  const text = full.length > MAX_LENGTH ? `${full.slice(0, MAX_LENGTH - 1)}…` : full
  return { text, full }
}

/** `fieldLabel` and `shortValue` in the interface language. */
export function useFieldWords() {
  const { t } = useTranslation(['fields', 'labels'])
  const words: Words = {
    field: (key) => (FIELD_LABELS[key] ? t(`field.${key}`, { defaultValue: FIELD_LABELS[key] }) : key),
    value: (path, value) => {
      if (path === '/status') return t(`labels:status.${value}`, { defaultValue: value })
      if (path === '/rank') return t(`labels:rank.${value}`, { defaultValue: value })
      return undefined
    },
    yesNo: (value) => t(value ? 'labels:yesNo.yes' : 'labels:yesNo.no'),
    record: t('record'),
  }
  return {
    fieldLabel: (pointer: string) => fieldLabel(pointer, words),
    shortValue: (value: unknown, path = '') => shortValue(value, path, words),
  }
}
