import type { ClaimReason, CurationStatus, MergeClaim, Site } from '@shared/domain'

/**
 * Which of two duplicate sites has the stronger claim to be kept, and why. A merge keeps one
 * record (its id, history and the statements that point at it) and takes from the other only
 * what the curator picks, so by default it must keep the record a register would trust more:
 *
 * 1. the further curated one (approved over in review over draft);
 * 2. the older one (it is the one others have cited and linked to);
 * 3. the fuller one (more fields filled);
 * 4. the one with an imported stable id (`whc-<UNESCO id>`) over an opaque one.
 *
 * The first criterion that tells them apart decides; every criterion the chosen one wins is
 * listed as a reason, so the curator sees the whole case.
 */

const STATUS_RANK: Record<CurationStatus, number> = { draft: 0, 'in-review': 1, approved: 2 }

/** Fields that are bookkeeping, not content: they do not count as "filled". */
const NOT_CONTENT = new Set(['id', 'status', 'createdAt', 'updatedAt', 'notDuplicates', 'acknowledgements'])

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.values(value).some(hasValue)
  return true
}

/** How many content fields a site fills; each name or description language counts once. */
export function filledFields(site: Site): number {
  let count = 0
  for (const [field, value] of Object.entries(site)) {
    if (NOT_CONTENT.has(field) || !hasValue(value)) continue
    count +=
      field === 'name' || field === 'description' ? Object.values(value as object).filter(hasValue).length : 1
  }
  return count
}

/** A stable id is the one imports give: `whc-` and the site's own UNESCO id. */
function hasStableId(site: Site): boolean {
  return site.unescoId !== undefined && site.id === `whc-${site.unescoId}`
}

/** Each criterion compared: positive when `a` wins it, negative when `b` does, 0 when tied. */
function compare(a: Site, b: Site): { reason: (winner: Site, loser: Site) => ClaimReason; sign: number }[] {
  return [
    {
      sign: STATUS_RANK[a.status] - STATUS_RANK[b.status],
      reason: (winner, loser) => ({ kind: 'status', kept: winner.status, other: loser.status }),
    },
    {
      // ISO timestamps compare as text; the earlier is older.
      sign: a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
      reason: (winner, loser) => ({ kind: 'older', kept: winner.createdAt, other: loser.createdAt }),
    },
    {
      sign: filledFields(a) - filledFields(b),
      reason: (winner, loser) => ({ kind: 'fields', kept: filledFields(winner), other: filledFields(loser) }),
    },
    {
      sign: Number(hasStableId(a)) - Number(hasStableId(b)),
      reason: (winner) => ({ kind: 'stableId', id: winner.id }),
    },
  ]
}

/**
 * The site to keep of a pair, and the reasons it wins. When nothing tells them apart the first
 * in id order is kept (so the choice is the same every time) and there are no reasons.
 */
export function strongerClaim(a: Site, b: Site): MergeClaim {
  const criteria = compare(a, b)
  const decisive = criteria.find((c) => c.sign !== 0)
  if (!decisive) {
    const [first, second] = a.id <= b.id ? [a, b] : [b, a]
    return { keep: first.id, other: second.id, reasons: [] }
  }
  const aWins = decisive.sign > 0
  const [winner, loser] = aWins ? [a, b] : [b, a]
  const reasons = criteria
    .filter((c) => (aWins ? c.sign > 0 : c.sign < 0))
    .map((c) => c.reason(winner, loser))
  return { keep: winner.id, other: loser.id, reasons }
}
