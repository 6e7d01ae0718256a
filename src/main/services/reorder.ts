import type { Change, Command, Statement } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import { sameItem } from '../query/rows'

/**
 * Puts the values of one property of one subject in the order given, as one undoable command:
 * each statement's `order` becomes its index. The ids must be exactly that group's statements.
 */
export function reorderStatements(store: DatasetStore, ids: string[], now: string): Promise<Command> {
  const statements = ids.map((id) => store.get('statement', id))
  const first = statements[0]
  if (!first || statements.some((s) => !s)) {
    throw new CuratorError('NOT_FOUND', 'Some of the statements to reorder no longer exist.')
  }
  const group = [...store.all('statement')].filter(
    (s) => s.property === first.property && sameItem(s.subject, first.subject),
  )
  if (
    new Set(ids).size !== ids.length ||
    group.length !== ids.length ||
    !group.every((s) => ids.includes(s.id))
  ) {
    throw new CuratorError(
      'VALIDATION',
      'Give every value of one property of one subject, each once, to reorder them.',
    )
  }
  const changes: Change[] = []
  ;(statements as Statement[]).forEach((before, order) => {
    if (before.order !== order)
      changes.push({ kind: 'statement', id: before.id, before, after: { ...before, order, updatedAt: now } })
  })
  return store.commit(`Reorder ${first.property} values`, changes)
}
