import type { Source } from '@shared/domain'
import { htmlToPlainText } from './html'

/** Something a source could not hold, or holds changed: the file's field and what happened. */
export interface CslLoss {
  field: string
  reason: string
}

type CslName = NonNullable<Source['author']>[number]
type CslDate = NonNullable<Source['issued']>

/**
 * How a text is kept: CSL-JSON `verbatim` (markup and whitespace as written); from citation-js
 * (BibTeX, RIS), titles as `plain` text (their markup is citation-js's), other texts `trimmed`
 * (a note keeps its line breaks).
 */
export type TextMode = 'verbatim' | 'trimmed' | 'plain'

/** A text as the source keeps it (a number becomes its text); nothing for an empty one. */
export function textValue(value: unknown, mode: TextMode): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string' || value.trim() === '') return undefined
  return mode === 'verbatim' ? value : mode === 'plain' ? htmlToPlainText(value) : value.trim()
}

const NAME_TEXT = [
  'family',
  'given',
  'literal',
  'dropping-particle',
  'non-dropping-particle',
  'suffix',
] as const
const NAME_FLAGS = ['comma-suffix', 'static-ordering', 'parse-names'] as const

/** A CSL name with every part CSL has; parts it does not know are losses. */
export function nameValue(
  value: unknown,
  field: string,
  mode: TextMode,
  losses: CslLoss[],
): CslName | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    losses.push({ field, reason: 'a name that is not a CSL name object was left out' })
    return undefined
  }
  const name: Record<string, unknown> = {}
  for (const [key, part] of Object.entries(value)) {
    if ((NAME_TEXT as readonly string[]).includes(key)) {
      const text = textValue(part, mode)
      if (text !== undefined) name[key] = text
    } else if ((NAME_FLAGS as readonly string[]).includes(key)) {
      if (['string', 'number', 'boolean'].includes(typeof part)) name[key] = part
    } else if (!key.startsWith('_'))
      losses.push({ field: `${field}.${key}`, reason: 'not a part of a CSL name' })
  }
  if (name.family === undefined && name.literal === undefined && name.given === undefined) {
    losses.push({ field, reason: 'a name with no family, given or literal part was left out' })
    return undefined
  }
  return name as CslName
}

/** A date part as an integer: CSL-JSON allows `"2020"` as well as `2020`. */
function datePart(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined
}

/**
 * A CSL date with all CSL gives: date-parts (a range as two parts; months 21-24 are seasons),
 * season, circa, literal and raw. Parts that cannot be read are losses.
 */
export function dateValue(value: unknown, field: string, losses: CslLoss[]): CslDate | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const raw = typeof value === 'string' && value.trim() !== '' ? value : undefined
    if (raw) return { raw }
    losses.push({ field, reason: 'not a CSL date' })
    return undefined
  }
  const date: Record<string, unknown> = {}
  for (const [key, part] of Object.entries(value)) {
    if (key === 'date-parts') {
      const parts = Array.isArray(part) ? part : []
      const read = parts.map((p) => (Array.isArray(p) ? p.map(datePart) : []))
      const whole = read.every((p) => p.length >= 1 && p.length <= 3 && p.every((n) => n !== undefined))
      if (read.length >= 1 && read.length <= 2 && whole) date['date-parts'] = read
      else
        losses.push({
          field: `${field}.date-parts`,
          reason: 'not one or two lists of up to three whole numbers',
        })
    } else if (key === 'season' && (typeof part === 'string' || Number.isInteger(part))) date.season = part
    else if (key === 'circa' && ['string', 'number', 'boolean'].includes(typeof part)) date.circa = part
    else if ((key === 'literal' || key === 'raw') && typeof part === 'string' && part.trim() !== '')
      date[key] = part
    else if (!key.startsWith('_'))
      losses.push({ field: `${field}.${key}`, reason: 'not a part of a CSL date' })
  }
  if (date['date-parts'] === undefined && date.literal === undefined && date.raw === undefined) {
    if (Object.keys(date).length > 0 || Object.keys(value).length > 0)
      losses.push({ field, reason: 'a date with no date-parts, literal or raw text was left out' })
    return undefined
  }
  return date as CslDate
}
