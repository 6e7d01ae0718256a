import type { RecordKind } from '@shared/result'
import type { RuleContext } from '../rules/rule'
import { type UniqueHolders, UniquenessIndex } from './uniqueness-index'

/** A context that says which records changed since a revision: the dataset store. */
interface Versioned {
  revision: number
  changedSince(revision: number): { kind: RecordKind; id: string }[] | undefined
}

const isVersioned = (context: object): context is Versioned =>
  typeof (context as Partial<Versioned>).revision === 'number' &&
  typeof (context as Partial<Versioned>).changedSince === 'function'

const kept = new WeakMap<object, { revision: number | undefined; index: UniquenessIndex }>()

/**
 * The uniqueness index of a rule context: its own, when it keeps one (the deep check); for the
 * store, one built once and then moved edit by edit (a changed property can change which
 * statements are held, so it starts over); for any other context (an import's overlay, the
 * export gate's arrays), built once, when a rule first asks.
 */
export function uniquenessOf(context: RuleContext): UniqueHolders {
  if (context.uniqueness) return context.uniqueness
  const entry = kept.get(context)
  if (entry && !isVersioned(context)) return entry.index
  if (entry && isVersioned(context) && entry.revision !== undefined) {
    if (entry.revision === context.revision) return entry.index
    const changed = context.changedSince(entry.revision)
    if (changed && !changed.some((c) => c.kind === 'property')) {
      for (const { kind, id } of changed) {
        const record = context.get(kind, id)
        if (record) entry.index.put(kind, record)
        else entry.index.remove(kind, id)
      }
      entry.revision = context.revision
      return entry.index
    }
  }
  const index = UniquenessIndex.over(context)
  kept.set(context, { revision: isVersioned(context) ? context.revision : undefined, index })
  return index
}
