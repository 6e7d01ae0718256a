import type { DatasetEvent, DuplicatePage, DuplicateQuery } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import { candidatesOf, sharesId } from '../duplicates/candidates'
import { strongerClaim } from '../duplicates/claim'
import { mergeSites, previewMerge } from '../duplicates/merge'
import { markHolder } from '../duplicates/not-duplicate'
import { siteRow } from '../query/rows'
import type { RecordService } from '../records/record-service'

/** Shown when the query names no floor: below it, pairs are mostly different places. */
const DEFAULT_MIN_SCORE = 0.65

function site(store: DatasetStore, id: string) {
  const found = store.get('site', id)
  if (!found) throw new CuratorError('NOT_FOUND', `There is no site with the id “${id}”.`)
  return found
}

/** Likely duplicate sites, merging a pair, and "not a duplicate". */
export function createDuplicateHandlers(deps: {
  store: () => DatasetStore
  writable: () => DatasetStore
  records: RecordService
  clock: () => Date
  onEvent?: (event: DatasetEvent) => void
}) {
  const now = () => deps.clock().toISOString()
  return {
    findDuplicates: async (query: DuplicateQuery = {}): Promise<DuplicatePage> => {
      const { jobId } = query
      const progress = jobId
        ? (done: number, total: number) => deps.onEvent?.({ type: 'progress', jobId, done, total })
        : undefined
      const search = await candidatesOf(deps.store(), progress)
      const floor = query.minScore ?? DEFAULT_MIN_SCORE
      const matching = search.pairs.filter((pair) => pair.score >= floor || sharesId(pair))
      const offset = query.offset ?? 0
      const rows = matching.slice(offset, offset + (query.limit ?? 100)).map((pair) => ({
        a: siteRow(pair.a),
        b: siteRow(pair.b),
        score: pair.score,
        reasons: pair.reasons,
        claim: strongerClaim(pair.a, pair.b),
      }))
      return { rows, total: matching.length, offset, truncated: search.truncated }
    },
    previewMerge: async (keptId: string, removedId: string, take?: string[]) =>
      previewMerge({ store: deps.store(), records: deps.records, keptId, removedId, take, now: now() }),
    mergeSites: async (keptId: string, removedId: string, take?: string[]) =>
      mergeSites({ store: deps.writable(), records: deps.records, keptId, removedId, take, now: now() }),
    markNotDuplicate: async (firstId: string, secondId: string) => {
      const store = deps.writable()
      if (firstId === secondId) {
        throw new CuratorError(
          'VALIDATION',
          `A site is always a duplicate of itself (“${firstId}” given twice).`,
        )
      }
      const { holder, other } = markHolder(site(store, firstId), site(store, secondId))
      const marks = holder.notDuplicates ?? []
      if (marks.includes(other)) return holder
      return deps.records.save(store, 'site', { ...holder, notDuplicates: [...marks, other] })
    },
  }
}
