/**
 * Derives, from UNESCO's export of the World Heritage List, the UNESCO region of each state party
 * (`tsx scripts/derive-unesco-regions.ts` rewrites src/shared/unesco-regions.ts). A state's region
 * is the one its own sites are listed in; a state whose sites are all shared with others takes
 * the region of a shared site listed in one region only. UNESCO's regions are its own (Israel and
 * Türkiye are in Europe and North America), which is why the table is derived, not guessed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { format } from 'prettier'
import { PROJECT_ROOT, WHC_SITES_CSV } from './sample/paths'

export const REGIONS_FILE = path.join(PROJECT_ROOT, 'src/shared/unesco-regions.ts')

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)

/** ISO code (upper case) → UNESCO region, sorted by code. */
export function deriveRegions(csvText: string): Record<string, string> {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[]
  const own = new Map<string, string>()
  const shared = new Map<string, string>()
  for (const row of rows) {
    const codes = list(row.iso_code ?? '').map((code) => code.toUpperCase())
    const regions = list(row.region_en ?? '')
    if (regions.length !== 1) continue
    const region = regions[0] as string
    if (codes.length === 1) own.set(codes[0] as string, region)
    else for (const code of codes) if (!shared.has(code)) shared.set(code, region)
  }
  const merged = new Map([...shared, ...own])
  return Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : 1)))
}

export async function regionsModule(csvText: string): Promise<string> {
  const table = JSON.stringify(deriveRegions(csvText), null, 2)
  const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.prettierrc.json'), 'utf8')) as object
  const source = `/* Derived from UNESCO's World Heritage List export by scripts/derive-unesco-regions.ts. Do not edit. */

/** The UNESCO region of each state party with a site on the List, by ISO 3166-1 alpha-2 code. */
export const UNESCO_REGIONS: Readonly<Record<string, string>> = ${table}

/** The regions of a site's states parties, each once, in the order of the states: a suggestion for an empty Regions field. */
export function regionsOfStates(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((code) => UNESCO_REGIONS[code.toUpperCase()] ?? []))]
}
`
  return format(source, { ...config, parser: 'typescript' })
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename
if (invokedDirectly) {
  writeFileSync(REGIONS_FILE, await regionsModule(readFileSync(WHC_SITES_CSV, 'utf8')))
  console.log(`Wrote ${path.relative(PROJECT_ROOT, REGIONS_FILE)}`)
}
