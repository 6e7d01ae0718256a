import type { IgnoredColumn } from '@shared/exchange'

/** Columns that identify UNESCO's World Heritage List export. */
const SIGNATURE = ['id_no', 'name_en', 'date_inscribed', 'criteria_txt', 'category', 'region_en', 'iso_code']

export function isUnescoExport(headers: string[]): boolean {
  return SIGNATURE.every((column) => headers.includes(column))
}

/** `name_en`, `name_fr`, `name_zh`...: the site's name in each language UNESCO gives. */
export const NAME_COLUMN = /^name_([a-z]{2,3})$/

/**
 * Columns that say a site was removed from the List. UNESCO's 2024 export lists inscribed sites
 * only; other exports (and files curators keep) carry delisted sites with the year in one of these.
 */
export const DELISTED_COLUMNS = ['date_delisted', 'delisted', 'delisted_year'] as const

/** Every column the reader takes a fact from. */
const READ = new Set([
  'id_no',
  'date_inscribed',
  'secondary_dates',
  'danger',
  'latitude',
  'longitude',
  'area_hectares',
  'criteria_txt',
  'category',
  'region_en',
  'iso_code',
  'states_name_en',
  'transboundary',
  ...DELISTED_COLUMNS,
])

/** UNESCO's own texts: never imported (their licence forbids shipping them). */
const LICENSED = /^(short_description|justification|description|long_description)_[a-z]{2,3}$/
/** The same fact as a column that is read: criteria flags, short category, names of states and regions. */
const REPEATS = /^(C[1-6]|N(7|8|9|10)|category_short|states_name_[a-z]{2,3}|region_[a-z]{2,3})$/

/**
 * The columns of a UNESCO export that are not imported, and why: UNESCO's texts (licence), facts
 * another column already gives, and facts a site has no field for (`danger_list`'s history,
 * `date_end` of a danger listing, `udnp_code`...).
 */
export function ignoredUnescoColumns(headers: string[]): IgnoredColumn[] {
  return headers
    .filter((h) => !READ.has(h) && !NAME_COLUMN.test(h))
    .map((column) => ({
      column,
      reason: LICENSED.test(column) ? 'licence' : REPEATS.test(column) ? 'repeats' : 'no-field',
    }))
}
