import type { Change, DeleteOptions, ItemRef, Statement, Value } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import { findDependents } from '../validation/integrity'

function moveItem(item: ItemRef, from: string, to: string): ItemRef {
  return item.kind === 'site' && item.id === from ? { kind: 'site', id: to } : item
}

function moveValue(value: Value, from: string, to: string): Value {
  return value.type === 'item' ? { ...value, item: moveItem(value.item, from, to) } : value
}

/** A statement with every mention of one record replaced by another (reassign). */
function reassign(s: Statement, kind: RecordKind, from: string, to: string): Statement {
  if (kind === 'source')
    return { ...s, references: s.references.map((r) => (r.source === from ? { ...r, source: to } : r)) }
  return {
    ...s,
    subject: moveItem(s.subject, from, to),
    value: moveValue(s.value, from, to),
    qualifiers: s.qualifiers.map((q) => ({ ...q, value: moveValue(q.value, from, to) })),
  }
}

/** A statement without its references to one source, or null when the statement itself must go. */
function withoutRecord(s: Statement, kind: RecordKind, id: string): Statement | null {
  if (kind === 'source') return { ...s, references: s.references.filter((r) => r.source !== id) }
  if (kind === 'property' && s.property !== id) {
    return { ...s, qualifiers: s.qualifiers.filter((q) => q.property !== id) }
  }
  return null
}

/**
 * The changes that delete a record together with what its dependents need so that nothing
 * dangles: without options, a CONFLICT that lists the dependents.
 */
export function deletionChanges(
  store: DatasetStore,
  kind: RecordKind,
  id: string,
  options?: DeleteOptions,
): Change[] {
  const record = store.get(kind, id)
  if (!record) throw new CuratorError('NOT_FOUND', `There is no ${kind} with the id “${id}”.`)
  const dependents = findDependents(kind, id, store.all('statement'))
  const changes: Change[] = []
  if (dependents.length > 0) {
    if (!options) throw dependentsConflict(kind, dependents)
    if (options.dependents === 'reassign') {
      const to = options.reassignTo
      if (!to || to === id || !store.get(kind, to)) {
        throw new CuratorError('VALIDATION', `Choose another existing ${kind} to take over the references.`)
      }
      if (kind === 'property')
        throw new CuratorError('VALIDATION', 'A property’s statements cannot be reassigned.')
      for (const s of dependents)
        changes.push({ kind: 'statement', id: s.id, before: s, after: reassign(s, kind, id, to) })
    } else {
      for (const s of dependents)
        changes.push({ kind: 'statement', id: s.id, before: s, after: withoutRecord(s, kind, id) })
    }
  }
  changes.push({ kind, id, before: record, after: null } as Change)
  return changes
}

function dependentsConflict(kind: RecordKind, dependents: Statement[]): CuratorError {
  const issues = dependents.map((s) => ({
    path: '',
    rule: 'integrity.no-dangling-reference',
    severity: 'error' as const,
    record: { kind: 'statement' as const, id: s.id },
    message: `Statement “${s.id}” refers to this ${kind}.`,
  }))
  const n = dependents.length
  return new CuratorError(
    'CONFLICT',
    `This ${kind} cannot be deleted as it is: ${n} statement${n === 1 ? '' : 's'} refer${n === 1 ? 's' : ''} to it. Cancel, reassign them, or remove them.`,
    issues,
  )
}
