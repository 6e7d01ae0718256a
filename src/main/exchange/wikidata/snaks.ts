import type { Value } from '@shared/domain'
import { COUNTRY_ITEMS } from './country-items'

/** The parts of Wikidata's entity JSON (Special:EntityData/Q….json) that an import reads. */
export interface Snak {
  snaktype?: string
  property?: string
  datatype?: string
  datavalue?: { type?: string; value?: unknown }
}

export interface Claim {
  mainsnak?: Snak
  qualifiers?: Record<string, Snak[]>
  references?: { snaks?: Record<string, Snak[]> }[]
  rank?: string
}

export interface Entity {
  id: string
  type?: string
  modified?: string
  labels?: Record<string, { language?: string; value?: string }>
  claims?: Record<string, Claim[]>
}

const ITEM_OF_COUNTRY = new Map(Object.entries(COUNTRY_ITEMS).map(([code, item]) => [item, code]))

/** The ISO code of a country item (`Q148` → `CN`), from the same table QuickStatements writes with. */
export const countryOfItem = (item: string) => ITEM_OF_COUNTRY.get(item)

const ENTITY = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9][0-9]*)$/

/** Wikidata items of the units a curator is likely to meet, and the unit names the dataset writes. */
const UNITS: Record<string, string> = {
  Q35852: 'hectare',
  Q712226: 'square kilometre',
  Q11573: 'metre',
  Q828224: 'kilometre',
  Q577: 'year',
}

/** A snak's item id (`Q9259`), if it names an item. */
export function itemOf(snak: Snak | undefined): string | undefined {
  const v = snak?.datavalue?.value as { id?: unknown } | undefined
  return typeof v?.id === 'string' ? v.id : undefined
}

/** A Wikibase time as the dataset writes it (`+1987`, `+1987-06`, `+1987-06-11`), or why not. */
export function timeOf(
  snak: Snak | undefined,
): { time: string; precision: 'year' | 'month' | 'day' } | string {
  const v = snak?.datavalue?.value as { time?: unknown; precision?: unknown } | undefined
  const match = typeof v?.time === 'string' ? /^([+-]\d{4,})-(\d\d)-(\d\d)T/.exec(v.time) : null
  const precision = { 9: 'year', 10: 'month', 11: 'day' }[Number(v?.precision)] as
    'year' | 'month' | 'day' | undefined
  if (!match || !precision) return 'a time coarser than a year (a decade, a century) or not a time'
  const [, year = '', month = '', day = ''] = match
  const time =
    precision === 'year' ? year : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`
  return { time, precision }
}

/** The year of a time snak, when it has one (`+1987-06` → 1987). */
export function yearOf(snak: Snak | undefined): number | undefined {
  const t = timeOf(snak)
  return typeof t === 'string' ? undefined : Number(/^[+-]\d+/.exec(t.time)?.[0])
}

/**
 * A snak's value as a statement value of the dataset, or why it cannot be one: items only as
 * countries (from the table) or as sites the dataset links to that item.
 */
export function valueOf(snak: Snak, siteOfItem: (item: string) => string | undefined): Value | string {
  if (snak.snaktype !== 'value') return `a ${snak.snaktype ?? 'missing'} value (no value or unknown)`
  const v = snak.datavalue?.value
  switch (snak.datavalue?.type) {
    case 'string':
      if (snak.datatype === 'url') return { type: 'url', url: String(v) }
      return typeof v === 'string' && v !== '' ? { type: 'string', text: v } : 'an empty text'
    case 'monolingualtext': {
      const m = v as { text?: string; language?: string }
      return m.text && m.language
        ? { type: 'monolingual', text: m.text, language: m.language }
        : 'an empty text'
    }
    case 'time': {
      const t = timeOf(snak)
      return typeof t === 'string' ? t : { type: 'time', ...t }
    }
    case 'quantity': {
      const q = v as { amount?: string; unit?: string }
      const amount = Number(q.amount)
      if (!Number.isFinite(amount)) return 'not a number'
      if (!q.unit || q.unit === '1') return { type: 'quantity', amount }
      const unit = UNITS[ENTITY.exec(q.unit)?.[1] ?? '']
      return unit ? { type: 'quantity', amount, unit } : `its unit ${q.unit} is not one the dataset names`
    }
    case 'wikibase-entityid': {
      const item = itemOf(snak) ?? ''
      const code = countryOfItem(item)
      if (code) return { type: 'item', item: { kind: 'country', code } }
      const site = siteOfItem(item)
      return site
        ? { type: 'item', item: { kind: 'site', id: site } }
        : `item ${item} is neither a country nor a site of the dataset`
    }
    default:
      return `a ${snak.datatype ?? snak.datavalue?.type ?? 'value'} the dataset has no type for`
  }
}
