import type { Change, Command } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { RecordMaps } from './apply-changes'
import { toCanonicalJson } from './canonical-json'
import { CuratorError } from './errors'
import type { JournalEvent } from './journal'
import { changeProblems } from './journal-replay'
import type { SchemaValidators } from '../validation/ajv'

/** The inverse of a list of changes: what undoes them, in reverse order. */
export function invert(changes: Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change)
}

/**
 * Refuses (CONFLICT) to undo or redo changes when a record they touched is no longer as they
 * left it (`side`: what the record must be now), so that no later edit is lost.
 */
export function assertUnchanged(maps: RecordMaps, changes: Change[], side: 'before' | 'after', verb: string) {
  for (const change of changes) {
    const current = maps[change.kind].get(change.id) ?? null
    if (toCanonicalJson(current) !== toCanonicalJson(change[side])) {
      throw new CuratorError(
        'CONFLICT',
        `“${change.id}” has changed since, so this step cannot be ${verb} without losing that change.`,
      )
    }
  }
}

/** Undo and redo write records from the journal's history: checked as any commit is. */
export function assertSound(maps: RecordMaps, changes: Change[], validators: SchemaValidators, verb: string) {
  const problems = changeProblems(maps, changes, validators)
  if (problems.length > 0)
    throw new CuratorError('VALIDATION', `This step cannot be ${verb}: ${problems[0]?.message}`, problems)
}

/**
 * Undo and redo stacks, rebuilt from the journal on every open: that is why undo survives a
 * restart. Only the ids live here; the changes come from each command's `do` event.
 */
export class UndoHistory {
  private readonly done = new Map<string, JournalEvent>()
  private undoStack: string[] = []
  private redoStack: string[] = []

  constructor(events: Iterable<JournalEvent> = []) {
    for (const event of events) this.record(event)
  }

  record(event: JournalEvent): void {
    if (event.op === 'do') {
      this.done.set(event.commandId, event)
      this.undoStack.push(event.commandId)
      this.redoStack = []
    } else if (event.op === 'undo') {
      this.undoStack = this.undoStack.filter((id) => id !== event.commandId)
      this.redoStack.push(event.commandId)
    } else {
      this.redoStack = this.redoStack.filter((id) => id !== event.commandId)
      this.undoStack.push(event.commandId)
    }
  }

  /** Forgets commands whose `do` event was trimmed from the journal. */
  forgetMissing(): void {
    this.undoStack = this.undoStack.filter((id) => this.done.has(id))
    this.redoStack = this.redoStack.filter((id) => this.done.has(id))
  }

  /** The command the next undo would undo. */
  nextUndo(): Command | undefined {
    return this.command(this.undoStack.at(-1))
  }

  nextRedo(): Command | undefined {
    return this.command(this.redoStack.at(-1))
  }

  private command(id: string | undefined): Command | undefined {
    const event = id === undefined ? undefined : this.done.get(id)
    if (!event) return undefined
    return {
      id: event.commandId,
      label: event.label,
      at: event.at,
      author: event.author,
      changes: event.changes,
    }
  }
}

/** One entry of a record's history: who changed it, when, how, and the version it left. */
export interface RecordVersion {
  seq: number
  op: JournalEvent['op']
  label: string
  at: string
  author: string
  before: unknown
  after: unknown
}

/** Every change the journal holds for one record, newest first. */
export function recordHistory(
  events: readonly JournalEvent[],
  kind: RecordKind,
  id: string,
): RecordVersion[] {
  const versions: RecordVersion[] = []
  for (const event of events) {
    for (const change of event.changes) {
      if (change.kind !== kind || change.id !== id) continue
      const { seq, op, label, at, author } = event
      versions.push({ seq, op, label, at, author, before: change.before, after: change.after })
    }
  }
  return versions.reverse()
}
