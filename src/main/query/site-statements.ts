import type { Property, Site } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import type { SiteCoverage } from './site-facets'

/**
 * The property that holds a site's other names: the registry's `alternative-name` (monolingual
 * text, as in the sample and the UNESCO import), or any property mapped to Wikidata's
 * "alternative name" (P4970), so that a curator's own such property counts too.
 */
const ALTERNATIVE_NAME_PROPERTY = 'alternative-name'
const WIKIDATA_ALTERNATIVE_NAME = 'P4970'

function holdsAlternativeNames(property: Pick<Property, 'id' | 'wikidataProperty'>): boolean {
  return property.id === ALTERNATIVE_NAME_PROPERTY || property.wikidataProperty === WIKIDATA_ALTERNATIVE_NAME
}

/** What the sites table takes from statements, by site position. */
interface SiteStatements {
  coverage(i: number): SiteCoverage | undefined
  /** The site's alternative names (statements not deprecated), joined by spaces; undefined for none. */
  alternativeNames(i: number): string | undefined
}

/**
 * One pass over the statements: each site's statements (not deprecated) and how many have a
 * reference, in two typed arrays (no object per site), and its alternative names.
 */
export function siteStatements(sites: readonly Site[], store: DatasetStore): SiteStatements {
  const position = new Map<string, number>()
  sites.forEach((site, i) => position.set(site.id, i))
  const names = new Set([...store.all('property')].filter(holdsAlternativeNames).map((p) => p.id))
  const statements = new Uint32Array(sites.length)
  const referenced = new Uint32Array(sites.length)
  const alternative = new Array<string | undefined>(sites.length)
  for (const s of store.all('statement')) {
    if (s.subject.kind !== 'site' || s.rank === 'deprecated') continue
    const i = position.get(s.subject.id)
    if (i === undefined) continue
    statements[i] = (statements[i] as number) + 1
    if (s.references.length > 0) referenced[i] = (referenced[i] as number) + 1
    if (names.has(s.property) && (s.value.type === 'monolingual' || s.value.type === 'string')) {
      const before = alternative[i]
      alternative[i] = before === undefined ? s.value.text : `${before} ${s.value.text}`
    }
  }
  return {
    coverage: (i) =>
      statements[i]
        ? { statements: statements[i] as number, referenced: referenced[i] as number }
        : undefined,
    alternativeNames: (i) => alternative[i],
  }
}
