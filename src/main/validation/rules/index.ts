import type { RecordOf } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
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

const IDENTITY_RULES = identifierRules.filter((rule) => rule.id === 'constraint.unique') as Rule[]

/**
 * The identity checks of a record that does not fit its schema yet (a new site being typed, its
 * criteria still empty): a UNESCO id, Wikidata item, DOI, ISBN or URL that another record has
 * is said at once, as long as that field itself is well formed. The other rules wait for a
 * sound record.
 */
export function identityIssues<K extends RecordKind>(
  kind: K,
  record: RecordOf[K],
  context: RuleContext,
  structural: readonly ValidationIssue[],
): ValidationIssue[] {
  if ((kind !== 'site' && kind !== 'source') || record === null || typeof record !== 'object') return []
  const id = (record as { id?: unknown }).id
  if (typeof id !== 'string') return []
  const broken = (path: string) => structural.some((i) => i.path === path || i.path.startsWith(`${path}/`))
  return issuesOf(kind, IDENTITY_RULES, record, context).filter((issue) => !broken(issue.path))
}

/** Runs the rules for one record; acknowledged warnings are kept, marked with their acknowledgement. */
export function ruleIssues<K extends RecordKind>(
  kind: K,
  record: RecordOf[K],
  context: RuleContext,
): ValidationIssue[] {
  return issuesOf(kind, byKind.get(kind) ?? [], record, context)
}

/** The issues these rules (those of the record's kind) find in one record. */
function issuesOf(
  kind: RecordKind,
  rules: readonly Rule[],
  record: RecordOf[RecordKind],
  context: RuleContext,
): ValidationIssue[] {
  const acknowledgements = (record as { acknowledgements?: Acknowledgement[] }).acknowledgements ?? []
  const issues: ValidationIssue[] = []
  for (const rule of rules) {
    if (rule.kind !== kind) continue
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
