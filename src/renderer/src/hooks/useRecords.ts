import { useCallback, useState } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import {
  hashKey,
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import type {
  DatasetInfo,
  DeleteOptions,
  Draft,
  PathToken,
  RecordQuery,
  RowOf,
  SaveOutcome,
} from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { api, datasetKeys, historyKeys, recordKeys, reviewKeys } from '../lib/api'
import { blocksInView, loadedIdsInOrder, ROW_BLOCK, rowAtIndex } from './virtual-blocks'

/** One page of a table; the previous page stays on screen while the next one loads. */
export function useRecordList<K extends RecordKind>(kind: K, query: RecordQuery, enabled = true) {
  return useQuery({
    queryKey: recordKeys.list(kind, query),
    queryFn: () => api.queryRecords(kind, query),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/**
 * The rows of a virtualized table: main answers blocks of ROW_BLOCK rows at the offsets the
 * viewport shows, never the rows before them. The first block also carries the total, and
 * stays on screen (keepPreviousData) while the answer to a new query loads. Each block is
 * cached under its own query, so a late answer to an older query never replaces the rows of a
 * newer one; an answer nobody waits for any more is dropped (its query cancelled), and with a
 * `lane` main skips a first block a newer one has replaced before it ran. Facet counts are not
 * asked for here: `useSiteFacetCounts` asks for them once the rows are in.
 */
export function useVirtualRecords<K extends RecordKind>(
  kind: K,
  query: RecordQuery,
  enabled = true,
  lane?: string,
) {
  const [range, setRangeNow] = useState<[number, number]>([0, 0])
  const firstQuery = { ...query, offset: 0, limit: ROW_BLOCK, facetCounts: false, ...(lane ? { lane } : {}) }
  const first = useQuery({
    queryKey: recordKeys.list(kind, firstQuery),
    queryFn: ({ signal }) => dropWhenAborted(api.queryRecords(kind, firstQuery), signal),
    placeholderData: keepPreviousData,
    enabled,
  })
  const total = first.data?.total ?? 0
  const blocks = blocksInView(range[0], range[1], total)
  const more = useQueries({
    queries: blocks.map((block) => {
      const page = { ...query, offset: block * ROW_BLOCK, limit: ROW_BLOCK, facetCounts: false }
      return {
        queryKey: recordKeys.list(kind, page),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          dropWhenAborted(api.queryRecords(kind, page), signal),
        enabled: enabled && !first.isPlaceholderData,
      }
    }),
  })
  const byBlock = new Map<number, RowOf[K][]>()
  blocks.forEach((block, i) => {
    const rows = more[i]?.data?.rows
    if (rows) byBlock.set(block, rows)
  })
  /** The row at a position, or undefined while its block loads. */
  const rowAt = (index: number): RowOf[K] | undefined => rowAtIndex(index, first.data?.rows, byBlock)
  const setRange = useCallback(
    (start: number, end: number) =>
      setRangeNow((now) => (now[0] === start && now[1] === end ? now : [start, end])),
    [],
  )
  return {
    /** The first block: total, loading and error state. */
    first,
    loadedIds: loadedIdsInOrder(first.data?.rows, blocks, byBlock),
    total,
    rowAt,
    setRange,
    isFetching: first.isFetching || more.some((m) => m.isFetching),
  }
}

/** How long the search must rest before the facets are counted for it. */
export const FACET_COUNTS_AFTER_MS = 150

/**
 * The sites' facet counts for a query, asked for apart from its rows and after them: once the
 * query's first rows are in, and once the search has rested (counting every facet over most of
 * 100,000 sites is the slow part of a one-letter search; a keystroke waits only for its rows).
 * The last counts stay shown meanwhile (`isPlaceholderData`: they are for an earlier query).
 */
export function useSiteFacetCounts(query: RecordQuery, rowsReady: boolean) {
  const [restedSearch] = useDebouncedValue(query.search, FACET_COUNTS_AFTER_MS)
  const countsQuery = { ...query, offset: 0, limit: 1, lane: 'site-facet-counts' }
  return useQuery({
    queryKey: recordKeys.list('site', countsQuery),
    queryFn: ({ signal }) => dropWhenAborted(api.queryRecords('site', countsQuery), signal),
    placeholderData: keepPreviousData,
    enabled: rowsReady && restedSearch === query.search,
    select: (page) => page.facets,
  })
}

/**
 * Main's answer, unless the query was dropped first (nobody shows it any more): reading the
 * signal tells React Query that it may cancel the query, which then keeps its earlier state
 * instead of taking an answer nobody asked for any more.
 */
function dropWhenAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return answer
}

/** One record by id; disabled for a new record (id null). */
export function useRecord<K extends RecordKind>(kind: K, id: string | null) {
  return useQuery({
    queryKey: recordKeys.detail(kind, id ?? ''),
    queryFn: () => api.getRecord(kind, id as string),
    enabled: id !== null,
  })
}

export function useDatasetInfo() {
  return useQuery({ queryKey: datasetKeys.info, queryFn: api.getDatasetInfo })
}

/**
 * Rows of every kind show data of other kinds (labels, citation counts): refresh them all,
 * with the counts, what undo would do next, the records' histories, problems and coverage.
 */
export function invalidateAfterWrite(client: QueryClient) {
  void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'records' && q.queryKey[2] === 'list' })
  void client.invalidateQueries({ queryKey: datasetKeys.info })
  void client.invalidateQueries({ queryKey: datasetKeys.undoState })
  void client.invalidateQueries({ queryKey: historyKeys.all })
  void client.invalidateQueries({ queryKey: reviewKeys.all })
}

/**
 * After undo, redo, a restore or a reload from disk any record may have changed, the open
 * one included: refresh every query.
 */
export function refreshEverything(client: QueryClient): Promise<void> {
  return client.invalidateQueries()
}

/**
 * After one record was saved: main answered the record and its issues, so the form's check of
 * that draft is filled in, not asked again; the counts are refreshed only for a new record,
 * the coverage only for a statement, the history only for that record (issue 15, item 10).
 */
export function updateAfterSave<K extends RecordKind>(
  client: QueryClient,
  kind: K,
  draft: Draft<K>,
  outcome: SaveOutcome<K>,
) {
  const { record, issues, created } = outcome
  client.setQueryData(recordKeys.detail(kind, record.id), record)
  // The live check's key is the draft as JSON (useLiveIssues): the same hash as the draft saved.
  const checked = reviewKeys.validate(kind, JSON.parse(JSON.stringify(draft)) as unknown)
  client.setQueryData(checked, issues)
  const checkedHash = hashKey(checked)
  void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'records' && q.queryKey[2] === 'list' })
  if (created) void client.invalidateQueries({ queryKey: datasetKeys.info })
  void client.invalidateQueries({ queryKey: datasetKeys.undoState })
  void client.invalidateQueries({ queryKey: historyKeys.record(kind, record.id) })
  void client.invalidateQueries({
    predicate: (q) =>
      q.queryKey[0] === 'review' &&
      q.queryHash !== checkedHash &&
      (q.queryKey[1] !== 'coverage' || kind === 'statement'),
  })
}

