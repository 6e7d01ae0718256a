import type { RecordOf } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import type { SchemaValidators } from './ajv'
import { checkRecordIntegrity } from './integrity'
import { toIssues } from './messages'
import { identityIssues, ruleIssues, type RuleContext } from './rules'

type AnyRecord = RecordOf[RecordKind]

/** The file a record is in (or goes in), to name it in an issue: its shard, or its kind's old file. */
export type RecordFileNamer = (kind: RecordKind, record: unknown) => string

/** The issues of one record, as `recordIssues` gives them (schema, else integrity, else rules). */
export interface RecordProblems {
  kind: RecordKind
  id: string
  issues: ValidationIssue[]
}

/** Issues as the open names them: the file and the record first. */
function naming(kind: RecordKind, record: AnyRecord, issues: ValidationIssue[], fileOf: RecordFileNamer) {
  const { id } = record
  const file = fileOf(kind, record)
  return issues.map((issue) => ({
    ...issue,
    file,
    record: { kind, id },
    message: `${file}, record “${id}”: ${issue.message}`,
  }))
}

/**
 * Runs the checks of one record in turn (schema, else the cross-record integrity rules, else
 * the rules beyond the schema), keeping what makes the files unfit apart from every record's
 * issues, and the time each kind of check takes.
 */
export class RecordChecker {
  readonly problems: RecordProblems[] = []
  readonly schemaFailures: ValidationIssue[] = []
  readonly integrityFailures: ValidationIssue[] = []
  schemaMs = 0
  rulesMs = 0

  constructor(
    private readonly validators: SchemaValidators,
    private readonly context: RuleContext,
    /** Without a sound manifest the rules (which read its languages) are not run. */
    private readonly withRules: boolean,
    private readonly fileOf: RecordFileNamer,
  ) {}

  check(kind: RecordKind, record: AnyRecord): void {
    const started = performance.now()
    const schema = toIssues(this.validators.validate(kind, record))
    const checked = performance.now()
    this.schemaMs += checked - started
    if (schema.length > 0) {
      this.schemaFailures.push(...naming(kind, record, schema, this.fileOf))
      // As `recordIssues` says them: with the identity checks a malformed record still gets.
      const identity = this.withRules ? identityIssues(kind, record as never, this.context, schema) : []
      this.problems.push({ kind, id: record.id, issues: [...schema, ...identity] })
      return
    }
    // Cross-record rules assume a well-formed record; the rules beyond the schema a sound one.
    const integrity = checkRecordIntegrity(kind, record as never, this.context)
    const issues =
      integrity.length > 0 || !this.withRules ? integrity : ruleIssues(kind, record as never, this.context)
    this.rulesMs += performance.now() - checked
    if (integrity.length > 0) this.integrityFailures.push(...naming(kind, record, integrity, this.fileOf))
    if (issues.length > 0) this.problems.push({ kind, id: record.id, issues })
  }

  /** What makes the files unfit: the file issues given, else schema failures, else integrity ones. */
  failure(fileIssues: ValidationIssue[]): ValidationIssue[] {
    if (fileIssues.length > 0) return fileIssues
    return this.schemaFailures.length > 0 ? this.schemaFailures : this.integrityFailures
  }
}
