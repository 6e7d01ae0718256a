import type { RecordOf } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import type { SchemaValidators } from './ajv'
import { checkRecordIntegrity } from './integrity'
import { toIssues } from './messages'
import { identityIssues, ruleIssues, type RuleContext } from './rules'

/**
 * The issues that keep a record from being saved at all: its schema, then the cross-record
 * integrity rules (a dangling reference can never be saved).
 */
export function structuralIssues<K extends RecordKind>(
  validators: SchemaValidators,
  context: RuleContext,
  kind: K,
  record: RecordOf[K],
): ValidationIssue[] {
  const schemaIssues = toIssues(validators.validate(kind, record))
  // Cross-record rules assume a well-formed record.
  return schemaIssues.length > 0 ? schemaIssues : checkRecordIntegrity(kind, record, context)
}

/**
 * Every issue one record has: structural ones first, with the identity checks a half-typed record
 * already gets (a UNESCO id another site has); when there are none, the rules beyond the schema,
 * each with its severity. The single entry point for "fit to save / approve / export".
 */
export function recordIssues<K extends RecordKind>(
  validators: SchemaValidators,
  context: RuleContext,
  kind: K,
  record: RecordOf[K],
): ValidationIssue[] {
  const structural = structuralIssues(validators, context, kind, record)
  if (structural.length > 0) return [...structural, ...identityIssues(kind, record, context, structural)]
  return ruleIssues(kind, record, context)
}

/** Errors that stand: they block approval and export. */
export function blockingIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.filter((issue) => issue.severity === 'error')
}

/** The issues of a record by kind and id, as `recordIssues` gives them (none: an empty list). */
export type IssuesOf = (kind: RecordKind, id: string) => ValidationIssue[]
