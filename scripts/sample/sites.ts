/**
 * Maps UNESCO's World Heritage List export to site records. Only facts are taken (names, dates,
 * criteria, coordinates, areas); the description and justification columns are UNESCO's text,
 * which we may not ship, so they are never read.
 *
 * Every parser throws on a value it does not recognise: the fixture is fixed, and a silent guess
 * would put a wrong fact into the sample.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { Site } from '@shared/domain'
import { TIMESTAMPS } from './common'
import { htmlToPlainText } from '../../src/main/exchange/import/html'

/** The columns of the export that the mapping reads. */
interface WhcRow {
  id_no: string
  name_en: string
  date_inscribed: string
  secondary_dates: string
  danger: string
  latitude: string
  longitude: string
  area_hectares: string
  criteria_txt: string
  category: string
  region_en: string
  iso_code: string
  transboundary: string
}

interface ZhNameEntry {
  id_no: string
  name_zh?: string
}

const REGIONS: readonly string[] = [
  'Africa',
  'Arab States',
  'Asia and the Pacific',
  'Europe and North America',
  'Latin America and the Caribbean',
]
const CATEGORIES: readonly string[] = ['cultural', 'natural', 'mixed']

function fail(row: WhcRow, column: string, value: string): never {
  throw new Error(`whc-sites id_no ${row.id_no}: unexpected ${column} ${JSON.stringify(value)}`)
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function parseYear(row: WhcRow, column: string, value: string): number {
  if (!/^\d{4}$/.test(value)) fail(row, column, value)
  return Number(value)
}

/** `(i)(ii)(iv)` to `['i', 'ii', 'iv']`; the whole text must be made of such groups. */
function parseCriteria(row: WhcRow): Site['criteria'] {
  const text = row.criteria_txt.trim()
  if (!/^(\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))+$/.test(text)) fail(row, 'criteria_txt', text)
  return [...text.matchAll(/\(([ivx]+)\)/g)].map((match) => match[1]) as Site['criteria']
}

/** `secondary_dates` holds extension years, comma-joined with or without a space, not always in order. */
function parseExtensionYears(row: WhcRow): number[] | undefined {
  const years = splitList(row.secondary_dates).map((year) => parseYear(row, 'secondary_dates', year))
  return years.length > 0 ? [...new Set(years)].sort((a, b) => a - b) : undefined
}

/** `danger` is `1` for a site on the List of World Heritage in Danger now, `0` otherwise. */
function parseFlag(row: WhcRow, column: 'danger' | 'transboundary'): boolean {
  const value = row[column]
  if (value !== '0' && value !== '1') fail(row, column, value)
  return value === '1'
}

function parseNumber(value: string): number | undefined {
  if (value.trim() === '') return undefined
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

function parseLocation(row: WhcRow): Site['location'] {
  const latitude = parseNumber(row.latitude)
  const longitude = parseNumber(row.longitude)
  return latitude !== undefined && longitude !== undefined ? { latitude, longitude } : undefined
}

/** The export writes `0.0` for about a hundred sites whose area it lacks: no property has no area. */
function parseArea(row: WhcRow): number | undefined {
  const area = parseNumber(row.area_hectares)
  return area !== undefined && area > 0 ? area : undefined
}

function toSite(row: WhcRow, zhNames: Map<string, string>): Site {
  const category = row.category.trim().toLowerCase()
  if (!CATEGORIES.includes(category)) fail(row, 'category', row.category)
  const regions = [...new Set(splitList(row.region_en))]
  for (const region of regions) if (!REGIONS.includes(region)) fail(row, 'region_en', region)
  const zh = zhNames.get(row.id_no)
  const site: Site = {
    id: `whc-${row.id_no}`,
    unescoId: Number(row.id_no),
    name: { en: htmlToPlainText(row.name_en), ...(zh ? { zh } : {}) },
    statesParties: [...new Set(splitList(row.iso_code).map((code) => code.toUpperCase()))],
    regions: regions as Site['regions'],
    category: category as Site['category'],
    criteria: parseCriteria(row),
    yearInscribed: parseYear(row, 'date_inscribed', row.date_inscribed.trim()),
    extensionYears: parseExtensionYears(row),
    inDanger: parseFlag(row, 'danger'),
    location: parseLocation(row),
    areaHectares: parseArea(row),
    transboundary: parseFlag(row, 'transboundary'),
    status: 'approved',
    ...TIMESTAMPS,
  }
  // Optional fields that came out undefined are dropped, so the JSON has no holes.
  return Object.fromEntries(Object.entries(site).filter(([, value]) => value !== undefined)) as Site
}

/** Chinese names by id_no; empty names are left out, never guessed. */
function readZhNames(file: string): Map<string, string> {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as ZhNameEntry[]
  const names = new Map<string, string>()
  for (const entry of entries) {
    const name = entry.name_zh?.trim()
    if (name) names.set(String(entry.id_no), name)
  }
  return names
}

/** The sites whose states parties include `country` (an ISO alpha-2 code), from the two fixtures. */
export function readSites(csvFile: string, zhNamesFile: string, country: string): Site[] {
  // Quoted fields contain line breaks, hence a real CSV parser and not a split on newlines.
  const rows = parse(readFileSync(csvFile), { columns: true, skip_empty_lines: true }) as WhcRow[]
  const zhNames = readZhNames(zhNamesFile)
  const wanted = country.toLowerCase()
  return rows
    .filter((row) => splitList(row.iso_code.toLowerCase()).includes(wanted))
    .map((row) => toSite(row, zhNames))
}
