import type { Site } from '@shared/domain'
import type { CsvColumnTarget } from '@shared/exchange'
import { splitList } from '../csv/list-field'
import { type Candidate, readIssue } from './candidate'
import type { CsvTable } from './read-csv'

/** Fields a CSV column can fill in a site; `name:<lang>` and `description:<lang>` take any language tag. */
export const SITE_IMPORT_FIELDS = [
  'id',
  'unescoId',
  'wikidataId',
  'name:<lang>',
  'description:<lang>',
  'statesParties',
  'regions',
  'category',
  'criteria',
  'yearInscribed',
  'extensionYears',
  'inDanger',
  'latitude',
  'longitude',
  'areaHectares',
  'bufferZoneHectares',
  'transboundary',
  'status',
  'reviewNote',
] as const

const PLAIN = new Set<string>(SITE_IMPORT_FIELDS.filter((f) => !f.includes(':')))
const LANG_TARGET = /^(name|description):([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/

export function isSiteTarget(target: string): boolean {
  return PLAIN.has(target) || LANG_TARGET.test(target)
}

const ALIASES: Record<string, string> = {
  name: 'name:en',
  title: 'name:en',
  site: 'name:en',
  site_name: 'name:en',
  unesco_id: 'unescoId',
  id_no: 'unescoId',
  wikidata: 'wikidataId',
  qid: 'wikidataId',
  country: 'statesParties',
  countries: 'statesParties',
  iso_code: 'statesParties',
  states_parties: 'statesParties',
  region: 'regions',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  long: 'longitude',
  area: 'areaHectares',
  area_hectares: 'areaHectares',
  year: 'yearInscribed',
  year_inscribed: 'yearInscribed',
  danger: 'inDanger',
  in_danger: 'inDanger',
  criteria_txt: 'criteria',
}

/**
 * A target per header: our own CSV's column names (`name_en` → `name:en`), else common aliases
 * (looked up as own keys: a `__proto__` or `constructor` header is text like any other), else
 * none. A target that an earlier column already takes is not offered again, so that the
 * suggestion is always a mapping the import accepts (a file with two `name` columns maps the
 * first).
 */
export function suggestMapping(headers: string[]): { targets: CsvColumnTarget[]; exact: boolean } {
  let exact = true
  const taken = new Set<string>()
  const targets = headers.map((header): CsvColumnTarget => {
    const lang = /^(name|description)_([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/.exec(header)
    const alias = header.toLowerCase().replace(/[\s-]+/g, '_')
    let target: CsvColumnTarget
    if (lang) target = `${lang[1]}:${lang[2]}`
    else if (PLAIN.has(header)) target = header
    else if (['createdAt', 'updatedAt'].includes(header)) return null
    else {
      exact = false
      target = Object.hasOwn(ALIASES, alias) ? (ALIASES[alias] as string) : null
    }
    if (target === null) return null
    if (taken.has(target)) {
      exact = false
      return null
    }
    taken.add(target)
    return target
  })
  return { targets, exact }
}

const items = (cell: string) =>
  (cell.includes(';') || cell.includes('\\') ? splitList(cell) : cell.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')

const TRUE = new Set(['true', '1', 'yes', 'y'])
const FALSE = new Set(['false', '0', 'no', 'n', ''])

/** Reads one mapped row into site fields; cells that cannot be understood become issues. */
function toSite(row: string[], targets: CsvColumnTarget[], headers: string[]) {
  const site: Record<string, unknown> = {}
  const issues: Candidate['issues'] = []
  const bad = (path: string, header: string, value: string, expected: string) =>
    issues.push(readIssue(path, `Column “${header}”: “${value}” is not ${expected}.`))
  let latitude: number | undefined
  let longitude: number | undefined
  targets.forEach((target, i) => {
    const header = headers[i] ?? ''
    const cell = (row[i] ?? '').trim()
    if (!target || cell === '') return
    const lang = LANG_TARGET.exec(target)
    const num = () => {
      const n = Number(cell.replace(/^'/, ''))
      if (!Number.isFinite(n)) bad(`/${target}`, header, cell, 'a number')
      return n
    }
    const bool = () => {
      const v = cell.toLowerCase()
      if (!TRUE.has(v) && !FALSE.has(v)) bad(`/${target}`, header, cell, 'true or false')
      return TRUE.has(v)
    }
    if (lang) {
      const [, field = 'name', code = 'en'] = lang
      site[field] = { ...((site[field] as object) ?? {}), [code]: cell.replace(/^'(?=[=+\-@\t\r\n ])/, '') }
    } else if (target === 'unescoId' || target === 'yearInscribed') {
      site[target] = num()
    } else if (['areaHectares', 'bufferZoneHectares'].includes(target)) site[target] = num()
    else if (target === 'latitude') latitude = num()
    else if (target === 'longitude') longitude = num()
    else if (target === 'inDanger' || target === 'transboundary') site[target] = bool()
    else if (target === 'statesParties') site[target] = [...new Set(items(cell).map((c) => c.toUpperCase()))]
    else if (target === 'regions') site[target] = [...new Set(items(cell))]
    else if (target === 'criteria') {
      const parts = /^\(/.test(cell)
        ? [...cell.matchAll(/\(([ivxIVX]+)\)/g)].map((m) => m[1] ?? '')
        : items(cell)
      site[target] = [...new Set(parts.map((p) => p.toLowerCase()))]
    } else if (target === 'extensionYears') site[target] = items(cell).map(Number)
    else if (target === 'category') site[target] = cell.toLowerCase()
    else site[target] = cell.replace(/^'(?=[=+\-@\t\r\n ])/, '')
  })
  if (latitude !== undefined && longitude !== undefined) site.location = { latitude, longitude }
  else if (latitude !== undefined || longitude !== undefined)
    issues.push(readIssue('/location', 'A location needs both a latitude and a longitude.'))
  return { site: site as Partial<Site>, issues }
}

/** Site candidates from a CSV with a column mapping. Missing required fields get the defaults of a new site. */
export function mappedSiteCandidates(
  table: CsvTable,
  targets: CsvColumnTarget[],
  newId: () => string,
): Candidate[] {
  return table.rows.map((row, r) => {
    const { site, issues } = toSite(row, targets, table.headers)
    const line = table.lines[r] ?? r + 2
    if (!site.id && site.unescoId) site.id = `whc-${site.unescoId}`
    const isNew = !site.id
    if (isNew) site.id = newId()
    const label = site.name?.en ?? Object.values(site.name ?? {})[0] ?? site.id ?? `line ${line}`
    const ragged = table.ragged.get(r)
    if (ragged) issues.push(readIssue('', ragged))
    const warnings: string[] = []
    if (site.location === undefined && targets.includes('latitude'))
      warnings.push('No coordinates: imported without a location.')
    return {
      line,
      kind: 'site',
      mode: 'merge',
      record: site as Record<string, unknown>,
      defaults: siteDefaults(site),
      label,
      issues,
      warnings,
      ...(site.unescoId !== undefined && !Number.isNaN(site.unescoId) ? { unescoId: site.unescoId } : {}),
    } satisfies Candidate
  })
}

/** What a new site needs and a partial row may lack. */
function siteDefaults(site: Partial<Site>): Record<string, unknown> {
  return {
    statesParties: [],
    regions: [],
    inDanger: false,
    transboundary: (site.statesParties?.length ?? 0) > 1,
  }
}
