import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import type { Draft, RecordOf, RecordQuery } from '../../../shared/domain'
import type { RecordKind } from '../../../shared/result'
import { api, datasetKeys, recordKeys } from '../lib/api'

/** One page of a table; the previous page stays on screen while the next one loads. */
export function useRecordList<K extends RecordKind>(kind: K, query: RecordQuery, enabled = true) {
  return useQuery({
    queryKey: recordKeys.list(kind, query),
    queryFn: () => api.queryRecords(kind, query),
    placeholderData: keepPreviousData,
    enabled,
  })
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

/** Rows of every kind show data of other kinds (labels, citation counts): refresh them all. */
function invalidateAfterWrite(client: QueryClient) {
  void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'records' && q.queryKey[2] === 'list' })
  void client.invalidateQueries({ queryKey: datasetKeys.info })
}

export function useSaveRecord<K extends RecordKind>(kind: K) {
  const client = useQueryClient()
  return useMutation<RecordOf[K], Error, Draft<K>>({
    mutationFn: (draft) => api.saveRecord(kind, draft),
    onSuccess: (saved) => {
      client.setQueryData(recordKeys.detail(kind, saved.id), saved)
      invalidateAfterWrite(client)
    },
  })
}

export function useDeleteRecord(kind: RecordKind) {
  const client = useQueryClient()
  return useMutation<null, Error, string>({
    mutationFn: (id) => api.deleteRecord(kind, id),
    onSuccess: (_null, id) => {
      client.removeQueries({ queryKey: recordKeys.detail(kind, id) })
      invalidateAfterWrite(client)
    },
  })
}

/** Opens another dataset (main shows the folder dialog); a null answer means cancelled. */
export function useOpenDataset() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => api.openDataset(),
    onSuccess: (info) => {
      if (!info) return
      client.setQueryData(datasetKeys.info, info)
      void client.resetQueries({ queryKey: recordKeys.all })
    },
  })
}
