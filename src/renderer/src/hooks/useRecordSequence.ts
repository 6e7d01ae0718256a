import { useEffect, useSyncExternalStore } from 'react'
import type { EditableKind } from './useNavigation'

/**
 * The order the curator sees records in: each list page publishes the ids of the rows it has
 * loaded, in the table's order, and next/previous record (Alt+↓ / Alt+↑) walks through them.
 * A module-level store, so that a page publishes with one line and the drawer reads without props.
 */
type Sequences = Partial<Record<EditableKind, readonly string[]>>

let sequences: Sequences = {}
const listeners = new Set<() => void>()

function publish(kind: EditableKind, ids: readonly string[]): void {
  const known = sequences[kind]
  if (known && known.length === ids.length && known.every((id, index) => id === ids[index])) return
  sequences = { ...sequences, [kind]: ids }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** For list pages: `usePublishRecordSequence('site', page?.rows.map((row) => row.id))`. */
export function usePublishRecordSequence(kind: EditableKind, ids: readonly string[] | undefined): void {
  const key = ids?.join('\n')
  useEffect(() => {
    if (key !== undefined) publish(kind, key === '' ? [] : key.split('\n'))
  }, [kind, key])
}

/** The record after (step 1) or before (step -1) `id` in its table's order; null at either end or when not listed. */
export function neighbour(ids: readonly string[] | undefined, id: string, step: 1 | -1): string | null {
  const index = ids?.indexOf(id) ?? -1
  if (!ids || index < 0) return null
  return ids[index + step] ?? null
}

/** The published order of each kind, as it changes. */
export function useRecordSequences(): Sequences {
  return useSyncExternalStore(subscribe, () => sequences)
}
