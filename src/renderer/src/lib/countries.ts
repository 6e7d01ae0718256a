import { useTranslation } from 'react-i18next'

const displayNames = new Map<string, Intl.DisplayNames>()

function namesIn(language: string): Intl.DisplayNames {
  let names = displayNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })
    displayNames.set(language, names)
  }
  return names
}

/**
 * A country's name from its ISO 3166-1 alpha-2 code, in `language` ("China" for CN in English,
 * "中国" in Chinese), or the code itself when Intl does not know it.
 */
export function countryName(code: string, language = 'en'): string {
  try {
    return namesIn(language).of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/** `countryName` in the interface language. */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation()
  const language = i18n.language
  return (code) => countryName(code, language)
}
