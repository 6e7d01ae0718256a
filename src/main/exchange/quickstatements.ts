import type { Property, Reference, Site, Source, Statement, Value } from '@shared/domain'
import type { Collections } from '../dataset/read-dataset'
import { COUNTRY_ITEMS } from './wikidata/country-items'

/** Wikidata items for the units a curator is likely to write. */
const UNIT_ITEMS: Record<string, string> = {
  hectare: 'Q35852',
  ha: 'Q35852',
  'square kilometre': 'Q712226',
  km2: 'Q712226',
  metre: 'Q11573',
  meter: 'Q11573',
  m: 'Q11573',
  kilometre: 'Q828224',
  km: 'Q828224',
  year: 'Q577',
}

const PRECISION = { year: 9, month: 10, day: 11 } as const

/**
 * A QuickStatements string: quoted; tabs and line breaks would end the command, so they become
 * spaces. A `"` inside is kept as it is: QuickStatements V1 takes everything between the first
 * and the last quote of the value (a backslash before it would be written into Wikidata too).
 */
const quoted = (text: string) => `"${text.replace(/[\t\r\n]+/g, ' ')}"`

/** Wikibase time `+2024-06-11` with precision `day` → `+2024-06-11T00:00:00Z/11`. */
export function qsTime(time: string, precision: keyof typeof PRECISION): string {
  const [sign, rest] = [time[0], time.slice(1)]
  const [year = '0', month = '00', day = '00'] = rest.split('-')
  return `${sign}${year}-${month}-${day}T00:00:00Z/${PRECISION[precision]}`
}

function cslTime(date: Source['issued']): string | undefined {
  const parts = date?.['date-parts']?.[0]
  if (!parts || parts[0] === undefined) return undefined
  const [y, m, d] = parts
  const pad = (n: number) => String(n).padStart(2, '0')
  const sign = y < 0 ? '-' : '+'
  const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year'
  return qsTime(`${sign}${String(Math.abs(y)).padStart(4, '0')}-${pad(m ?? 0)}-${pad(d ?? 0)}`, precision)
}

type Lookup = { site: Map<string, Site>; property: Map<string, Property>; source: Map<string, Source> }

/** A value in QuickStatements V1 form, or why it cannot be written. */
function qsValue(value: Value, property: Property | undefined, lookup: Lookup): string | { reason: string } {
  switch (value.type) {
    case 'string':
      return quoted(value.text)
    case 'url':
      return quoted(value.url)
    case 'monolingual':
      return `${value.language}:${quoted(value.text)}`
    case 'time':
      return qsTime(value.time, value.precision)
    case 'quantity': {
      const unit = value.unit ?? property?.unit
      if (!unit) return String(value.amount)
      const item = UNIT_ITEMS[unit.toLowerCase()]
      return item
        ? `${value.amount}U${item.slice(1)}`
        : { reason: `the unit “${unit}” has no Wikidata item here` }
    }
    case 'item': {
      if (value.item.kind === 'country')
        return (
          COUNTRY_ITEMS[value.item.code] ?? {
            reason: `country ${value.item.code} has no Wikidata item in the table`,
          }
        )
      const q = lookup.site.get(value.item.id)?.wikidataId
      return q ?? { reason: `site “${value.item.id}” has no Wikidata item id` }
    }
  }
}

/** One reference as S-prefixed source properties: URL, title, date, retrieved, quote, page or section. */
function referencePairs(reference: Reference, lookup: Lookup): string[] {
  const source = lookup.source.get(reference.source)
  if (!source) return []
  const pairs: string[] = []
  const language = source.language?.split('-')[0] ?? 'und'
  if (source.URL) pairs.push('S854', quoted(source.URL))
  else pairs.push('S1476', `${language}:${quoted(source.title)}`)
  const published = cslTime(source.issued)
  if (published) pairs.push('S577', published)
  const retrieved = cslTime(source.accessed)
  if (retrieved) pairs.push('S813', retrieved)
  if (reference.quote) pairs.push('S1683', `${language}:${quoted(reference.quote)}`)
  if (reference.locator?.label === 'page') pairs.push('S304', quoted(reference.locator.value))
  else if (reference.locator)
    pairs.push('S958', quoted(`${reference.locator.label} ${reference.locator.value}`))
  return pairs
}

export interface QuickStatementsResult {
  text: string
  commands: number
  /** Statements that yield at least one command. */
  statements: number
  /** Statements that could not be written, and why. */
  skipped: { id: string; reason: string }[]
}

/**
 * QuickStatements V1 (tab-separated) for the sites that carry a Wikidata item id and for
 * countries (their items from country-items.ts): each statement
 * whose property maps to a Wikidata property, with its qualifiers and EVERY reference. V1 takes
 * one reference per command, so a statement with three references is three commands with the
 * same claim, which QuickStatements merges into one claim with three references.
 */
export function quickStatements(records: Collections): QuickStatementsResult {
  const lookup: Lookup = {
    site: new Map(records.site.map((s) => [s.id, s])),
    property: new Map(records.property.map((p) => [p.id, p])),
    source: new Map(records.source.map((s) => [s.id, s])),
  }
  const lines: string[] = []
  const skipped: QuickStatementsResult['skipped'] = []
  let written = 0
  const statements = [...records.statement].sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const s of statements as Statement[]) {
    const item =
      s.subject.kind === 'site' ? lookup.site.get(s.subject.id)?.wikidataId : COUNTRY_ITEMS[s.subject.code]
    if (!item) {
      skipped.push({
        id: s.id,
        reason:
          s.subject.kind === 'site'
            ? `its site “${s.subject.id}” has no Wikidata item`
            : `country ${s.subject.code} has no Wikidata item in the table`,
      })
      continue
    }
    if (s.rank === 'deprecated') {
      skipped.push({ id: s.id, reason: 'deprecated: QuickStatements V1 cannot set a rank' })
      continue
    }
    const property = lookup.property.get(s.property)
    if (!property?.wikidataProperty) {
      skipped.push({ id: s.id, reason: `property “${s.property}” has no Wikidata property` })
      continue
    }
    const value = qsValue(s.value, property, lookup)
    if (typeof value !== 'string') {
      skipped.push({ id: s.id, reason: value.reason })
      continue
    }
    const claim = [item, property.wikidataProperty, value]
    for (const q of s.qualifiers) {
      const qp = lookup.property.get(q.property)
      const qv = qsValue(q.value, qp, lookup)
      if (!qp?.wikidataProperty || typeof qv !== 'string') {
        skipped.push({
          id: s.id,
          reason: `qualifier “${q.property}” left out: ${typeof qv === 'string' ? 'no Wikidata property' : qv.reason}`,
        })
        continue
      }
      claim.push(qp.wikidataProperty, qv)
    }
    written += 1
    if (s.references.length === 0) lines.push(claim.join('\t'))
    for (const reference of s.references)
      lines.push([...claim, ...referencePairs(reference, lookup)].join('\t'))
  }
  return { text: lines.map((l) => `${l}\n`).join(''), commands: lines.length, statements: written, skipped }
}
