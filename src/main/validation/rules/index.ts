import type { RecordOf } from '../../../shared/domain'
import type { RecordKind, ValidationIssue } from '../../../shared/result'
import { formatMessage, type Rule, type RuleContext } from './rule'
import { siteRules } from './site-rules'
import { sourceRules } from './source-rules'
import { statementRules } from './statement-rules'
import { coordinatesInBorders } from './coordinates-in-borders'

export type { RuleContext } from './rule'

/** Every rule beyond JSON Schema, by the kind of record it checks. */
export const RULES: Rule[] = [...siteRules, ...sourceRules, ...statementRules, coordinatesInBorders] as Rule[]

const byKind = new Map<RecordKind, Rule[]>()
for (const rule of RULES) byKind.set(rule.kind, [...(byKind.get(rule.kind) ?? []), rule])

/** Runs the rules for one record; acknowledged warnings are kept, marked with their acknowledgement. */
export function ruleIssues<K extends RecordKind>(
  kind: K,
  record: RecordOf[K],
  context: RuleContext,
): ValidationIssue[] {
  const acknowledgements =
    (
      record as {
        acknowledgements?: { rule: string; path?: string; reason: string; by: string; at: string }[]
      }
    ).acknowledgements ?? []
  const issues: ValidationIssue[] = []
  for (const rule of byKind.get(kind) ?? []) {
    for (const hit of rule.check(record as never, context)) {
      const ack = acknowledgements.find(
        (a) => a.rule === rule.id && (a.path === undefined || a.path === hit.path),
      )
      issues.push({
        path: hit.path,
        rule: rule.id,
        severity: rule.severity,
        message: formatMessage(rule.message, hit.params),
        params: hit.params,
        ...(ack && rule.severity !== 'error'
          ? { acknowledged: { reason: ack.reason, by: ack.by, at: ack.at } }
          : {}),
      })
    }
  }
  return issues
}
