import type { Statement, Value } from '@shared/domain'
import { useTranslation } from 'react-i18next'
import { localeTag } from '../i18n/format'
import { countryName } from './countries'

const PRECISION_PARTS = { year: 1, month: 2, day: 3 } as const

/** A Wikibase time as people read it: `2024-06-11`, `1985`, `221 BCE`. */
export function timeText(
  time: string,
  precision: 'year' | 'month' | 'day' = 'day',
  bce: (text: string) => string = (text) => `${text} BCE`,
): string {
  const parts = time.slice(1).split('-').slice(0, PRECISION_PARTS[precision])
  const [year = '', ...rest] = parts
  const text = [String(Number(year)), ...rest].join('-')
  return time.startsWith('-') ? bce(text) : text
}

/** The language a value is written in: numbers, country names, BCE dates. */
export interface ValueWords {
  language: string
  locale: string
  bce: (text: string) => string
  /** A unit as the interface says it ("hectare", "公顷"); an unknown unit stays as the dataset writes it. */
  unit?: (unit: string) => string
}

const ENGLISH: ValueWords = { language: 'en', locale: 'en', bce: (text) => `${text} BCE` }

/** `valueText` in the interface language. */
export function useValueText(): (value: Value) => string {
  const { t, i18n } = useTranslation('statements')
  const words: ValueWords = {
    language: i18n.language,
    locale: localeTag(i18n.language),
    bce: (year) => t('bce', { year }),
    unit: (unit) => t(`units.${unit}`, { defaultValue: unit }),
  }
  return (value) => valueText(value, words)
}

/**
 * A value in a short human form; a site named as an item is given by its id here (the list
 * that shows it looks its name up).
 */
export function valueText(value: Value, words: ValueWords = ENGLISH): string {
  switch (value.type) {
    case 'quantity': {
      const amount = value.amount.toLocaleString(words.locale, { maximumFractionDigits: 6 })
      return value.unit ? `${amount} ${words.unit?.(value.unit) ?? value.unit}` : amount
    }
    case 'time':
      return timeText(value.time, value.precision, words.bce)
    case 'item':
      return value.item.kind === 'country' ? countryName(value.item.code, words.language) : value.item.id
    case 'url':
      return value.url
    case 'string':
    case 'monolingual':
      return value.text
  }
}

/** Preferred, then normal, then deprecated; within a rank, the older statement first. */
export function byRank(a: Statement, b: Statement): number {
  const order = { preferred: 0, normal: 1, deprecated: 2 }
  return order[a.rank] - order[b.rank] || a.createdAt.localeCompare(b.createdAt)
}

/** The curator's order where they set one (values they placed first), else by rank and age. */
export function byPosition(a: Statement, b: Statement): number {
  if (a.order !== undefined && b.order !== undefined) return a.order - b.order
  if (a.order !== undefined || b.order !== undefined) return a.order !== undefined ? -1 : 1
  return byRank(a, b)
}
