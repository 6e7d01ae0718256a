import type { Manifest, RecordOf } from '@shared/domain'
import type { RecordKind, Severity, ValidationIssue } from '@shared/result'
import type { RecordLookup } from '../integrity'
import type { UniqueHolders } from '../constraints/uniqueness-index'

/** What a rule may look at besides the record: the rest of the dataset. */
export interface RuleContext extends RecordLookup {
  manifest: Manifest
  all<K extends RecordKind>(kind: K): Iterable<RecordOf[K]>
  /**
   * Who holds each unique value, when the context keeps that index itself (the deep check does);
   * otherwise it is built from `all` and kept up to date (see `uniquenessOf`).
   */
  uniqueness?: UniqueHolders
}

/** One finding of a rule: where, and the values its message needs. */
export interface RuleHit {
  path: string
  params: Record<string, string | number>
  /** For rules whose severity is data (a property's constraint says error or warning). */
  severity?: Severity
  /** The other record the finding names (the one that already has this value). */
  related?: ValidationIssue['related']
}

/**
 * A check beyond JSON Schema. Each has a stable id, a severity (errors block approval and
 * export; warnings can be acknowledged with a reason; suggestions are hints), a message template
 * with `{placeholders}` filled from the hit's params, and the test itself.
 */
export interface Rule<K extends RecordKind = RecordKind> {
  id: string
  kind: K
  severity: Severity
  message: string
  /** Other wordings, by the hit's `context` param (the renderer's i18next context). */
  messages?: Record<string, string>
  check(record: RecordOf[K], context: RuleContext): RuleHit[]
}

export function defineRule<K extends RecordKind>(rule: Rule<K>): Rule<K> {
  return rule
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`))
}
