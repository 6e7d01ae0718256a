import path from 'node:path'
import type { Manifest, RecordOf } from '@shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'
import type { Disk } from './fs/disk'
import { isSharded, MANIFEST_FILE } from './layout'
import { readJournalState } from './open-steps'
import { eachRecordOfFile } from './read-dataset'
import { namerFor, shapeIssue } from './record-checks'
import { recordFilesOf } from './shard-files'
import type { SchemaValidators } from '../validation/ajv'
import type { FolderCheck } from '../validation/deep-check'
import { RecordChecker } from '../validation/record-checker'
import { toIssues } from '../validation/messages'
import type { RuleContext } from '../validation/rules'
import { UniquenessIndex } from '../validation/constraints/uniqueness-index'

type AnyRecord = RecordOf[RecordKind]

export type { RecordProblems } from '../validation/record-checker'

/** The records the journal changed after the last compaction: the latest version of each, null when deleted. */
async function pendingChanges(disk: Disk, folder: string) {
  const { journal, compactedThrough } = await readJournalState(disk, path.join(folder, '.curator'))
  const pending = new Map<RecordKind, Map<string, AnyRecord | null>>(RECORD_KINDS.map((k) => [k, new Map()]))
  for (const event of journal.events) {
    if (event.seq <= compactedThrough) continue
    for (const c of event.changes) pending.get(c.kind)?.set(c.id, (c.after as AnyRecord | null) ?? null)
  }
  return pending
}

/**
 * A kind's records as the store holds them: its files' (its shards, or its one file in the old
 * layout), with the journal's later versions in their place. The open checked that each record
 * sits in its shard; ids are checked again here, across all of a kind's files.
 */
async function* currentRecords(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  sharded: boolean,
  changed: Map<string, AnyRecord | null>,
  fileIssues: ValidationIssue[],
): AsyncGenerator<AnyRecord> {
  const ids = new Set<string>()
  for (const file of await recordFilesOf(disk, folder, kind, sharded)) {
    let index = 0
    for await (const record of eachRecordOfFile(disk, folder, file)) {
      const issue = shapeIssue(kind, file, record, index, ids)
      index += 1
      if (issue) fileIssues.push(issue)
      else {
        const id = (record as AnyRecord).id
        const latest = changed.has(id) ? changed.get(id) : (record as AnyRecord)
        if (latest) yield latest
      }
    }
  }
  for (const [id, latest] of changed) if (latest && !ids.has(id)) yield latest
}

/**
 * The deep check of a dataset folder as the store has it open (files plus the journal's pending
 * commits): every issue of every record, as `recordIssues` gives it, and apart from those the
 * issues that make the files unfit (the shape of each file, every record against its schema,
 * then the cross-record rules), as the open would name them. Sites, sources and properties are
 * kept (statements name them, and a statement rule may count every site); statements, most of
 * the records, are checked one by one as they are parsed and then let go, so the check holds
 * little more than the text of the largest file.
 */
export async function checkFolder(
  folder: string,
  validators: SchemaValidators,
  disk: Disk,
): Promise<FolderCheck> {
  const started = performance.now()
  const pending = await pendingChanges(disk, folder)
  const manifest = JSON.parse(await disk.readFile(path.join(folder, MANIFEST_FILE))) as Manifest
  const fileIssues = toIssues(validators.validate('manifest', manifest)).map((issue) => ({
    ...issue,
    file: MANIFEST_FILE,
    message: `${MANIFEST_FILE}: ${issue.message}`,
  }))
  const kept = new Map<RecordKind, Map<string, AnyRecord>>()
  /** The statements of properties whose values are unique or single: checked once all are read. */
  const constrained = new Map<string, AnyRecord>()
  const uniqueness = new UniquenessIndex((id) => kept.get('property')?.get(id) as RecordOf['property'])
  const context: RuleContext = {
    manifest,
    get: (kind, id) => (kind === 'statement' ? constrained.get(id) : kept.get(kind)?.get(id)) as never,
    all: (kind) => {
      const records = kept.get(kind)
      // Statements are let go as they are checked: a rule that needs them all must say so here.
      if (!records) throw new Error(`The deep check keeps no ${kind} records for a rule to look at.`)
      return records.values() as never
    },
    uniqueness,
  }
  const sharded = isSharded(manifest)
  const checker = new RecordChecker(validators, context, fileIssues.length === 0, namerFor(sharded))
  const recordsOf = (kind: RecordKind) =>
    currentRecords(disk, folder, kind, sharded, pending.get(kind) ?? new Map(), fileIssues)
  // Sites, sources and properties first, all of them, so that every rule sees them whole.
  for (const kind of RECORD_KINDS) {
    if (kind === 'statement') continue
    const keep = new Map<string, AnyRecord>()
    kept.set(kind, keep)
    for await (const record of recordsOf(kind)) keep.set(record.id, record)
    if (kind !== 'property') for (const record of keep.values()) uniqueness.put(kind, record)
  }
  for (const kind of RECORD_KINDS)
    for (const record of kept.get(kind)?.values() ?? []) checker.check(kind, record)
  for await (const record of recordsOf('statement')) {
    // A statement whose constraints compare it with others waits until every statement is read.
    if (uniqueness.keysFor('statement', record).length > 0) {
      constrained.set(record.id, record)
      uniqueness.put('statement', record)
    } else checker.check('statement', record)
  }
  for (const record of constrained.values()) checker.check('statement', record)
  const failure = checker.failure(fileIssues)
  const total = performance.now() - started
  return {
    failure,
    problems: checker.problems,
    timings: {
      parseMs: total - checker.schemaMs - checker.rulesMs,
      schemaMs: checker.schemaMs,
      rulesMs: checker.rulesMs,
    },
  }
}

/** What makes the files of a dataset folder unfit (see `checkFolder`): empty when they are sound. */
export async function checkDatasetFolder(
  folder: string,
  validators: SchemaValidators,
  disk: Disk,
): Promise<ValidationIssue[]> {
  return (await checkFolder(folder, validators, disk)).failure
}
