import type { Source, Value } from '@shared/domain'

/** A Wikibase time without its `+` for years of the common era: `2024-06-11`, `1985`, `-0221`. */
export function timeText(time: string): string {
  return time.startsWith('+') ? time.slice(1) : time
}

/** A typed value in one short text, as qualifier cells and QuickStatements previews show it. */
export function valueText(value: Value, unitFallback?: string): string {
  switch (value.type) {
    case 'quantity': {
      const unit = value.unit ?? unitFallback
      return unit ? `${value.amount} ${unit}` : String(value.amount)
    }
    case 'time':
      return timeText(value.time)
    case 'item':
      return value.item.kind === 'site' ? value.item.id : value.item.code
    case 'url':
      return value.url
    case 'string':
      return value.text
    case 'monolingual':
      return `${value.text}@${value.language}`
  }
}

type CslDate = NonNullable<Source['issued']>

/** A CSL date as ISO 8601 text: `2024-06-12`, `2016/2017` for a range, or its literal. */
export function cslDateText(date: CslDate | undefined): string | undefined {
  if (!date) return undefined
  if (date['date-parts']) {
    return date['date-parts']
      .map((parts) =>
        parts.map((n, i) => (i === 0 ? String(n).padStart(4, '0') : String(n).padStart(2, '0'))).join('-'),
      )
      .join('/')
  }
  return date.literal
}

type CslName = NonNullable<Source['author']>[number]

/** `Family, Given`, or the literal name of an institution. */
export function nameText(name: CslName): string {
  if (name.literal) return name.literal
  return name.given ? `${name.family ?? ''}, ${name.given}` : (name.family ?? '')
}
