import type { Source } from '../../../shared/domain'
import { htmlToPlainText } from './html'

/** CSL types our schema has; any other is mapped to the nearest of these. */
const ALLOWED = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'dataset',
  'document',
  'entry-encyclopedia',
  'map',
  'paper-conference',
  'report',
  'speech',
  'thesis',
  'webpage',
])
const NEAREST: Record<string, Source['type']> = {
  entry: 'entry-encyclopedia',
  'entry-dictionary': 'entry-encyclopedia',
  post: 'webpage',
  'post-weblog': 'webpage',
  software: 'dataset',
  collection: 'book',
  pamphlet: 'book',
  classic: 'book',
  periodical: 'article-journal',
  review: 'article-journal',
  'review-book': 'article-journal',
  interview: 'article',
  broadcast: 'speech',
  performance: 'speech',
  presentation: 'speech',
  event: 'paper-conference',
  standard: 'report',
  regulation: 'report',
  legislation: 'document',
  bill: 'document',
  treaty: 'document',
  legal_case: 'document',
  patent: 'document',
  manuscript: 'document',
  personal_communication: 'document',
  letter: 'document',
  figure: 'document',
  graphic: 'document',
  musical_score: 'document',
  song: 'document',
  motion_picture: 'document',
}

/** A CSL type in our enum: itself, its nearest allowed type, or `document`. */
export function mapCslType(type: unknown): Source['type'] {
  const t = typeof type === 'string' ? type : ''
  return ALLOWED.has(t) ? (t as Source['type']) : (NEAREST[t] ?? 'document')
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  american: 'en',
  british: 'en',
  chinese: 'zh',
  french: 'fr',
  german: 'de',
  ngerman: 'de',
  italian: 'it',
  spanish: 'es',
  portuguese: 'pt',
  russian: 'ru',
  japanese: 'ja',
  korean: 'ko',
  arabic: 'ar',
  dutch: 'nl',
  polish: 'pl',
  swedish: 'sv',
  czech: 'cs',
  greek: 'el',
  turkish: 'tr',
}

/** A BCP 47 tag from what citation files write (`en-US`, `english`, `Italian`), or undefined. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const v = value.trim()
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(v)) {
    const [base = '', ...rest] = v.split('-')
    return [base.toLowerCase(), ...rest].join('-')
  }
  return LANGUAGE_NAMES[v.toLowerCase()]
}

const text = (value: unknown): string | undefined => {
  const v = Array.isArray(value) ? value[0] : value
  if (typeof v === 'number') return String(v)
  if (typeof v !== 'string') return undefined
  const t = htmlToPlainText(v)
  return t === '' ? undefined : t
}

function name(n: Record<string, unknown>): NonNullable<Source['author']>[number] | undefined {
  const literal = text(n.literal)
  if (literal) return { literal }
  const family = [text(n['non-dropping-particle']), text(n.family)].filter(Boolean).join(' ')
  const given = [text(n.given), text(n['dropping-particle'])].filter(Boolean).join(' ')
  const suffix = text(n.suffix)
  const givenFull = suffix ? `${given}, ${suffix}` : given
  if (family) return givenFull ? { family, given: givenFull } : { family }
  return givenFull ? { literal: givenFull } : undefined
}

function date(value: unknown): Source['issued'] | undefined {
  if (!value || typeof value !== 'object') return undefined
  const d = value as Record<string, unknown>
  const parts = Array.isArray(d['date-parts'])
    ? (d['date-parts'] as unknown[][])
        .map((p) => (Array.isArray(p) ? p.map(Number).filter(Number.isInteger).slice(0, 3) : []))
        .filter((p) => p.length > 0)
    : []
  if (parts.length > 0) return { 'date-parts': parts.slice(0, 2) }
  const literal = text(d.literal) ?? text(d.raw)
  return literal ? { literal } : undefined
}

const KEPT = new Set([
  'id',
  'citation-key',
  'type',
  'title',
  'title-short',
  'container-title',
  'publisher',
  'publisher-place',
  'author',
  'issued',
  'accessed',
  'URL',
  'DOI',
  'ISBN',
  'page',
  'language',
  'note',
  '_graph',
])

/** The fields of a Source a CSL item gives, and what could not be kept. */
export function cslToSource(item: Record<string, unknown>): { fields: Partial<Source>; warnings: string[] } {
  const warnings: string[] = []
  const fields: Partial<Source> = { type: mapCslType(item.type) }
  if (typeof item.type === 'string' && item.type !== fields.type)
    warnings.push(`Type “${item.type}” is not one of ours: imported as “${fields.type}”.`)
  const title = text(item.title) ?? text(item['title-short'])
  if (title) fields.title = title
  for (const key of ['container-title', 'publisher', 'publisher-place', 'ISBN', 'page', 'note'] as const) {
    const v = text(item[key])
    if (v) fields[key] = v
  }
  const authors = Array.isArray(item.author)
    ? (item.author as Record<string, unknown>[]).map(name).filter((n) => n !== undefined)
    : []
  if (authors.length > 0) fields.author = authors
  const issued = date(item.issued)
  if (issued) fields.issued = issued
  const accessed = date(item.accessed)
  if (accessed) fields.accessed = accessed
  const url = text(item.URL)
  if (url && /^https?:\/\/\S+$/i.test(url)) fields.URL = url
  else if (url) warnings.push(`URL “${url}” is not a web address: left out.`)
  const doi = text(item.DOI)?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
  if (doi && /^10\.[0-9]{4,9}\/\S+$/.test(doi)) fields.DOI = doi
  else if (doi) warnings.push(`DOI “${doi}” is not a DOI: left out.`)
  const language = languageTag(item.language)
  if (language) fields.language = language
  else if (item.language !== undefined)
    warnings.push(`Language “${String(item.language)}” is not a language tag: left out.`)
  const dropped = Object.keys(item).filter((k) => !KEPT.has(k) && !k.startsWith('_'))
  if (dropped.length > 0) warnings.push(`Not kept (a source has no field for them): ${dropped.join(', ')}.`)
  return { fields, warnings }
}
