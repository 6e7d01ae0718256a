import type { Site } from '@shared/domain'

/** One key per unordered pair of ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`
}

/**
 * Every pair the curator marked "not a duplicate". The mark lives on the site of the pair whose
 * id sorts first (`notDuplicates`), so it is saved, journalled and undone like any edit of that
 * site, travels with the dataset, and goes when that site is deleted.
 */
export function notDuplicatePairs(sites: Iterable<Site>): Set<string> {
  const pairs = new Set<string>()
  for (const site of sites) for (const other of site.notDuplicates ?? []) pairs.add(pairKey(site.id, other))
  return pairs
}

/** The site that holds the mark for a pair, and the id it names. */
export function markHolder(a: Site, b: Site): { holder: Site; other: string } {
  return a.id < b.id ? { holder: a, other: b.id } : { holder: b, other: a.id }
}
