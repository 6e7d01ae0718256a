import { createHash } from 'node:crypto'
import { plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import type { Source } from '../../../shared/domain'
import { CuratorError } from '../../dataset/errors'
import type { Candidate } from './candidate'
import { cslToSource } from './csl-source'

export type CitationFormat = 'bibtex' | 'ris' | 'csl-json'

/** RIS files written by hand or by old tools name the type (`TY  - Journal Article`); citation-js wants the code. */
const RIS_TYPE_NAMES: Record<string, string> = {
  'journal article': 'JOUR',
  book: 'BOOK',
  'book section': 'CHAP',
  'conference paper': 'CPAPER',
  'conference proceedings': 'CONF',
  thesis: 'THES',
  report: 'RPRT',
  'web page': 'ELEC',
  dataset: 'DATA',
  map: 'MAP',
  'newspaper article': 'NEWS',
  'magazine article': 'MGZN',
}

function normaliseRis(text: string): string {
  return text.replace(/^TY {2}- ?(.*)$/gm, (line, type: string) => {
    const t = type.trim()
    if (/^[A-Z]{2,6}$/.test(t)) return line
    return `TY  - ${RIS_TYPE_NAMES[t.toLowerCase()] ?? 'GEN'}`
  })
}

/** Parses a citation file to CSL-JSON items with citation-js; a file with no entry is refused. */
export function parseCitations(
  text: string,
  format: CitationFormat,
  name: string,
): Record<string, unknown>[] {
  let items: unknown
  try {
    const body = text.replace(/^\uFEFF/, '')
    if (format === 'csl-json') {
      const json = JSON.parse(body) as unknown
      items = Array.isArray(json) ? json : [json]
    } else {
      const forceType = format === 'bibtex' ? '@biblatex/text' : '@ris/file'
      const input = format === 'ris' ? normaliseRis(body) : body
      items = plugins.input.chain(input, { forceType, generateGraph: false })
    }
  } catch (error) {
    throw new CuratorError(
      'VALIDATION',
      `${name} is not readable ${format.toUpperCase()}: ${(error as Error).message}`,
    )
  }
  const list = (items as unknown[]).filter(
    (i): i is Record<string, unknown> => i !== null && typeof i === 'object' && !Array.isArray(i),
  )
  if (list.length === 0 || list.every((i) => Object.keys(i).length === 0)) {
    throw new CuratorError('VALIDATION', `${name} holds no ${format.toUpperCase()} entry that could be read.`)
  }
  return list
}

/** Lower case, no accents, no punctuation, single spaces: how two spellings of a title meet. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function normaliseUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '')
}

const yearOf = (s: Partial<Source>) => s.issued?.['date-parts']?.[0]?.[0]

/** The keys by which two sources are the same: DOI, URL, normalised title and year. */
function matchKeys(s: Partial<Source>): { by: 'doi' | 'url' | 'title-year'; key: string }[] {
  const keys: { by: 'doi' | 'url' | 'title-year'; key: string }[] = []
  if (s.DOI) keys.push({ by: 'doi', key: s.DOI.toLowerCase() })
  if (s.URL) keys.push({ by: 'url', key: normaliseUrl(s.URL) })
  if (s.title && yearOf(s) !== undefined)
    keys.push({ by: 'title-year', key: `${normaliseTitle(s.title)}|${yearOf(s)}` })
  return keys
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '')
}

function baseId(item: Record<string, unknown>, fields: Partial<Source>): string {
  const key =
    typeof item['citation-key'] === 'string'
      ? item['citation-key']
      : typeof item.id === 'string'
        ? item.id
        : ''
  const fromKey = slug(key)
  if (/^[a-z0-9]/.test(fromKey)) return fromKey
  const family = fields.author?.[0]?.family ?? fields.author?.[0]?.literal
  const fromAuthor = slug([family, yearOf(fields)].filter(Boolean).join(' '))
  if (/^[a-z0-9]/.test(fromAuthor)) return fromAuthor
  return `src-${createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 10)}`
}

/**
 * Citation items as source candidates: ids from citation keys (made unique), types mapped to
 * our enum, and each flagged when it repeats an existing source (or an earlier entry) by DOI,
 * URL, or normalised title and year.
 */
export function citationCandidates(
  items: Record<string, unknown>[],
  existing: Iterable<Source>,
): Candidate[] {
  const known = new Map<string, string>()
  const ids = new Set<string>()
  for (const s of existing) {
    ids.add(s.id)
    for (const k of matchKeys(s)) known.set(`${k.by}:${k.key}`, s.id)
  }
  const fromFile = new Set<string>()
  return items.map((item, index) => {
    const { fields, warnings } = cslToSource(item)
    const base = baseId(item, fields)
    let id = base
    for (let n = 2; ids.has(id); n += 1) id = `${base.slice(0, 60)}-${n}`
    ids.add(id)
    if (!fields.title) {
      fields.title = `Untitled (${base})`
      warnings.push(`The entry has no title: “${fields.title}” was set; correct it before approval.`)
    }
    let duplicateOf: Candidate['duplicateOf']
    for (const k of matchKeys(fields)) {
      const match = known.get(`${k.by}:${k.key}`)
      if (match && !duplicateOf) duplicateOf = { id: match, by: fromFile.has(match) ? 'file' : k.by }
    }
    for (const k of matchKeys(fields)) if (!known.has(`${k.by}:${k.key}`)) known.set(`${k.by}:${k.key}`, id)
    fromFile.add(id)
    const record = { ...fields, id }
    return {
      line: index + 1,
      kind: 'source',
      mode: 'replace',
      record,
      label: fields.title,
      issues: [],
      warnings,
      ...(duplicateOf ? { duplicateOf } : {}),
    }
  })
}
