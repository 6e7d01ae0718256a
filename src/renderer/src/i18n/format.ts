import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Intl's name for the interface language: 'zh-Hans' formats as Simplified Chinese. */
export function localeTag(language: string): string {
  return language === 'zh-Hans' ? 'zh-Hans-CN' : 'en-GB'
}

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
]

/** "5 minutes ago" / "5分钟前": the gap between two instants in the largest unit that fits. */
export function relativeTime(at: Date, now: Date, tag: string): string {
  let amount = (at.getTime() - now.getTime()) / 1000
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(amount) < size) {
      return new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(Math.round(amount), unit)
    }
    amount /= size
  }
  return at.toLocaleDateString(tag)
}

function parse(value: Date | string): Date | null {
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? null : at
}

/** Numbers and dates in the interface language's way ("1,223" / "1,223"; "29 Nov 2026" / "2026年11月29日"). */
export function useFormat() {
  const { i18n } = useTranslation()
  const tag = localeTag(i18n.language)
  // The same object until the language changes, so that memoized rows and columns can depend on it.
  return useMemo(() => formatOf(tag), [tag])
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** One formatter per language: toLocaleString builds a new one at each call (the facet counts make hundreds). */
function plainNumber(value: number, tag: string): string {
  let format = numberFormats.get(tag)
  if (!format) {
    format = new Intl.NumberFormat(tag)
    numberFormats.set(tag, format)
  }
  return format.format(value)
}

function formatOf(tag: string) {
  return {
    tag,
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      options ? value.toLocaleString(tag, options) : plainNumber(value, tag),
    date: (value: Date | string) =>
      new Date(value).toLocaleDateString(tag, { year: 'numeric', month: 'short', day: 'numeric' }),
    dateTime: (value: Date | string) =>
      new Date(value).toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short' }),
    percent: (value: number) => value.toLocaleString(tag, { style: 'percent', maximumFractionDigits: 0 }),
    /** An ISO timestamp with its date; the text itself when it is not a time. */
    longWhen: (iso: string) =>
      parse(iso)?.toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short' }) ?? iso,
    /** The time alone when it is today, else date and time. */
    shortWhen: (iso: string, now = new Date()) => {
      const at = parse(iso)
      if (!at) return iso
      return at.toDateString() === now.toDateString()
        ? at.toLocaleTimeString(tag, { timeStyle: 'short' })
        : at.toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short' })
    },
    /** "5 minutes ago" in the interface language. */
    relative: (iso: string, now = new Date()) => {
      const at = parse(iso)
      return at ? relativeTime(at, now, tag) : iso
    },
  }
}

export type Format = ReturnType<typeof formatOf>