export function useSaveRecord<K extends RecordKind>(kind: K) {
  const client = useQueryClient()
  return useMutation<SaveOutcome<K>, Error, Draft<K>>({
    mutationFn: (draft) => api.saveRecord(kind, draft),
    onSuccess: (outcome, draft) => updateAfterSave(client, kind, draft, outcome),
  })
}

export interface DeleteRequest {
  id: string
  /** What to do with the statements that depend on the record; without it, main may answer CONFLICT. */
  options?: DeleteOptions
}

/** Deleting a record may change its dependents too: every list is refreshed. */
export function useDeleteRecord(kind: RecordKind) {
  const client = useQueryClient()
  return useMutation<null, Error, DeleteRequest>({
    mutationFn: ({ id, options }) => api.deleteRecord(kind, id, options),
    onSuccess: (_null, { id, options }) => {
      client.removeQueries({ queryKey: recordKeys.detail(kind, id) })
      // Reassigned or trimmed statements may be open in another drawer later: drop their details too.
      if (options) client.removeQueries({ queryKey: recordKeys.details('statement') })
      invalidateAfterWrite(client)
    },
  })
}

/**
 * How to open: without a folder main shows its folder dialog (a null answer means cancelled);
 * `folder` is main's token for a folder that did not open (`ApiCallError.folderToken`).
 */
export type OpenRequest =
  | { folder?: PathToken; readOnly?: boolean; restoreBackup?: undefined }
  | { folder: PathToken; restoreBackup: string }

/** Opens another dataset, read-only on request, or after restoring a backup in its folder. */
export function useOpenDataset() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (request: OpenRequest = {}) =>
      request.restoreBackup !== undefined
        ? api.restoreFolderBackup(request.folder, request.restoreBackup)
        : api.openDataset(request.folder, request.readOnly ? { readOnly: true } : undefined),
    onSuccess: (info) => {
      if (info) showOpenedDataset(client, info)
    },
  })
}

/** Main opened another dataset (open, restore, a team clone): every view starts over on it. */
export function showOpenedDataset(client: QueryClient, info: DatasetInfo) {
  client.setQueryData(datasetKeys.info, info)
  void client.resetQueries({ queryKey: recordKeys.all })
  void client.resetQueries({ queryKey: historyKeys.all })
  void client.resetQueries({ queryKey: reviewKeys.all })
  void client.invalidateQueries({ queryKey: datasetKeys.undoState })
  void client.invalidateQueries({ queryKey: datasetKeys.backups })
}
