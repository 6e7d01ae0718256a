import { useEffect } from 'react'
import type { EditableKind } from './useNavigation'

/**
 * The order the curator sees records in: each list page publishes the ids of the rows it has
 * loaded, in the table's order, and next/previous record (Alt+↓ / Alt+↑) walks through them.
 * A module-level store, so that a page publishes with one line and the shortcut reads without props.
 * Nothing subscribes: the order is read when Alt+↓ / Alt+↑ is pressed, so that each new search
 * result does not re-render the components that hold the shortcuts.
 */
type Sequences = Partial<Record<EditableKind, readonly string[]>>

const sequences: Sequences = {}

function publish(kind: EditableKind, ids: readonly string[]): void {
  sequences[kind] = ids
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

/** The order last published for a kind (read at the moment it is needed, not subscribed to). */
export function recordSequence(kind: EditableKind): readonly string[] | undefined {
  return sequences[kind]
}
