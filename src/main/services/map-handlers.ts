import type { RecordQuery } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { querySitePoints } from '../query/site-points'

/** The map: the points of the sites that a table query matches. */
export function createMapHandlers(deps: { store: () => DatasetStore }) {
  return {
    querySitePoints: async (query: RecordQuery) => querySitePoints(deps.store(), query),
  }
}
