import type { ItemRef, PropertySuggestion, Site } from '@shared/domain'
import { offeredFor } from '@shared/property-scope'
import type { DatasetStore } from '../dataset/dataset-store'

/** How many properties the statement form offers as suggestions. */
const SUGGESTION_LIMIT = 6

/**
 * How alike another site is, for suggestions: one for the same category, one for a shared
 * state party; 0 is not alike at all.
 */
function likeness(site: Site, other: Site): number {
  const category = site.category === other.category ? 1 : 0
  const shared = other.statesParties.some((code) => site.statesParties.includes(code)) ? 1 : 0
  return category + shared
}

/**
 * Wikidata's property suggester, computed from the dataset: for a site, the properties that the
 * statements of similar sites (same category, shared states parties) use most, each similar site
 * counted once per property and weighted by how alike it is; for a country, those other
 * countries' statements use most. Properties the subject already has, qualifier-only and retired
 * ones, and those not meant for its kind of subject are left out. One pass over the statements.
 */
export function suggestProperties(
  store: DatasetStore,
  subject: ItemRef,
  limit = SUGGESTION_LIMIT,
): PropertySuggestion[] {
  const site = subject.kind === 'site' ? store.get('site', subject.id) : undefined
  if (subject.kind === 'site' && !site) return []
  const weights = new Map<string, number>()
  if (site)
    for (const other of store.all('site')) {
      const weight = other.id === site.id ? 0 : likeness(site, other)
      if (weight > 0) weights.set(other.id, weight)
    }
  const has = new Set<string>()
  const counted = new Set<string>()
  const found = new Map<string, { score: number; subjects: number }>()
  for (const s of store.all('statement')) {
    if (s.subject.kind !== subject.kind) continue
    const key = s.subject.kind === 'site' ? s.subject.id : s.subject.code
    if (key === (subject.kind === 'site' ? subject.id : subject.code)) {
      has.add(s.property)
      continue
    }
    const weight = subject.kind === 'site' ? (weights.get(key) ?? 0) : 1
    if (weight === 0 || counted.has(`${s.property}\u0000${key}`)) continue
    counted.add(`${s.property}\u0000${key}`)
    const entry = found.get(s.property) ?? { score: 0, subjects: 0 }
    entry.score += weight
    entry.subjects += 1
    found.set(s.property, entry)
  }
  return [...found.entries()]
    .filter(([id]) => {
      const property = store.get('property', id)
      return !has.has(id) && property !== undefined && offeredFor(property, subject.kind)
    })
    .sort(([a, x], [b, y]) => y.score - x.score || y.subjects - x.subjects || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([property, { subjects }]) => ({ property, subjects }))
}
