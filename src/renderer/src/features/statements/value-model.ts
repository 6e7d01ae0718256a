import type { Property, Value } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import { DATE_FORMAT_HINT, parseDateText, toWikibaseTime, wikibaseTimeText } from '@renderer/lib/dates'
import { numberOrText } from '../sites/site-model'

export type Datatype = Property['datatype']

/** A value as the form edits it: one slot per datatype, so switching property loses nothing. */
export interface ValueFormValues {
  amount: number | string
  unit: string
  date: string
  text: string
  language: string
  url: string
  itemKind: 'site' | 'country'
  itemSiteId: string | null
  itemCountry: string
}

export function valueFormValues(value: Value | undefined): ValueFormValues {
  const form: ValueFormValues = {
    amount: '',
    unit: '',
    date: '',
    text: '',
    language: '',
    url: '',
    itemKind: 'site',
    itemSiteId: null,
    itemCountry: '',
  }
  switch (value?.type) {
    case 'quantity':
      return { ...form, amount: value.amount, unit: value.unit ?? '' }
    case 'time':
      return { ...form, date: wikibaseTimeText(value.time) }
    case 'string':
      return { ...form, text: value.text }
    case 'monolingual':
      return { ...form, text: value.text, language: value.language }
    case 'url':
      return { ...form, url: value.url }
    case 'item':
      return value.item.kind === 'site'
        ? { ...form, itemKind: 'site', itemSiteId: value.item.id }
        : { ...form, itemKind: 'country', itemCountry: value.item.code }
    default:
      return form
  }
}

/**
 * The value to save for a property's datatype. Only what the renderer can read is checked here
 * (a date that is not a date); everything else is main's to validate, under the same paths.
 */
export function valueFromForm(
  form: ValueFormValues,
  datatype: Datatype | undefined,
  path: string,
  issues: ValidationIssue[],
): Value | undefined {
  switch (datatype) {
    case 'quantity': {
      const amount = numberOrText(form.amount)
      const value: Record<string, unknown> = { type: 'quantity', amount }
      if (amount === undefined) delete value.amount
      if (form.unit.trim()) value.unit = form.unit.trim()
      return value as unknown as Value
    }
    case 'time': {
      const text = form.date.trim()
      if (!text) return { type: 'time' } as Value
      const parts = parseDateText(text)
      if (!parts) {
        issues.push({
          path: `${path}/time`,
          message: `Write the date as ${DATE_FORMAT_HINT}, with a leading minus for BCE.`,
          rule: 'date-text-bce',
          params: { hint: DATE_FORMAT_HINT },
          severity: 'error',
        })
        return undefined
      }
      return { type: 'time', ...toWikibaseTime(parts) }
    }
    case 'string':
      return { type: 'string', text: form.text.trim() }
    case 'monolingual':
      return { type: 'monolingual', text: form.text.trim(), language: form.language.trim() }
    case 'url':
      return { type: 'url', url: form.url.trim() }
    case 'item':
      return form.itemKind === 'site'
        ? ({ type: 'item', item: { kind: 'site', id: form.itemSiteId ?? '' } } as Value)
        : { type: 'item', item: { kind: 'country', code: form.itemCountry.trim().toUpperCase() } }
    default:
      return undefined
  }
}

/** The pointers under a value that its input shows. */
export function valuePaths(base: string): string[] {
  return ['', '/type', '/amount', '/unit', '/time', '/precision', '/text', '/language', '/url', '/item'].map(
    (suffix) => `${base}${suffix}`,
  )
}
