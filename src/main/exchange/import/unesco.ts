import type { Site } from '@shared/domain'
import type { CsvTable } from './read-csv'
import { type Candidate, readIssue } from './candidate'
import { htmlToPlainText } from './html'
import { DELISTED_COLUMNS, NAME_COLUMN } from './unesco-columns'

export { ignoredUnescoColumns, isUnescoExport } from './unesco-columns'

const REGIONS = [
  'Africa',
  'Arab States',
  'Asia and the Pacific',
  'Europe and North America',
  'Latin America and the Caribbean',
]

const split = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')

const number = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

/**
 * Maps one row of UNESCO's export to site fields. Only facts are taken: the description and
 * justification columns are UNESCO's text, which may not be shipped, so they are never read.
 * Problems that leave a fact unknown are warnings; a value that cannot be understood makes the
 * row invalid, with the reason.
 */
function toCandidate(
  get: (column: string) => string,
  nameColumns: [string, string][],
  line: number,
): Candidate {
  const issues: Candidate['issues'] = []
  const warnings: string[] = []
  const covers: string[] = []
  const idNo = get('id_no').trim()
  const name: Record<string, string> = {}
  for (const [column, lang] of nameColumns) {
    const text = htmlToPlainText(get(column))
    if (text) name[lang] = text
  }
  const label = name.en ?? Object.values(name)[0] ?? `id_no ${idNo}`
  if (!/^[1-9][0-9]{0,4}$/.test(idNo)) {
    issues.push(readIssue('/unescoId', `id_no “${idNo}” is not a UNESCO id number.`))
    return { line, kind: 'site', mode: 'merge', label, issues, warnings }
  }
  const category = get('category').trim().toLowerCase()
  if (!['cultural', 'natural', 'mixed'].includes(category))
    issues.push(readIssue('/category', `category “${get('category')}” is not Cultural, Natural or Mixed.`))
  const criteriaText = get('criteria_txt').replace(/\s+/g, '')
  if (!/^(\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\))+$/.test(criteriaText))
    issues.push(
      readIssue('/criteria', `criteria_txt “${get('criteria_txt')}” is not written like (i)(ii)(iv).`),
    )
  const criteria = [...new Set([...criteriaText.matchAll(/\(([ivx]+)\)/g)].map((m) => m[1]))]
  const regions = [...new Set(split(get('region_en')))]
  for (const r of regions)
    if (!REGIONS.includes(r)) issues.push(readIssue('/regions', `region_en “${r}” is not a UNESCO region.`))
  const isoCodes = [...new Set(split(get('iso_code')).map((c) => c.toUpperCase()))]
  if (isoCodes.length === 0) {
    const named = get('states_name_en').trim()
    covers.push('site.has-state-party')
    warnings.push(
      `No state party code (iso_code is empty${named ? `; states_name_en says “${named}”` : ''}): imported with no states parties.`,
    )
  }
  const year = get('date_inscribed').trim()
  if (!/^\d{4}$/.test(year))
    issues.push(readIssue('/yearInscribed', `date_inscribed “${year}” is not a year.`))
  const extensions = split(get('secondary_dates'))
  for (const y of extensions)
    if (!/^\d{4}$/.test(y)) issues.push(readIssue('/extensionYears', `secondary_dates “${y}” is not a year.`))
  const flag = (column: string): boolean => {
    const value = get(column).trim()
    if (value !== '0' && value !== '1')
      issues.push(readIssue(`/${column}`, `${column} “${value}” is not 0 or 1.`))
    return value === '1'
  }
  const latitude = number(get('latitude'))
  const longitude = number(get('longitude'))
  if (latitude === undefined || longitude === undefined) {
    covers.push('site.has-location')
    warnings.push('No coordinates (latitude or longitude is empty): imported without a location.')
  }
  const area = number(get('area_hectares'))
  const delisted = delistedYear(get)
  if (typeof delisted === 'string') issues.push(readIssue('/yearDelisted', delisted))
  const site: Partial<Site> = {
    id: `whc-${idNo}`,
    unescoId: Number(idNo),
    name,
    statesParties: isoCodes,
    regions: regions as Site['regions'],
    category: category as Site['category'],
    criteria: criteria as Site['criteria'],
    yearInscribed: Number(year),
    inDanger: flag('danger'),
    transboundary: flag('transboundary'),
    ...(extensions.length > 0
      ? { extensionYears: [...new Set(extensions.map(Number))].sort((a, b) => a - b) }
      : {}),
    ...(latitude !== undefined && longitude !== undefined ? { location: { latitude, longitude } } : {}),
    // The export writes 0.0 where it lacks an area: no World Heritage property has none.
    ...(area !== undefined && area > 0 ? { areaHectares: area } : {}),
    ...(typeof delisted === 'number' ? { yearDelisted: delisted } : {}),
  }
  if (typeof delisted === 'number')
    warnings.push(`Delisted in ${delisted}: imported as a delisted site, no longer on the List.`)
  const unescoId = Number(idNo)
  return { line, kind: 'site', mode: 'merge', record: site, label, issues, warnings, covers, unescoId }
}

/**
 * The year a row says its site was delisted (`date_delisted`, `delisted` or `delisted_year`),
 * undefined when it is inscribed, or why the column cannot be read. A mark with no year is refused
 * rather than imported as an ordinary site.
 */
function delistedYear(get: (column: string) => string): number | string | undefined {
  for (const column of DELISTED_COLUMNS) {
    const value = get(column).trim()
    if (value === '' || /^(0|no|n|false)$/i.test(value)) continue
    const year = /^(19[7-9]\d|20\d\d)(-\d\d(-\d\d)?)?$/.exec(value)?.[1]
    if (year) return Number(year)
    return `${column} “${value}” says the site was delisted but gives no year: write the year (e.g. 2009).`
  }
  return undefined
}

/** Every row of UNESCO's export as a site candidate, keyed `whc-<id_no>`, with a name per `name_<lang>` column. */
export function unescoCandidates(table: CsvTable): Candidate[] {
  const index = new Map(table.headers.map((h, i) => [h, i]))
  const nameColumns = table.headers.flatMap((h): [string, string][] => {
    const lang = NAME_COLUMN.exec(h)?.[1]
    return lang ? [[h, lang]] : []
  })
  return table.rows.map((row, r) => {
    const get = (column: string) => row[index.get(column) ?? -1] ?? ''
    const candidate = toCandidate(get, nameColumns, table.lines[r] ?? r + 2)
    const ragged = table.ragged.get(r)
    if (ragged) candidate.issues.push(readIssue('', ragged))
    return candidate
  })
}
