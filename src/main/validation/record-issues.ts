import type { RecordOf } from '../../shared/domain'
import type { RecordKind, ValidationIssue } from '../../shared/result'
import type { SchemaValidators } from './ajv'
import { checkRecordIntegrity, type RecordLookup } from './integrity'
import { toIssues } from './messages'

/**
 * Every issue one record has: its schema, then the cross-record rules. The single entry point
 * for "is this record fit to save / approve / export"; the rules of later checks join here.
 */
export function recordIssues<K extends RecordKind>(
  validators: SchemaValidators,
  lookup: RecordLookup,
  kind: K,
  record: RecordOf[K],
): ValidationIssue[] {
  const schemaIssues = toIssues(validators.validate(kind, record))
  // Cross-record rules assume a well-formed record.
  return schemaIssues.length > 0 ? schemaIssues : checkRecordIntegrity(kind, record, lookup)
}
