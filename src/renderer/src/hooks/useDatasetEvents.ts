import { useEffect, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'
import { api } from '../lib/api'
import { refreshEverything } from './useRecords'

export type ConflictChoice = 'keep-mine' | 'take-theirs'

/**
 * Follows main's news about the dataset: a reload refreshes every table and form; a conflict
 * (files changed on disk while edits were still to be written) waits for the curator's choice.
 */
export function useDatasetEvents() {
  const client = useQueryClient()
  const [conflict, setConflict] = useState<string[] | null>(null)

  useEffect(() => {
    const subscribe = window.api?.onDatasetEvent
    if (typeof subscribe !== 'function') return undefined
    return subscribe((event) => {
      if (event.type === 'reloaded') {
        void refreshEverything(client)
        notifications.show({ message: `Reloaded: ${event.reason}`, color: 'blue' })
      } else if (event.type === 'conflict') {
        setConflict(event.files)
      } else if (event.type === 'reload-failed') {
        notifications.show({
          title: `${event.files.join(', ')} changed on disk and cannot be read`,
          message: `${event.message} You keep working on your version; nothing on disk was overwritten.`,
          color: 'orange',
          autoClose: false,
        })
      } else if (event.type === 'check-failed') {
        void refreshEverything(client)
        notifications.show({
          title: 'This dataset has problems in its files: it is read-only now',
          message: event.message,
          color: 'red',
          autoClose: false,
        })
      } else if (event.type === 'compaction-failed') {
        notifications.show({
          title: 'Writing your edits into the dataset files failed',
          message: `${event.message} Your edits are safe in the journal and are written again later.`,
          color: 'red',
        })
      }
    })
  }, [client])

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
            message:
              choice === 'keep-mine'
                ? 'Kept your edits: they were written over the change on disk.'
                : 'Took the files from disk: your edits that were not written yet were dropped.',
            color: 'teal',
          })
        },
        onError: (error) => {
          notifications.show({ title: 'The conflict is not resolved', message: error.message, color: 'red' })
        },
      }),
  }
}
