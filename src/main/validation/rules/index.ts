import type { RecordOf } from '../../../shared/domain'
import type { RecordKind, ValidationIssue } from '../../../shared/result'
import { formatMessage, type Rule, type RuleContext } from './rule'
import { siteRules } from './site-rules'
import { sourceRules } from './source-rules'
import { statementRules } from './statement-rules'
import { coordinatesInBorders } from './coordinates-in-borders'
import { identifierRules } from './identifier-rules'
import { constraintRules } from './constraint-rules'
import { propertyRules } from './property-rules'

export type { RuleContext } from './rule'

/** Every rule beyond JSON Schema, by the kind of record it checks. */
export const RULES: Rule[] = [...siteRules, ...sourceRules, ...statementRules, coordinatesInBorders] as Rule[]

/**
 * The constraint rules: what identifier fields and properties declare as data (unique, single
 * value, allowed subjects, range, form, required qualifiers), and the checks of a property's own
 * record. Their words live in the renderer's `constraints` namespace.
 */
export const CONSTRAINT_RULES: Rule[] = [...identifierRules, ...constraintRules, ...propertyRules] as Rule[]

const byKind = new Map<RecordKind, Rule[]>()
for (const rule of [...RULES, ...CONSTRAINT_RULES])
  byKind.set(rule.kind, [...(byKind.get(rule.kind) ?? []), rule])

type Acknowledgement = { rule: string; path?: string; reason: string; by: string; at: string }

/** Runs the rules for one record; acknowledged warnings are kept, marked with their acknowledgement. */
export function ruleIssues<K extends RecordKind>(
  kind: K,
  record: RecordOf[K],
  context: RuleContext,
): ValidationIssue[] {
  const acknowledgements = (record as { acknowledgements?: Acknowledgement[] }).acknowledgements ?? []
  const issues: ValidationIssue[] = []
  for (const rule of byKind.get(kind) ?? []) {
    for (const hit of rule.check(record as never, context)) {
      const severity = hit.severity ?? rule.severity
      const ack = acknowledgements.find(
        (a) => a.rule === rule.id && (a.path === undefined || a.path === hit.path),
      )
      const wording = rule.messages?.[String(hit.params.context)] ?? rule.message
      issues.push({
        path: hit.path,
        rule: rule.id,
        severity,
        message: formatMessage(wording, hit.params),
        params: hit.params,
        ...(hit.related ? { related: hit.related } : {}),
        ...(ack && severity !== 'error'
          ? { acknowledged: { reason: ack.reason, by: ack.by, at: ack.at } }
          : {}),
      })
    }
  }
  return issues
}
