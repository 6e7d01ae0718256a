/**
 * Dates as curators type them (`2024`, `2024-06`, `2024-06-11`, `-221` for 221 BCE) and as the
 * records store them: CSL date-parts for sources, Wikibase time strings for statements.
 */

export interface DateParts {
  year: number
  month?: number
  day?: number
}

export type TimePrecision = 'year' | 'month' | 'day'

/** The CSL date shape (the generated type cannot express date-parts). */
export interface CslDate {
  'date-parts'?: number[][]
  literal?: string
}

export const DATE_FORMAT_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD'

const DATE_TEXT = /^([+-]?)(\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; proleptic Gregorian, as Wikibase uses.
  const date = new Date(Date.UTC(2000, month, 0))
  date.setUTCFullYear(year, month, 0)
  return date.getUTCDate()
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a leading minus for BCE); null when it is not a date. */
export function parseDateText(text: string): DateParts | null {
  const match = DATE_TEXT.exec(text.trim())
  if (!match) return null
  const [, sign, y, m, d] = match
  const year = Number(y) * (sign === '-' ? -1 : 1)
  if (m === undefined) return { year }
  const month = Number(m)
  if (month < 1 || month > 12) return null
  if (d === undefined) return { year, month }
  const day = Number(d)
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0')
}

/** Writes date parts back as the curator types them: `2024-06-11`, `-221`. */
export function formatDateParts({ year, month, day }: DateParts): string {
  let text = `${year < 0 ? '-' : ''}${year < 0 ? Math.abs(year) : pad(year, 4)}`
  if (month !== undefined) text += `-${pad(month, 2)}`
  if (month !== undefined && day !== undefined) text += `-${pad(day, 2)}`
  return text
}

export function toCslDate(parts: DateParts): CslDate {
  const list = [parts.year]
  if (parts.month !== undefined) list.push(parts.month)
  if (parts.month !== undefined && parts.day !== undefined) list.push(parts.day)
  return { 'date-parts': [list] }
}

/** The text a CSL date is edited as: its first date-parts, else its literal. */
export function cslDateText(date: CslDate | undefined): string {
  const first = date?.['date-parts']?.[0]
  if (first && typeof first[0] === 'number') {
    return formatDateParts({ year: first[0], month: first[1], day: first[2] })
  }
  return date?.literal ?? ''
}

/** `2024-06-11` → `{ time: '+2024-06-11', precision: 'day' }`; `-221` → `-0221`, year. */
export function toWikibaseTime(parts: DateParts): { time: string; precision: TimePrecision } {
  let time = `${parts.year < 0 ? '-' : '+'}${pad(parts.year, 4)}`
  if (parts.month === undefined) return { time, precision: 'year' }
  time += `-${pad(parts.month, 2)}`
  if (parts.day === undefined) return { time, precision: 'month' }
  return { time: `${time}-${pad(parts.day, 2)}`, precision: 'day' }
}

/** The text a Wikibase time is edited as: `+2024-06-11` → `2024-06-11`, `-0221` → `-221`. */
export function wikibaseTimeText(time: string | undefined): string {
  if (!time) return ''
  const parts = parseDateText(time)
  return parts ? formatDateParts(parts) : time
}
