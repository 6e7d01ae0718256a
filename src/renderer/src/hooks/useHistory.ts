import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RecordKind } from '@shared/result'
import { api, historyKeys } from '../lib/api'
import { refreshEverything } from './useRecords'

/** Every remembered version of one record, newest first; read only while the history is shown. */
export function useRecordHistory(kind: RecordKind, id: string, enabled: boolean) {
  return useQuery({
    queryKey: historyKeys.record(kind, id),
    queryFn: () => api.getHistory(kind, id),
    enabled,
  })
}

/** Makes an earlier version current again, as a new undoable edit. */
export function useRestoreVersion(kind: RecordKind, id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (seq: number) => api.restoreVersion(kind, id, seq),
    onSettled: () => refreshEverything(client),
  })
}
