import { useTranslation } from 'react-i18next'

/** A record's names by language: a site's `name`, a property's `label`. */
type Names = Readonly<Record<string, string | undefined>>

/** In the Chinese interface Chinese comes first, English second; in any other, English first. */
function rank(lang: string, chineseFirst: boolean): number {
  if (lang === 'en') return chineseFirst ? 1 : 0
  if (lang.startsWith('zh')) return chineseFirst ? 0 : 1
  return 2
}

/**
 * The names of a record in the order a curator of this interface language reads them: English,
 * Chinese, then the rest; in the Chinese interface (`uiLanguage` zh-…) Chinese first. Empty names
 * are left out.
 */
export function orderedNames(names: Names, uiLanguage = 'en'): [string, string][] {
  const chineseFirst = uiLanguage.startsWith('zh')
  return Object.entries(names)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .sort(([a], [b]) => rank(a, chineseFirst) - rank(b, chineseFirst) || a.localeCompare(b))
}

/** The dataset's languages in reading order for this interface language (Chinese first in the Chinese UI). */
export function readingOrder(languages: readonly string[], uiLanguage = 'en'): string[] {
  const chineseFirst = uiLanguage.startsWith('zh')
  return [...languages].sort((a, b) => rank(a, chineseFirst) - rank(b, chineseFirst))
}

/** The one name a title, a button or a list shows: the first in reading order, '' when none. */
export function localName(names: Names | undefined, uiLanguage = 'en'): string {
  return names ? (orderedNames(names, uiLanguage)[0]?.[1] ?? '') : ''
}

/** `localName` in the interface's current language. */
export function useLocalName(): (names: Names | undefined) => string {
  const { i18n } = useTranslation()
  return (names) => localName(names, i18n.language)
}
