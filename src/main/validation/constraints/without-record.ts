import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { RuleContext } from '../rules/rule'
import { UniquenessIndex } from './uniqueness-index'
import { uniquenessOf } from './uniqueness-of'

/**
 * The dataset as it would be without one record, for checking what replaces it: a merged site is
 * checked as if the site it absorbs were gone (they share a UNESCO id, which is why they are
 * merged). The store's uniqueness index is filtered, not rebuilt.
 */
export function withoutRecord(context: RuleContext, kind: RecordKind, id: string): RuleContext {
  const index = uniquenessOf(context)
  return {
    manifest: context.manifest,
    get: (k, i) => (k === kind && i === id ? undefined : context.get(k, i)),
    *all<K extends RecordKind>(k: K): Iterable<RecordOf[K]> {
      for (const record of context.all(k)) if (k !== kind || record.id !== id) yield record
    },
    uniqueness: index instanceof UniquenessIndex ? index.without(kind, new Set([id])) : index,
  }
}
