import { createHash } from 'node:crypto'
import { plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import type { Source } from '@shared/domain'
import { CuratorError } from '../../dataset/errors'
import { type Candidate, readIssue } from './candidate'
import { cslToSource } from './csl-source'
import type { CslLoss } from './csl-values'
import { isCslItem, jsonShape, parseImportJson, shapeName } from './json-shape'
import { restoreRisFields } from './ris-extra'
import { isWosPlainText, wosItems } from './wos'

type CitationFormat = 'bibtex' | 'ris' | 'csl-json' | 'wos'

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

/**
 * CSL-JSON: an array of items or one item. A document that is something else (a JSON Schema, a
 * Wikidata entity, an object that is not an item) is refused, naming what it is, rather than
 * imported as one junk source; an array's elements that are not items become refused rows.
 */
function readCslJson(text: string, name: string): unknown[] {
  const json = parseImportJson(text, name)
  const shape = jsonShape(json)
  if (shape === 'wikidata')
    throw new CuratorError(
      'VALIDATION',
      `${name} is a Wikidata entity, not CSL-JSON: import it as Wikidata (format “wikidata”).`,
    )
  if (shape !== 'csl-json') {
    const what = Array.isArray(json) ? 'an array with no CSL item' : shapeName(shape)
    throw new CuratorError(
      'VALIDATION',
      `${name} is ${what}, not CSL-JSON: a CSL-JSON file is an array of items (or one item), each with a CSL “type” such as “book” or “article-journal”.`,
    )
  }
  return Array.isArray(json) ? json : [json]
}

/** Parses a citation file to CSL-JSON items with citation-js; a file with no entry is refused. */
export function parseCitations(text: string, format: CitationFormat, name: string): unknown[] {
  if (format === 'csl-json') return readCslJson(text, name)
  const wos = isWosPlainText(text)
  if (format === 'wos' || wos) {
    if (!wos)
      throw new CuratorError(
        'VALIDATION',
        `${name} is not Web of Science plain text (it starts with no FN/PT tag line).`,
      )
    if (format !== 'wos')
      throw new CuratorError(
        'VALIDATION',
        `${name} is Web of Science plain text, not ${format.toUpperCase()}: import it as Web of Science (format “wos”, detected by itself when no format is given).`,
      )
    const list = wosItems(text)
    if (list.length === 0)
      throw new CuratorError('VALIDATION', `${name} holds no Web of Science record (PT … ER).`)
    return list
  }
  let items: unknown
  try {
    const body = text.replace(/^\uFEFF/, '')
    const forceType = format === 'bibtex' ? '@biblatex/text' : '@ris/file'
    const input = format === 'ris' ? normaliseRis(body) : body
    items = plugins.input.chain(input, { forceType, generateGraph: false })
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
  if (format === 'ris') restoreRisFields(list, normaliseRis(text.replace(/^\uFEFF/, '')))
  return list
}

/** Lower case, no accents, no punctuation, single spaces: how two spellings of a title meet. */
function normaliseTitle(title: string): string {
  return title
    .replace(/<[^>]*>/g, '')
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

/** A file's losses over all its rows, one line per field and reason. */
export function lossSummary(perRow: CslLoss[][]): { field: string; rows: number; reason: string }[] {
  const counts = new Map<string, { field: string; rows: number; reason: string }>()
  for (const losses of perRow)
    for (const { field, reason } of new Map(losses.map((l) => [`${l.field}\u0000${l.reason}`, l])).values()) {
      const key = `${field}\u0000${reason}`
      const entry = counts.get(key) ?? { field, rows: 0, reason }
      entry.rows += 1
      counts.set(key, entry)
    }
  return [...counts.values()].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0))
}

/**
 * Citation items as source candidates: ids from citation keys (made unique), types mapped to
 * our enum, and each flagged when it repeats an existing source (or an earlier entry) by DOI,
 * URL, or normalised title and year. An untitled item is given a title naming its own id, and is
 * matched by DOI and URL only: two untitled items are not the same work.
 */
export function citationCandidates(
  items: unknown[],
  existing: Iterable<Source>,
  rich = false,
): { candidates: Candidate[]; losses: CslLoss[][] } {
  const known = new Map<string, string>()
  const ids = new Set<string>()
  for (const s of existing) {
    ids.add(s.id)
    for (const k of matchKeys(s)) known.set(`${k.by}:${k.key}`, s.id)
  }
  const fromFile = new Set<string>()
  const losses: CslLoss[][] = []
  const candidates = items.map((item, index): Candidate => {
    if (!isCslItem(item)) {
      losses.push([])
      const issue = readIssue(
        '',
        `Entry ${index + 1} is not a CSL item: it needs a CSL “type” such as “book”.`,
      )
      return {
        line: index + 1,
        kind: 'source',
        mode: 'replace',
        label: `entry ${index + 1}`,
        issues: [issue],
        warnings: [],
      }
    }
    const reading = cslToSource(item, rich)
    const { fields, warnings } = reading
    const base = baseId(item, fields)
    let id = base
    for (let n = 2; ids.has(id); n += 1) id = `${base.slice(0, 60)}-${n}`
    ids.add(id)
    const originalId =
      typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined
    if (rich && originalId !== undefined && originalId !== id)
      fields.custom = { ...fields.custom, 'csl-id': originalId }
    const titled = Boolean(fields.title)
    if (!titled) {
      fields.title = `Untitled (${id})`
      warnings.push(`The entry has no title: “${fields.title}” was set; correct it before approval.`)
      reading.losses.push({ field: 'title', reason: 'no title: “Untitled (<id>)” was set' })
    }
    losses.push(reading.losses)
    const keys = matchKeys(fields).filter((k) => titled || k.by !== 'title-year')
    let duplicateOf: Candidate['duplicateOf']
    for (const k of keys) {
      const match = known.get(`${k.by}:${k.key}`)
      if (match && !duplicateOf) duplicateOf = { id: match, by: fromFile.has(match) ? 'file' : k.by }
    }
    for (const k of keys) if (!known.has(`${k.by}:${k.key}`)) known.set(`${k.by}:${k.key}`, id)
    fromFile.add(id)
    return {
      line: index + 1,
      kind: 'source',
      mode: 'replace',
      record: { ...fields, id },
      label: fields.title ?? id,
      issues: [],
      warnings,
      ...(duplicateOf ? { duplicateOf } : {}),
    }
  })
  return { candidates, losses }
}
