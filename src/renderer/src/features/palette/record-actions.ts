import type { SiteRow, SourceRow } from '@shared/domain'
import { localName } from '@renderer/lib/record-name'

/** A record's name in the interface's language, else English, else the first it has. */
export function nameIn(names: Record<string, string>, language: string): string {
  return localName(names, language)
}

/** What tells one site from another in the list: its name in the other language, its id and states. */
export function siteDetail(site: SiteRow, language: string): string {
  const shown = nameIn(site.name, language)
  const other = Object.values(site.name).find((name) => name.trim() && name !== shown)
  return [other, site.unescoId ? `#${site.unescoId}` : site.id, site.statesParties.join(', ')]
    .filter(Boolean)
    .join(' · ')
}

export function sourceDetail(source: SourceRow): string {
  return (
    [source.containerTitle ?? source.publisher, source.issuedYear].filter(Boolean).join(', ') || source.id
  )
}
