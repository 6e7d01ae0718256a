import type { Change, RecordOf } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import type { SchemaValidators } from '../validation/ajv'
import { applyChanges, type RecordMaps } from './apply-changes'
import { type JournalLine, journalIssue } from './journal-read'
import { integrityAfterChanges } from './journal-integrity'
import { schemaIssuesOf } from './record-checks'

type AnyRecord = RecordOf[RecordKind]

interface ReplayResult {
  /** The lines the dataset now reflects (all of them, or those before the first refused one). */
  kept: JournalLine[]
  /** Why a line cannot be replayed, each naming the file, the line and the rule: empty when all can. */
  problems: ValidationIssue[]
}

const key = (kind: RecordKind, id: string) => `${kind}\u0000${id}`

/**
 * Replays the lines the dataset files do not hold yet (after `compactedThrough`) onto the
 * records read from the files, checked as a commit is: every record written is valid against
 * its schema (ids and shapes were checked as each line was read), and afterwards no record
 * refers to one that is not there. On a problem the lines from the first refused one on are
 * taken back out of the records, so that a read-only open shows the dataset as it was before it.
 */
export function replayJournal(
  maps: RecordMaps,
  lines: JournalLine[],
  compactedThrough: number,
  validators: SchemaValidators,
): ReplayResult {
  const problems: ValidationIssue[] = []
  /** Each replayed line's records as they were before it, to take it back out. */
  const undo: { index: number; previous: [RecordKind, string, AnyRecord | undefined][] }[] = []
  /** The last line (index in `lines`) that changed each record. */
  const lastChange = new Map<string, number>()
  let cut = lines.length
  for (let index = 0; index < lines.length && cut === lines.length; index += 1) {
    const { event, file, line } = lines[index] as JournalLine
    if (event.seq <= compactedThrough) continue
    for (const change of event.changes) {
      if (!change.after) continue
      const issues = schemaIssuesOf(validators, change.kind, change.after)
      if (issues.length > 0) {
        problems.push(...issues.map((issue) => journalIssue(file, line, issue.rule, issue.message)))
        cut = index
        break
      }
    }
    if (cut !== lines.length) break
    const previous: [RecordKind, string, AnyRecord | undefined][] = []
    for (const change of event.changes) {
      const map = maps[change.kind] as Map<string, AnyRecord>
      previous.push([change.kind, change.id, map.get(change.id)])
      if (change.after) map.set(change.id, change.after)
      else map.delete(change.id)
      lastChange.set(key(change.kind, change.id), index)
    }
    undo.push({ index, previous })
  }
  for (const found of integrityAfterChanges(maps, lastChange)) {
    const { file, line } = lines[found.index] as JournalLine
    problems.push(journalIssue(file, line, found.issue.rule, found.issue.message))
    cut = Math.min(cut, found.index)
  }
  // Take back out, newest first, every line from the first refused one on.
  for (const step of undo.reverse()) {
    if (step.index < cut) break
    for (const [kind, id, record] of step.previous.reverse()) {
      const map = maps[kind] as Map<string, AnyRecord>
      if (record) map.set(id, record)
      else map.delete(id)
    }
  }
  return { kept: lines.slice(0, cut), problems }
}

/**
 * What would be wrong after `changes` (an undo or a redo, written from history): every record
 * valid against its schema, and no reference left dangling. The records are put back as they
 * were before this answers.
 */
export function changeProblems(
  maps: RecordMaps,
  changes: Change[],
  validators: SchemaValidators,
): ValidationIssue[] {
  const schema = changes.flatMap((c) => (c.after ? schemaIssuesOf(validators, c.kind, c.after) : []))
  if (schema.length > 0) return schema
  const previous = changes.map((c) => [c.kind, c.id, maps[c.kind].get(c.id)] as const)
  applyChanges(maps, changes)
  try {
    return integrityAfterChanges(maps, new Map(changes.map((c) => [key(c.kind, c.id), 0]))).map(
      (f) => f.issue,
    )
  } finally {
    for (const [kind, id, record] of previous.reverse()) {
      const map = maps[kind] as Map<string, AnyRecord>
      if (record) map.set(id, record)
      else map.delete(id)
    }
  }
}
