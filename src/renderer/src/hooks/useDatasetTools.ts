import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Preferences } from '@shared/domain'
import { api, datasetKeys } from '../lib/api'
import { refreshEverything } from './useRecords'

/** The curator's preferences (the name written into history). */
export function usePreferences(enabled = true) {
  return useQuery({ queryKey: datasetKeys.preferences, queryFn: api.getPreferences, enabled })
}

export function useSavePreferences() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: Partial<Preferences>) => api.savePreferences(change),
    onSuccess: (saved) => client.setQueryData(datasetKeys.preferences, saved),
  })
}

/** The dataset's backup generations, newest first; read each time the list is shown. */
export function useBackups(enabled: boolean) {
  return useQuery({ queryKey: datasetKeys.backups, queryFn: api.listBackups, enabled, staleTime: 0 })
}

/** Makes the dataset as it was in a backup: one undoable step that may touch any record. */
export function useRestoreBackup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => api.restoreBackup(name),
    onSettled: () => refreshEverything(client),
  })
}
