import type { RecordKind, ValidationIssue } from '@shared/result'
import { OLD_RECORD_FILES } from './layout'
import { type FileReading, readRecords } from './read-dataset'
import { duplicateIssue, idIssue } from './record-checks'
import { recordFilesOf, shardFileOfRecord, shardKeyOfRecord, shardOfFile } from './shard-files'
import { shardFile, shardOf } from './shards'

/** A kind's records as read from its files, checked for shape: in id order, and by id. */
interface KindRecords {
  list: unknown[]
  byId: Map<string, unknown>
  /** Shape problems (no id, an id used twice, a record in the wrong shard), each naming its file. */
  issues: ValidationIssue[]
}

const NONE = new Set<string>()

function misplaced(kind: RecordKind, file: string, id: string, problem: string): ValidationIssue {
  const message = `${file}, record “${id}”: ${problem}`
  return { path: '', message, rule: 'file.shard', severity: 'error', file, record: { kind, id } }
}

/**
 * Takes the records of one shard file that have an id and sit in the right shard (the SHA-1 of
 * their key: their id, a statement's subject), and names the others. A statement shard's
 * statements share few subjects, so each subject is hashed once.
 */
export function shardRecordsInPlace(
  kind: RecordKind,
  file: string,
  records: unknown[],
  into: unknown[],
  issues: ValidationIssue[],
): void {
  const shard = shardOfFile(file)
  const shardOfKey = new Map<string, string>()
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index]
    const issue = idIssue(kind, file, record, index, NONE)
    if (issue) {
      issues.push(issue)
      continue
    }
    const id = (record as { id: string }).id
    const key = shardKeyOfRecord(kind, record)
    if (key === undefined) {
      issues.push(
        misplaced(kind, file, id, 'has no subject (a site or a country) to place it in a shard by.'),
      )
      continue
    }
    let found = kind === 'statement' ? shardOfKey.get(key) : undefined
    if (found === undefined) {
      found = shardOf(key)
      if (kind === 'statement') shardOfKey.set(key, found)
    }
    if (found !== shard) {
      const by = kind === 'statement' ? `its subject “${key}”` : 'its id'
      const problem = `belongs in ${shardFile(kind, found)}, the shard of ${by} (docs/LAYOUT.md).`
      issues.push(misplaced(kind, file, id, problem))
      continue
    }
    into.push(record)
  }
}

const byId = (a: unknown, b: unknown) => {
  const x = (a as { id: string }).id
  const y = (b as { id: string }).id
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * A kind's records from its shards, or from its one file in the old layout, in id order as the
 * single files had them (sorting 256 sorted shards is a merge of runs: about eight comparisons a
 * record), each id once. Every file keeps the refusals of `readRecords` (size, depth, empty, JSON).
 */
export async function readKindRecords(
  reading: FileReading,
  kind: RecordKind,
  sharded: boolean,
): Promise<KindRecords> {
  const list: unknown[] = []
  const issues: ValidationIssue[] = []
  for (const file of await recordFilesOf(reading.disk, reading.folder, kind, sharded)) {
    const records = (await readRecords(reading, file)) ?? []
    if (sharded) shardRecordsInPlace(kind, file, records, list, issues)
    else
      records.forEach((record, index) => {
        const issue = idIssue(kind, file, record, index, NONE)
        if (issue) issues.push(issue)
        else list.push(record)
      })
  }
  list.sort(byId)
  const map = new Map<string, unknown>()
  let previous: unknown
  for (const record of list) {
    const id = (record as { id: string }).id
    if (!map.has(id)) map.set(id, record)
    else {
      const files = [shardFileOfRecord(kind, previous), shardFileOfRecord(kind, record)]
      const file = !sharded ? OLD_RECORD_FILES[kind] : [...new Set(files)].join(' and ')
      issues.push(duplicateIssue(kind, file, id))
    }
    previous = record
  }
  return { list, byId: map, issues }
}
