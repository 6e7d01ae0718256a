import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'

/** Follows main's news about the dataset: a reload refreshes every table and form. */
export function useDatasetEvents() {
  const client = useQueryClient()
  useEffect(() => {
    // The browser test harness bridges only the invoke methods: there may be no subscription.
    const subscribe = window.api?.onDatasetEvent
    if (typeof subscribe !== 'function') return undefined
    return subscribe((event) => {
      if (event.type === 'reloaded') {
        void client.invalidateQueries()
        notifications.show({ message: `The dataset was reloaded: ${event.reason}`, color: 'blue' })
      } else if (event.type === 'conflict') {
        notifications.show({
          title: 'The dataset changed on disk',
          message: `Changed outside the app: ${event.files.join(', ')}`,
          color: 'orange',
          autoClose: false,
        })
      } else if (event.type === 'compaction-failed') {
        notifications.show({
          title: 'Saving to the dataset files failed',
          message: event.message,
          color: 'red',
        })
      }
    })
  }, [client])
}
