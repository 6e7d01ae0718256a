import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'
import type { SchemaValidators } from '../validation/ajv'
import { checkDatasetIntegrity } from '../validation/integrity'
import { toIssues } from '../validation/messages'
import type { RecordFileNamer } from '../validation/record-checker'
import { CuratorError } from './errors'
import { OLD_RECORD_FILES } from './layout'
import type { Collections } from './read-dataset'
import { shardFileOfRecord, shardKeyOfRecord } from './shard-files'

/** `fileOf`, computed once per shard key (a SHA-1 each): a site's statements share their site's. */
function byShardKey(fileOf: RecordFileNamer): RecordFileNamer {
  const known = new Map<string, string>()
  return (kind, record) => {
    const key = shardKeyOfRecord(kind, record)
    if (key === undefined) return fileOf(kind, record)
    const memo = `${kind === 'statement' ? 't' : kind}\u0000${key}`
    let file = known.get(memo)
    if (file === undefined) known.set(memo, (file = fileOf(kind, record)))
    return file
  }
}

/** Names each record's file, as the layout has it (a new namer per check: its memo is the check's). */
export const namerFor = (sharded: boolean): RecordFileNamer =>
  sharded ? byShardKey(shardFileOfRecord) : (kind) => OLD_RECORD_FILES[kind]

/**
 * The shape problem of the `index`th record of `file`, if any: no id, or an id seen before (in
 * `seen`). What every open checks of every record, however large the dataset.
 */
export function idIssue(
  kind: RecordKind,
  file: string,
  record: unknown,
  index: number,
  seen: { has(id: string): boolean },
): ValidationIssue | undefined {
  const id = (record as { id?: unknown } | null)?.id
  if (typeof id !== 'string') {
    const message = `${file}, record #${index + 1}: has no id.`
    return {
      path: '/id',
      message,
      rule: 'schema.required',
      severity: 'error',
      file,
      record: { kind, id: String(index) },
    }
  }
  return seen.has(id) ? duplicateIssue(kind, file, id) : undefined
}

/** An id used twice in a kind: `file` names the file (or files) that hold it. */
export function duplicateIssue(kind: RecordKind, file: string, id: string): ValidationIssue {
  const message = `${file}: the id “${id}” is used twice.`
  return { path: '/id', message, rule: 'integrity.unique-id', severity: 'error', file, record: { kind, id } }
}

/** The shape problem of the `index`th record of a kind's records (see `idIssue`); adds its id to `ids`. */
export function shapeIssue(
  kind: RecordKind,
  file: string,
  record: unknown,
  index: number,
  ids: Set<string>,
): ValidationIssue | undefined {
  const issue = idIssue(kind, file, record, index, ids)
  if (!issue) ids.add((record as { id: string }).id)
  return issue
}

/** One record against its schema, each issue naming the file and the record. */
export function schemaIssuesOf(
  validators: SchemaValidators,
  kind: RecordKind,
  record: { id: string },
  fileOf: RecordFileNamer = shardFileOfRecord,
): ValidationIssue[] {
  const issues = toIssues(validators.validate(kind, record))
  // Named only when there is something to say: naming a shard takes a hash.
  const file = issues.length > 0 ? fileOf(kind, record) : ''
  return issues.map((issue) => {
    const message = `${file}, record “${record.id}”: ${issue.message}`
    return { ...issue, file, record: { kind, id: record.id }, message }
  })
}

/** Every record against its schema, then the cross-record rules: the deep check of a dataset. */
export function deepIssues(
  records: Collections,
  validators: SchemaValidators,
  fileOf: RecordFileNamer = shardFileOfRecord,
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as { id: string }[])
      issues.push(...schemaIssuesOf(validators, kind, record, fileOf))
  }
  return issues.length > 0 ? issues : checkDatasetIntegrity(records, fileOf)
}

export function refusal(folder: string, issues: ValidationIssue[]): CuratorError {
  const first = issues[0]?.message ?? ''
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''
  return new CuratorError(
    'VALIDATION',
    `The dataset in ${folder} cannot be opened: ${first}${more}`,
    issues,
    folder,
  )
}
