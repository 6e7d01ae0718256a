import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { api, recordKeys, reviewKeys } from '../lib/api'
import { useDatasetEvent } from './useDatasetEvent'
import { refreshEverything } from './useRecords'

/** Main's news about the dataset as a whole that this hook acts on. */
const FOLLOWED = [
  'reloaded',
  'conflict',
  'reload-failed',
  'check-failed',
  'checked',
  'compaction-failed',
] as const

export type ConflictChoice = 'keep-mine' | 'take-theirs'

/**
 * Follows main's news about the dataset: a reload refreshes every table and form; a conflict
 * (files changed on disk while edits were still to be written) waits for the curator's choice.
 */
export function useDatasetEvents() {
  const { t } = useTranslation('shell')
  const client = useQueryClient()
  const [conflict, setConflict] = useState<string[] | null>(null)

  useDatasetEvent(FOLLOWED, (event) => {
    if (event.type === 'reloaded') {
      void refreshEverything(client)
      notifications.show({ message: t('events.reloaded', { reason: event.reason }), color: 'blue' })
    } else if (event.type === 'conflict') {
      setConflict(event.files)
    } else if (event.type === 'reload-failed') {
      notifications.show({
        title: t('events.reloadFailed', { files: event.files.join(', ') }),
        message: t('events.reloadFailedDetail', { message: event.message }),
        color: 'orange',
        autoClose: false,
      })
    } else if (event.type === 'check-failed') {
      void refreshEverything(client)
      notifications.show({
        title: t('events.checkFailed'),
        message: event.message,
        color: 'red',
        autoClose: false,
      })
    } else if (event.type === 'checked') {
      // A large dataset's problems are known now: the sites' "has issues" facet and the panel fill in.
      void client.invalidateQueries({ queryKey: recordKeys.lists('site') })
      void client.invalidateQueries({ queryKey: reviewKeys.all })
    } else if (event.type === 'compaction-failed') {
      notifications.show({
        title: t('events.compactionFailed'),
        message: t('events.compactionFailedDetail', { message: event.message }),
        color: 'red',
      })
    }
  })

  const resolve = useMutation({
    mutationFn: (choice: ConflictChoice) => api.resolveConflict(choice),
    onSettled: () => refreshEverything(client),
  })

  return {
    /** The files that changed on disk, while the curator has not chosen yet; otherwise null. */
    conflict,
    resolving: resolve.isPending,
    resolve: (choice: ConflictChoice) =>
      resolve.mutate(choice, {
        onSuccess: () => {
          setConflict(null)
          notifications.show({
            message: choice === 'keep-mine' ? t('events.keptMine') : t('events.tookTheirs'),
            color: 'teal',
          })
        },
        onError: (error) => {
          notifications.show({ title: t('events.notResolved'), message: error.message, color: 'red' })
        },
      }),
  }
}
