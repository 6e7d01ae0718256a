import path from 'node:path'
import type { RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '../../shared/result'
import type { Disk } from '../dataset/fs/disk'
import { MANIFEST_FILE } from '../dataset/layout'
import { readJournalState } from '../dataset/open-steps'
import { eachRecordOfFile, schemaIssuesOf, shapeIssue } from '../dataset/read-dataset'
import type { SchemaValidators } from './ajv'
import { integrityIssuesOf, type RecordLookup } from './integrity'
import { toIssues } from './messages'

type AnyRecord = RecordOf[RecordKind]

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

/** A kind's records as the store holds them: the file's, with the journal's later versions in their place. */
async function* currentRecords(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  changed: Map<string, AnyRecord | null>,
  fileIssues: ValidationIssue[],
): AsyncGenerator<AnyRecord> {
  const ids = new Set<string>()
  let index = 0
  for await (const record of eachRecordOfFile(disk, folder, kind)) {
    const issue = shapeIssue(kind, record, index, ids)
    index += 1
    if (issue) fileIssues.push(issue)
    else {
      const id = (record as AnyRecord).id
      const latest = changed.has(id) ? changed.get(id) : (record as AnyRecord)
      if (latest) yield latest
    }
  }
  for (const [id, latest] of changed) if (latest && !ids.has(id)) yield latest
}

/**
 * The deep check of a dataset folder as the store has it open (files plus the journal's pending
 * commits): every record against its schema, then the cross-record rules, with the issues of
 * `deepIssues`. Sites, sources and properties are kept (statements name them); statements,
 * most of the records, are checked one by one as they are parsed and then let go, so the check
 * holds little more than the text of the largest file.
 */
export async function checkDatasetFolder(
  folder: string,
  validators: SchemaValidators,
  disk: Disk,
): Promise<ValidationIssue[]> {
  const pending = await pendingChanges(disk, folder)
  const manifest = JSON.parse(await disk.readFile(path.join(folder, MANIFEST_FILE))) as unknown
  const fileIssues = toIssues(validators.validate('manifest', manifest)).map((issue) => ({
    ...issue,
    file: MANIFEST_FILE,
    message: `${MANIFEST_FILE}: ${issue.message}`,
  }))
  const schemaIssues: ValidationIssue[] = []
  const integrityIssues: ValidationIssue[] = []
  const kept = new Map<RecordKind, Map<string, AnyRecord>>()
  const lookup: RecordLookup = { get: (kind, id) => kept.get(kind)?.get(id) as never }
  for (const kind of RECORD_KINDS) {
    const keep = kind !== 'statement' ? new Map<string, AnyRecord>() : undefined
    if (keep) kept.set(kind, keep)
    const changed = pending.get(kind) ?? new Map<string, AnyRecord | null>()
    for await (const record of currentRecords(disk, folder, kind, changed, fileIssues)) {
      keep?.set(record.id, record)
      const issues = schemaIssuesOf(validators, kind, record)
      schemaIssues.push(...issues)
      // Cross-record rules assume well-formed records, and matter only when all are.
      if (schemaIssues.length === 0 && kind === 'statement')
        integrityIssues.push(...integrityIssuesOf(kind, record as never, lookup))
    }
    if (kind !== 'statement' && schemaIssues.length === 0)
      for (const record of keep?.values() ?? [])
        integrityIssues.push(...integrityIssuesOf(kind, record as never, lookup))
  }
  if (fileIssues.length > 0) return fileIssues
  return schemaIssues.length > 0 ? schemaIssues : integrityIssues
}
