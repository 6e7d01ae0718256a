/**
 * Lists that merge item by item: keyed lists (qualifiers, references) and sets (criteria, states
 * parties). Items are matched by key; what is left is putting the merged items in an order.
 */

/** Items by key, in order; a key met again gets its rank (`key#1`, `key#2`), so none is lost. */
export function indexByKey<T>(items: readonly T[], keyOf: (item: T) => string) {
  const seen = new Map<string, number>()
  const keys: string[] = []
  const byKey = new Map<string, T>()
  for (const item of items) {
    const key = keyOf(item)
    const rank = seen.get(key) ?? 0
    seen.set(key, rank + 1)
    const ranked = rank === 0 ? key : `${key}#${rank}`
    keys.push(ranked)
    byKey.set(ranked, item)
  }
  return { keys, byKey }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i])
}

/**
 * The order of a merged list, the same whichever side is called ours (the merge is symmetric):
 * - a side whose list is exactly the result, in an order the other side did not contradict, gives
 *   its order (one side inserted an item where it wanted it);
 * - otherwise the kept items in the order one side gave them when the other kept the base order
 *   (one side reordered), else in the base order; then the items new to both, by key.
 */
export function mergedOrder(
  baseKeys: readonly string[],
  oursKeys: readonly string[],
  theirsKeys: readonly string[],
  present: ReadonlySet<string>,
): string[] {
  const inBase = new Set(baseKeys)
  const kept = (keys: readonly string[]) => keys.filter((k) => present.has(k) && inBase.has(k))
  const keptBase = kept(baseKeys)
  const keptOurs = kept(oursKeys)
  const keptTheirs = kept(theirsKeys)
  let order: string[]
  if (sameList(keptOurs, keptBase)) order = keptTheirs
  else if (sameList(keptTheirs, keptBase) || sameList(keptOurs, keptTheirs)) order = keptOurs
  else order = keptBase
  const whole = (keys: readonly string[]) => {
    const shown = keys.filter((k) => present.has(k))
    return shown.length === present.size && sameList(kept(shown), order) ? shown : undefined
  }
  const fromOurs = whole(oursKeys)
  const fromTheirs = whole(theirsKeys)
  if (fromOurs && fromTheirs) {
    if (sameList(fromOurs, fromTheirs)) return fromOurs
  } else if (fromOurs ?? fromTheirs) {
    return (fromOurs ?? fromTheirs) as string[]
  }
  const added = [...present].filter((k) => !inBase.has(k)).sort()
  return [...order, ...added]
}
