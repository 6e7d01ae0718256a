import type { Problem, ProblemQuery, ProblemsPage, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind, type Severity } from '../../shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import type { SchemaValidators } from '../validation/ajv'
import { recordIssues } from '../validation/record-issues'
import { itemLabel } from '../query/rows'

function labelOf(kind: RecordKind, record: RecordOf[RecordKind], store: DatasetStore): string {
  if (kind === 'site') return itemLabel({ kind: 'site', id: record.id }, store)
  if (kind === 'source') return (record as RecordOf['source']).title
  if (kind === 'property') return (record as RecordOf['property']).label.en ?? record.id
  const s = record as RecordOf['statement']
  return `${itemLabel(s.subject, store)}: ${store.get('property', s.property)?.label.en ?? s.property}`
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 }

/**
 * Every issue in the dataset, computed once per revision of the store and kept until the next
 * edit: the Problems panel pages and filters it without checking the whole dataset again.
 */
export class ProblemsIndex {
  private cache: { store: DatasetStore; revision: number; problems: Problem[] } | undefined

  constructor(private readonly validators: SchemaValidators) {}

  all(store: DatasetStore): Problem[] {
    if (this.cache?.store === store && this.cache.revision === store.revision) return this.cache.problems
    const problems: Problem[] = []
    for (const kind of RECORD_KINDS) {
      for (const record of store.all(kind)) {
        for (const issue of recordIssues(this.validators, store, kind, record)) {
          problems.push({ ...issue, record: { kind, id: record.id }, label: labelOf(kind, record, store) })
        }
      }
    }
    problems.sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule),
    )
    this.cache = { store, revision: store.revision, problems }
    return problems
  }

  /**
   * The severities of each record's open (unacknowledged) issues, by record id: for the "has
   * issues" facet. Records without an open issue are absent.
   */
  severitiesByRecord(store: DatasetStore, kind: RecordKind): Map<string, Set<Severity>> {
    const result = new Map<string, Set<Severity>>()
    for (const problem of this.all(store)) {
      if (problem.record.kind !== kind || problem.acknowledged) continue
      const severities = result.get(problem.record.id) ?? new Set<Severity>()
      severities.add(problem.severity)
      result.set(problem.record.id, severities)
    }
    return result
  }

  query(store: DatasetStore, query: ProblemQuery): ProblemsPage {
    const all = this.all(store)
    const open = query.includeAcknowledged ? all : all.filter((p) => !p.acknowledged)
    const bySeverity = { error: 0, warning: 0, suggestion: 0 }
    const byRule = new Map<string, { rule: string; severity: Severity; count: number }>()
    for (const p of open) {
      bySeverity[p.severity] += 1
      const entry = byRule.get(p.rule) ?? { rule: p.rule, severity: p.severity, count: 0 }
      entry.count += 1
      byRule.set(p.rule, entry)
    }
    const rows = open.filter(
      (p) =>
        (!query.severity || p.severity === query.severity) &&
        (!query.rule || p.rule === query.rule) &&
        (!query.kind || p.record.kind === query.kind) &&
        (!query.recordId || p.record.id === query.recordId),
    )
    const offset = query.offset ?? 0
    return {
      total: rows.length,
      offset,
      rows: rows.slice(offset, offset + (query.limit ?? 100)),
      bySeverity,
      byRule: [...byRule.values()],
    }
  }
}
