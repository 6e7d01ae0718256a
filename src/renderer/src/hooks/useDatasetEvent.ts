import { useEffect, useLayoutEffect, useRef } from 'react'
import type { DatasetEvent } from '@shared/domain'

type EventOf<T extends DatasetEvent['type']> = Extract<DatasetEvent, { type: T }>

/**
 * Calls `handler` for each of main's dataset events of the given types. Subscribed once per set
 * of types; the handler is the latest render's, so it sees current state without re-subscribing.
 * Without a bridge (a unit test's renderer) nothing is subscribed.
 */
export function useDatasetEvent<T extends DatasetEvent['type']>(
  types: T | readonly T[],
  handler: (event: EventOf<T>) => void,
): void {
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  const wanted = (typeof types === 'string' ? [types] : [...types]).join(' ')
  useEffect(() => {
    const subscribe = window.api?.onDatasetEvent
    if (typeof subscribe !== 'function') return undefined
    const accepted = new Set(wanted.split(' '))
    return subscribe((event) => {
      if (accepted.has(event.type)) latest.current(event as EventOf<T>)
    })
  }, [wanted])
}
