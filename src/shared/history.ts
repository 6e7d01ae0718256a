/**
 * Changes and history: one undoable command and its record changes, what a delete does to
 * dependents, the undo state, and a record's remembered versions.
 */
import type { RecordKind } from './record-kinds'
import type { RecordOf } from './records'

/** One record's change within a command: `before` null for a creation, `after` null for a deletion. */
export interface Change<K extends RecordKind = RecordKind> {
  kind: K
  id: string
  before: RecordOf[K] | null
  after: RecordOf[K] | null
}

/** One undoable step: a save, a delete, an import, a merge, a restore. */
export interface Command {
  id: string
  label: string
  /** ISO timestamp. */
  at: string
  /** The curator's name, from preferences. */
  author: string
  changes: Change[]
}

/** What to do with the statements that depend on a record being deleted. */
export interface DeleteOptions {
  /** Sources: drop the references to it, or point them at another source. Sites: delete the statements about it. */
  dependents: 'remove' | 'reassign'
  /** With reassign: the source that takes over the references. */
  reassignTo?: string
}

export interface UndoState {
  undo?: { label: string; at: string; author: string }
  redo?: { label: string; at: string; author: string }
}

/** One field that differs between two versions of a record. */
export interface FieldChange {
  /** JSON pointer. */
  path: string
  before?: unknown
  after?: unknown
}

/** One remembered version of a record: who made it, when, what changed. */
export interface RecordVersion {
  seq: number
  op: 'do' | 'undo' | 'redo'
  label: string
  at: string
  author: string
  /** 'created', 'edited' or 'deleted'. */
  effect: 'created' | 'edited' | 'deleted'
  fields: FieldChange[]
}
