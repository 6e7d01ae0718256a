/**
 * A clean merge can still make an invalid dataset: two valid edits (a category changed on one
 * side, the criteria on the other) or two consistent sides (a source deleted here, cited there).
 * Such records are shown as conflicts too. Checked: the schema of every record merged field by
 * field (a version neither side had), and the cross-record rules of every record either side
 * changed, against the merged dataset. If both sides were valid, nothing else can have broken.
 */
import type { RecordOf } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { shardFileOf } from '../dataset/shards'
import type { SchemaValidators } from '../validation/ajv'
import { checkRecordIntegrity, type RecordLookup } from '../validation/integrity'
import { toIssues } from '../validation/messages'

export interface MergedRecordCheck {
  kind: RecordKind
  id: string
  record: unknown
  /** The shard file the record was merged into. */
  path: string
  /** Merged field by field: checked against the schema. */
  schema: boolean
}

/** The problems of merged records, by `${kind}/${id}`; records without problems are left out. */
export function checkMergedRecords(
  checks: Iterable<MergedRecordCheck>,
  lookup: RecordLookup,
  validators: SchemaValidators,
): Map<string, ValidationIssue[]> {
  const problems = new Map<string, ValidationIssue[]>()
  const seenStatements = new Map<string, string>()
  for (const check of checks) {
    const { kind, id, record, path } = check
    const issues = check.schema ? toIssues(validators.validate(kind, record)) : []
    if (issues.length === 0) {
      const typed = record as RecordOf[typeof kind]
      issues.push(...checkRecordIntegrity(kind, typed, lookup))
      const home = shardFileOf(kind, typed)
      if (home !== path)
        issues.push(problem('team.shard-home', `The record belongs in ${home}, not ${path}.`))
      // A statement whose subject changed on one side moves shards: it must not stay in both.
      if (kind === 'statement') {
        const other = seenStatements.get(id)
        if (other && other !== path)
          issues.push(problem('integrity.unique-id', `The id “${id}” is in both ${other} and ${path}.`))
        seenStatements.set(id, path)
      }
    }
    if (issues.length > 0) problems.set(`${kind}/${id}`, issues)
  }
  return problems
}

function problem(rule: string, message: string): ValidationIssue {
  return { path: '', rule, message, severity: 'error' }
}
