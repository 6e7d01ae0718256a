import type { Source } from '@shared/domain'
import {
  CSL_DATE_VARIABLES,
  CSL_NAME_VARIABLES,
  CSL_NUMBER_VARIABLES,
  CSL_STRING_VARIABLES,
} from './csl-variables'
import { type CslLoss, dateValue, nameValue, textValue, type TextMode } from './csl-values'

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
function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const v = value.trim()
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(v)) {
    const [base = '', ...rest] = v.split('-')
    return [base.toLowerCase(), ...rest].join('-')
  }
  return LANGUAGE_NAMES[v.toLowerCase()]
}

const NAMES = new Set<string>(CSL_NAME_VARIABLES)
const DATES = new Set<string>(CSL_DATE_VARIABLES)
const NUMBERS = new Set<string>(CSL_NUMBER_VARIABLES)
const STRINGS = new Set<string>(CSL_STRING_VARIABLES)
/** Texts where citation-js may write markup of its own (BibTeX's braces and \\textit). */
const TITLES = new Set([
  'title',
  'title-short',
  'container-title',
  'collection-title',
  'original-title',
  'reviewed-title',
  'volume-title',
  'event-title',
  'part-title',
])
/** Read apart below, or the caller's (`id`, `citation-key` names the record). */
const SPECIAL = new Set(['id', 'type', 'language', 'URL', 'DOI', 'status', 'custom', 'categories'])

interface CslReading {
  fields: Partial<Source>
  warnings: string[]
  /** What the source could not hold, or holds changed, field by field. */
  losses: CslLoss[]
}

type Fields = Record<string, unknown>

/** `language`, `URL`, `DOI`, CSL's `status` (our `status` is the curation status), `custom`, `categories`. */
function special(key: string, value: unknown, fields: Fields, custom: Fields, losses: CslLoss[]) {
  if (key === 'language') {
    const tag = languageTag(value)
    if (tag) fields.language = tag
    if (!tag) losses.push({ field: key, reason: `“${String(value)}” is not a language tag: left out` })
    else if (tag !== value)
      losses.push({ field: key, reason: `“${String(value)}” written as the tag “${tag}”` })
  } else if (key === 'URL') {
    const url = textValue(value, 'verbatim')?.trim()
    if (url && /^https?:\/\/\S+$/i.test(url)) fields.URL = url
    else losses.push({ field: key, reason: `“${String(value)}” is not a web address: left out` })
  } else if (key === 'DOI') {
    const doi = textValue(value, 'verbatim')
      ?.trim()
      .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
    if (doi && /^10\.[0-9]{4,9}\/\S+$/.test(doi)) fields.DOI = doi
    else losses.push({ field: key, reason: `“${String(value)}” is not a DOI: left out` })
    if (doi && doi !== value && fields.DOI)
      losses.push({ field: key, reason: 'the https://doi.org/ prefix is dropped' })
  } else if (key === 'status') {
    const status = textValue(value, 'verbatim')
    if (status) custom['csl-status'] = status
    if (status)
      losses.push({ field: key, reason: 'kept as custom.csl-status: status is the curation status here' })
  } else if (key === 'custom') {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(custom, value)
    else losses.push({ field: key, reason: 'not an object: left out' })
  } else if (key === 'categories') {
    const list = Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : []
    if (list.length > 0) fields.categories = list
    if (!Array.isArray(value) || list.length !== value.length)
      losses.push({ field: key, reason: 'only texts are kept in categories' })
  }
}

/**
 * The fields of a Source a CSL item gives: every CSL variable under its own name (names with
 * their particles and suffix, dates with ranges, seasons, circa and raw text), and what could not
 * be kept or was changed, field by field. `rich`: the item is CSL-JSON as written (texts kept
 * verbatim); otherwise it came through citation-js from BibTeX or RIS.
 */
export function cslToSource(item: Record<string, unknown>, rich = true): CslReading {
  const warnings: string[] = []
  const losses: CslLoss[] = []
  const fields: Fields = { type: mapCslType(item.type) }
  const custom: Fields = {}
  if (typeof item.type === 'string' && item.type !== fields.type) {
    custom['csl-type'] = item.type
    warnings.push(
      `Type “${item.type}” is not one of ours: imported as “${String(fields.type)}” (kept as custom.csl-type).`,
    )
  }
  for (const [key, value] of Object.entries(item)) {
    if (key.startsWith('_') || key === 'id' || key === 'type' || value === undefined || value === null)
      continue
    if (SPECIAL.has(key)) special(key, value, fields, custom, losses)
    else if (NAMES.has(key)) {
      const names = (Array.isArray(value) ? value : [value])
        .map((n) => nameValue(n, key, rich ? 'verbatim' : 'plain', losses))
        .filter((n) => n !== undefined)
      if (names.length > 0) fields[key] = names
    } else if (DATES.has(key)) {
      const date = dateValue(value, key, losses)
      if (date) fields[key] = date
    } else if (NUMBERS.has(key)) {
      if (typeof value === 'number' && Number.isFinite(value)) fields[key] = value
      else if (typeof value === 'string' && value.trim() !== '') fields[key] = rich ? value : value.trim()
      else losses.push({ field: key, reason: 'not a number or a text: left out' })
    } else if (STRINGS.has(key)) {
      const many = Array.isArray(value) ? value : [value]
      const mode: TextMode = rich ? 'verbatim' : TITLES.has(key) ? 'plain' : 'trimmed'
      const text = many.map((v) => textValue(v, mode)).filter((t) => t !== undefined)
      if (text.length > 0) fields[key] = text.join('; ')
      if (many.length > 1) losses.push({ field: key, reason: 'several values joined with “; ”' })
      if (text.length === 0 && !(typeof value === 'string' && value.trim() === ''))
        losses.push({ field: key, reason: 'not a text: left out' })
    } else losses.push({ field: key, reason: 'not a CSL variable: left out' })
  }
  if (Object.keys(custom).length > 0) fields.custom = custom
  if (losses.length > 0)
    warnings.push(`Not kept as written: ${losses.map((l) => `${l.field} (${l.reason})`).join('; ')}.`)
  return { fields: fields as Partial<Source>, warnings, losses }
}
