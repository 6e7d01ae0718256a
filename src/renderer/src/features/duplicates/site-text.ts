import type { Site, SiteRow } from '../../../../shared/domain'

/**
 * The names of a site in the order a curator reads them: English, Chinese, then the rest; in the
 * Chinese interface (`uiLanguage` zh-…) Chinese first.
 */
export function orderedNames(name: Site['name'] | SiteRow['name'], uiLanguage = 'en'): [string, string][] {
  const chineseFirst = uiLanguage.startsWith('zh')
  const rank = (lang: string) =>
    lang === 'en' ? (chineseFirst ? 1 : 0) : lang.startsWith('zh') ? (chineseFirst ? 0 : 1) : 2
  return Object.entries(name).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
}

/** The name a button or title shows: English when there is one (Chinese in the Chinese UI), else the first. */
export function mainName(name: Site['name'] | SiteRow['name'], uiLanguage = 'en'): string {
  return orderedNames(name, uiLanguage)[0]?.[1] ?? ''
}
