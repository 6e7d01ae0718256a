import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useRecordList } from '@renderer/hooks/useRecords'
import { countryName } from '@renderer/lib/countries'

/** How many statements are read to find the countries that only statements mention. */
export const STATEMENT_SCAN_LIMIT = 1000

export interface CountryEntry {
  code: string
  name: string
  /** Sites of which it is a state party. */
  sites: number
}

/**
 * The countries the dataset knows: the states parties of its sites (the sites facet counts
 * them) and the countries statements are about.
 */
export function useCountries() {
  const { i18n } = useTranslation()
  const language = i18n.language
  const sites = useRecordList('site', { limit: 1 })
  const statements = useRecordList('statement', { limit: STATEMENT_SCAN_LIMIT, sortBy: 'subject' })
  const countries = useMemo(() => {
    const byCode = new Map<string, CountryEntry>()
    for (const { value, count } of sites.data?.facets?.statesParties ?? []) {
      byCode.set(value, { code: value, name: countryName(value, language), sites: count })
    }
    for (const row of statements.data?.rows ?? []) {
      const { subject } = row
      if (subject.kind === 'country' && !byCode.has(subject.code)) {
        byCode.set(subject.code, { code: subject.code, name: countryName(subject.code, language), sites: 0 })
      }
    }
    return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, language))
  }, [sites.data, statements.data, language])
  return {
    countries,
    isPending: sites.isPending || statements.isPending,
    error: sites.error ?? statements.error,
    /** True when there are more statements than were read: a country only they mention may be missing. */
    partial: (statements.data?.total ?? 0) > STATEMENT_SCAN_LIMIT,
  }
}

/** One country by code, with its site count. */
export function useCountry(code: string): CountryEntry {
  const { countries } = useCountries()
  const { i18n } = useTranslation()
  return countries.find((c) => c.code === code) ?? { code, name: countryName(code, i18n.language), sites: 0 }
}
