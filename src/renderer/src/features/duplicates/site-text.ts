import type { Site, SiteRow } from '../../../../shared/domain'

/** The names of a site in the order a curator reads them: English, Chinese, then the rest. */
export function orderedNames(name: Site['name'] | SiteRow['name']): [string, string][] {
  const rank = (lang: string) => (lang === 'en' ? 0 : lang.startsWith('zh') ? 1 : 2)
  return Object.entries(name).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
}

/** The name a button or title shows: English when there is one, else the first. */
export function mainName(name: Site['name'] | SiteRow['name']): string {
  return orderedNames(name)[0]?.[1] ?? ''
}
