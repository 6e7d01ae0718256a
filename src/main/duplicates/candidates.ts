import type { DuplicateReasons, Site } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { HAN, nameTokens, prepareName } from './names'
import { notDuplicatePairs, pairKey } from './not-duplicate'
import { type PreparedSite, scorePair, UNIQUE_SITE_IDS } from './score'

/** One likely duplicate pair, by index into the search's sites; `a` before `b` in id order. */
interface ScoredPair {
  a: Site
  b: Site
  score: number
  reasons: DuplicateReasons
}

interface CandidateSearch {
  pairs: ScoredPair[]
  /** The work limit was reached: some pairs were not compared. */
  truncated: boolean
  /** How many pairs were scored. */
  comparisons: number
}

interface SearchLimits {
  /** Pairs below this are not kept at all (a query may ask for a higher floor). */
  keepAbove: number
  /** The rarest name keys of each site that pick its candidates. */
  keysPerSite: number
  /** A key shared by more sites than this names no one in particular: it picks no candidates. */
  maxBlock: number
  /** Grid cell size in degrees: sites in the same or a neighbouring cell are compared. */
  cellDegrees: number
  /** At most this many pairs are scored; beyond it the search stops and says so. */
  maxComparisons: number
}

const DEFAULT_LIMITS: SearchLimits = {
  keepAbove: 0.5,
  keysPerSite: 3,
  maxBlock: 300,
  // About 2 km: a pair whose names share nothing is a duplicate only when its points nearly meet.
  cellDegrees: 0.02,
  maxComparisons: 5_000_000,
}

/** Sites handled between two yields to the event loop (and progress reports). */
const CHUNK = 2000

/** A pair sharing a unique identifier is listed whatever its score, and before the others. */
export function sharesId(pair: Pick<ScoredPair, 'reasons'>): boolean {
  return (pair.reasons.sharedIds?.length ?? 0) > 0
}

/**
 * Blocking keys: each unique identifier (so two sites holding one are always compared), and from
 * the names, words and for Han text pairs of characters.
 */
function nameKeys(site: Site): Set<string> {
  const keys = new Set<string>()
  for (const field of UNIQUE_SITE_IDS) if (site[field] !== undefined) keys.add(`id:${field}:${site[field]}`)
  for (const text of Object.values(site.name)) {
    const tokens = nameTokens(text)
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as string
      if (!HAN.test(token)) {
        if (token.length > 1) keys.add(`w:${token}`)
        continue
      }
      // A Han character: paired with the next one, or alone when it is the whole name.
      const next = tokens[i + 1]
      if (next !== undefined && HAN.test(next)) keys.add(`h:${token}${next}`)
      else if (tokens.length === 1) keys.add(`h:${token}`)
    }
  }
  return keys
}

function cellOf(site: Site, size: number): [number, number] | undefined {
  const point = site.location
  return point ? [Math.floor(point.latitude / size), Math.floor(point.longitude / size)] : undefined
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Likely duplicate pairs without comparing every pair: each site is compared only with the sites
 * that share one of its rarest name keys, or lie in its grid cell or a neighbouring one. Pairs the
 * curator marked "not a duplicate" are skipped. Yields to the event loop as it goes.
 */
export async function searchCandidates(
  sites: readonly Site[],
  options: { limits?: Partial<SearchLimits>; onProgress?: (done: number, total: number) => void } = {},
): Promise<CandidateSearch> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const sorted = [...sites].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  const prepared: PreparedSite[] = sorted.map((site) => ({
    site,
    names: Object.values(site.name).map(prepareName),
  }))
  const keysOf = sorted.map(nameKeys)
  const postings = new Map<string, number[]>()
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const list = postings.get(key)
      if (list) list.push(index)
      else postings.set(key, [index])
    }
  })
  const cells = new Map<string, number[]>()
  const cellIndex = sorted.map((site, index) => {
    const cell = cellOf(site, limits.cellDegrees)
    if (!cell) return undefined
    const key = cell.join(':')
    const list = cells.get(key)
    if (list) list.push(index)
    else cells.set(key, [index])
    return cell
  })
  const excluded = notDuplicatePairs(sorted)

  const pairs: ScoredPair[] = []
  let comparisons = 0
  let truncated = false
  // seenBy[j] === i + 1: site j has been weighed against site i already (no set per site).
  const seenBy = new Int32Array(sorted.length)
  const consider = (i: number, j: number) => {
    if (j <= i || seenBy[j] === i + 1) return
    seenBy[j] = i + 1
    const a = prepared[i] as PreparedSite
    const b = prepared[j] as PreparedSite
    if (excluded.size > 0 && excluded.has(pairKey(a.site.id, b.site.id))) return
    comparisons += 1
    const { score, reasons } = scorePair(a, b)
    if (score >= limits.keepAbove || sharesId({ reasons }))
      pairs.push({ a: a.site, b: b.site, score, reasons })
  }

  for (let i = 0; i < sorted.length && !truncated; i += 1) {
    if (i % CHUNK === 0 && i > 0) {
      options.onProgress?.(i, sorted.length)
      await tick()
    }
    const rarest = [...(keysOf[i] as Set<string>)]
      .map((key) => postings.get(key) as number[])
      .filter((list) => list.length > 1 && list.length <= limits.maxBlock)
      .sort((x, y) => x.length - y.length)
      .slice(0, limits.keysPerSite)
    for (const list of rarest) for (const j of list) consider(i, j)
    const cell = cellIndex[i]
    if (cell) {
      for (let dLat = -1; dLat <= 1; dLat += 1) {
        for (let dLon = -1; dLon <= 1; dLon += 1) {
          const near = cells.get(`${cell[0] + dLat}:${cell[1] + dLon}`) ?? []
          if (near.length <= limits.maxBlock) for (const j of near) consider(i, j)
        }
      }
    }
    if (comparisons > limits.maxComparisons) truncated = true
  }
  options.onProgress?.(sorted.length, sorted.length)
  pairs.sort(
    (x, y) =>
      Number(sharesId(y)) - Number(sharesId(x)) ||
      y.score - x.score ||
      x.a.id.localeCompare(y.a.id) ||
      x.b.id.localeCompare(y.b.id),
  )
  return { pairs, truncated, comparisons }
}

const cache = new WeakMap<DatasetStore, { revision: number; search: Promise<CandidateSearch> }>()

/** The candidate pairs of the store's current revision, searched once and kept until it changes. */
export function candidatesOf(
  store: DatasetStore,
  onProgress?: (done: number, total: number) => void,
): Promise<CandidateSearch> {
  const cached = cache.get(store)
  if (cached?.revision === store.revision) return cached.search
  const search = searchCandidates([...store.all('site')], { onProgress })
  cache.set(store, { revision: store.revision, search })
  search.catch(() => cache.delete(store))
  return search
}
