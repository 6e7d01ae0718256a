import type { ItemRef, Property, RecordOf, Value } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { normalizeUrl } from '@shared/identifiers'
import type { RecordLookup } from '../integrity'

/**
 * The form in which two statement values count as the same value: a URL whatever the case of
 * its host, a quantity with its unit (the property's default when it has none).
 */
export function valueKey(value: Value, property: Property | undefined): string {
  switch (value.type) {
    case 'string':
      return `s\u0000${value.text.trim()}`
    case 'url':
      return `u\u0000${normalizeUrl(value.url)}`
    case 'monolingual':
      return `m\u0000${value.language}\u0000${value.text.trim()}`
    case 'quantity':
      return `q\u0000${value.amount}\u0000${value.unit ?? property?.unit ?? ''}`
    case 'time':
      return `t\u0000${value.time}\u0000${value.precision}`
    case 'item':
      return `i\u0000${subjectKey(value.item)}`
  }
}

/** One key per subject: a site by id, a country by code. */
export function subjectKey(subject: ItemRef): string {
  return subject.kind === 'site' ? `site\u0000${subject.id}` : `country\u0000${subject.code}`
}

function text(map: Record<string, string> | undefined, fallback: string): string {
  return (map && (map.en ?? Object.values(map)[0])) ?? fallback
}

/** What a message calls a site or a country: the site's name (English first), the country's code. */
export function itemText(item: ItemRef, lookup: RecordLookup): string {
  return item.kind === 'country' ? item.code : text(lookup.get('site', item.id)?.name, item.id)
}

/** A value in a short form for a message: "57", "2024-06-11", "Mogao Caves", "https://...". */
export function valueText(value: Value, lookup: RecordLookup): string {
  switch (value.type) {
    case 'quantity':
      return value.unit ? `${value.amount} ${value.unit}` : String(value.amount)
    case 'time':
      return value.time.startsWith('-') ? `${value.time.slice(1)} BCE` : value.time.slice(1)
    case 'item':
      return itemText(value.item, lookup)
    case 'url':
      return value.url
    case 'string':
    case 'monolingual':
      return value.text
  }
}

/** A property as messages name it: its English label, else its first, else its id. */
export function propertyText(property: Property | undefined, id: string): string {
  return text(property?.label, id)
}

/** What the interface calls another record an issue names: a site's name, a source's title. */
export function recordText(kind: RecordKind, record: RecordOf[RecordKind], lookup: RecordLookup): string {
  if (kind === 'site') return text((record as RecordOf['site']).name, record.id)
  if (kind === 'source') return (record as RecordOf['source']).title
  if (kind === 'property') return propertyText(record as RecordOf['property'], record.id)
  return itemText((record as RecordOf['statement']).subject, lookup)
}
