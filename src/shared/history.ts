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

/**
 * The names, by language, of what a command's label names by id, so that the renderer says "Edit
 * site 莫高窟" or "Edit statement The Great Wall: area" even for a record since deleted. A source
 * has one title, under `und` (language undetermined).
 */
export interface CommandNames {
  /** The record the label names (a merge: the site kept). */
  record?: Record<string, string>
  /** A merge's removed site. */
  removed?: Record<string, string>
  /** A reorder's property. */
  property?: Record<string, string>
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
  /** Filled in by undo and redo for the renderer's message; never journaled. */
  names?: CommandNames
}

/** What to do with the statements that depend on a record being deleted. */
export interface DeleteOptions {
  /** Sources: drop the references to it, or point them at another source. Sites: delete the statements about it. */
  dependents: 'remove' | 'reassign'
  /** With reassign: the source that takes over the references. */
  reassignTo?: string
}

export interface UndoStep {
  label: string
  at: string
  author: string
  names?: CommandNames
}

export interface UndoState {
  undo?: UndoStep
  redo?: UndoStep
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
  /** The names the version's label is said with (see CommandNames). */
  names?: CommandNames
}
