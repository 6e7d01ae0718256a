import type { Problem, ProblemQuery, ProblemsPage, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind, type Severity, type ValidationIssue } from '../../shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import type { SchemaValidators } from '../validation/ajv'
import { type IssuesOf, recordIssues } from '../validation/record-issues'
import { itemLabel } from '../query/rows'

function labelOf(kind: RecordKind, record: RecordOf[RecordKind], store: DatasetStore): string {
  if (kind === 'site') return itemLabel({ kind: 'site', id: record.id }, store)
  if (kind === 'source') return (record as RecordOf['source']).title
  if (kind === 'property') return (record as RecordOf['property']).label.en ?? record.id
  const s = record as RecordOf['statement']
  return `${itemLabel(s.subject, store)}: ${store.get('property', s.property)?.label.en ?? s.property}`
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 }

type Ref = { kind: RecordKind; id: string }
const keyOf = (kind: RecordKind, id: string) => `${kind}\u0000${id}`

/**
 * The records whose issues or label a statement's depend on: its subject and the sites its value
 * and qualifiers name (labels, "site exists"), its property and its qualifiers' (labels,
 * datatypes, point in time) and its cited sources ("source exists").
 */
function statementInputs(s: RecordOf['statement']): string[] {
  const keys = [keyOf('property', s.property)]
  if (s.subject.kind === 'site') keys.push(keyOf('site', s.subject.id))
  for (const v of [s.value, ...s.qualifiers.map((q) => q.value)])
    if (v.type === 'item' && v.item.kind === 'site') keys.push(keyOf('site', v.item.id))
  for (const q of s.qualifiers) keys.push(keyOf('property', q.property))
  for (const r of s.references) keys.push(keyOf('source', r.source))
  return keys
}

interface Computed {
  store: DatasetStore
  revision: number
  /** The problems of each record that has any, in the order its issues came. */
  byRecord: Map<string, Problem[]>
  /** The same as `recordIssues` gave them (without record and label), for the export gate. */
  issuesByRecord: Record<RecordKind, Map<string, ValidationIssue[]>>
  /**
   * Whether the three below describe every statement. An index seeded from the worker's check
   * builds them on the first edit that needs them, not on open.
   */
  linked: boolean
  /** For a site, source or property: the statements whose problems depend on it. */
  dependants: Map<string, Set<string>>
  inputsOf: Map<string, string[]>
  /** Statements about a country: "site count matches records" counts every site. */
  aboutCountries: Set<string>
  /** Every problem, ordered; built when asked for. */
  problems: Problem[] | undefined
}

/**
 * Every issue in the dataset. Computed in full once per store (or taken from the deep check a
 * large dataset gets in a worker thread, `DatasetStore.checkedProblems`), then kept up to date
 * edit by edit: after a commit, undo or redo only the records it changed are checked again, with
 * the statements whose problems depend on them (see `statementInputs`; statements about a country
 * also on every site). A rule that looks at other records must be added there. The Problems panel
 * and the export gate use the result without checking the whole dataset again.
 */
export class ProblemsIndex {
  private cache: Computed | undefined

  constructor(private readonly validators: SchemaValidators) {}

  all(store: DatasetStore): Problem[] {
    const cache = this.upToDate(store)
    cache.problems ??= ordered(store, cache.byRecord)
    return cache.problems
  }

  /**
   * Whether answering now costs no check of the whole dataset on main: false while a large
   * dataset's deep check still runs in its worker (its result will seed the index).
   */
  ready(store: DatasetStore): boolean {
    return this.cache?.store === store || !store.checking
  }

  /** Resolves when `ready`: after the deep check of a large dataset. */
  async whenReady(store: DatasetStore): Promise<void> {
    await store.checked()
  }

  /** The issues of each record of the store as it is now: for the export gate. */
  issuesOf(store: DatasetStore): IssuesOf {
    const { issuesByRecord } = this.upToDate(store)
    const none: ValidationIssue[] = []
    return (kind, id) => issuesByRecord[kind].get(id) ?? none
  }

  private upToDate(store: DatasetStore): Computed {
    let cache = this.cache?.store === store ? this.cache : undefined
    let changed = cache && store.changedSince(cache.revision)
    if (!cache || !changed) {
      cache = this.seeded(store) ?? this.computeAll(store)
      this.cache = cache
      changed = store.changedSince(cache.revision) ?? []
    }
    if (changed.length === 0) return cache
    if (!cache.linked) this.link(cache)
    const again = new Map<string, Ref>()
    for (const ref of changed) {
      const key = keyOf(ref.kind, ref.id)
      again.set(key, ref)
      for (const id of cache.dependants.get(key) ?? [])
        again.set(keyOf('statement', id), { kind: 'statement', id })
      if (ref.kind === 'site')
        for (const id of cache.aboutCountries) again.set(keyOf('statement', id), { kind: 'statement', id })
    }
    for (const ref of again.values()) this.check(cache, ref.kind, store.get(ref.kind, ref.id), ref.id)
    cache.revision = store.revision
    cache.problems = undefined
    return cache
  }

  private computeAll(store: DatasetStore): Computed {
    const cache = emptyCache(store, store.revision, true)
    for (const kind of RECORD_KINDS)
      for (const record of store.all(kind)) this.check(cache, kind, record, record.id)
    return cache
  }

  /**
   * The index as the worker's deep check left it, at the revision it checked; undefined when
   * there is no such check, or the edits since are no longer known (the files were reloaded).
   */
  private seeded(store: DatasetStore): Computed | undefined {
    const checked = store.checkedProblems
    if (!checked || !store.changedSince(checked.revision)) return undefined
    const cache = emptyCache(store, checked.revision, false)
    for (const { kind, id, issues } of checked.problems) {
      const record = store.get(kind, id)
      // Gone since: it is among the changed records, and forgotten when they are checked again.
      if (record) remember(cache, kind, id, issues, labelOf(kind, record, store))
    }
    return cache
  }

  /** What each statement depends on, for an index seeded without it. */
  private link(cache: Computed): void {
    for (const statement of cache.store.all('statement')) linkStatement(cache, statement)
    cache.linked = true
  }

  /** Checks one record again (or forgets it when it is gone), and what its statement depends on. */
  private check(cache: Computed, kind: RecordKind, record: RecordOf[RecordKind] | undefined, id: string) {
    const key = keyOf(kind, id)
    if (kind === 'statement') {
      for (const input of cache.inputsOf.get(id) ?? []) cache.dependants.get(input)?.delete(id)
      cache.inputsOf.delete(id)
      cache.aboutCountries.delete(id)
    }
    cache.byRecord.delete(key)
    cache.issuesByRecord[kind].delete(id)
    if (!record) return
    const store = cache.store
    const issues = recordIssues(this.validators, store, kind, record)
    if (issues.length > 0) remember(cache, kind, id, issues, labelOf(kind, record, store))
    if (kind === 'statement') linkStatement(cache, record as RecordOf['statement'])
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

function emptyCache(store: DatasetStore, revision: number, linked: boolean): Computed {
  return {
    store,
    revision,
    byRecord: new Map(),
    issuesByRecord: { site: new Map(), source: new Map(), property: new Map(), statement: new Map() },
    linked,
    dependants: new Map(),
    inputsOf: new Map(),
    aboutCountries: new Set(),
    problems: undefined,
  }
}

function remember(cache: Computed, kind: RecordKind, id: string, issues: ValidationIssue[], label: string) {
  const key = keyOf(kind, id)
  cache.issuesByRecord[kind].set(id, issues)
  cache.byRecord.set(
    key,
    issues.map((issue) => ({ ...issue, record: { kind, id }, label })),
  )
}

function linkStatement(cache: Computed, statement: RecordOf['statement']) {
  const inputs = statementInputs(statement)
  cache.inputsOf.set(statement.id, inputs)
  for (const input of inputs) {
    const set = cache.dependants.get(input) ?? new Set<string>()
    set.add(statement.id)
    cache.dependants.set(input, set)
  }
  if (statement.subject.kind === 'country') cache.aboutCountries.add(statement.id)
}

/**
 * The problems in record order (kind, then the store's order), stably sorted by severity, then
 * rule: ranks are worked out once per distinct severity and rule, so the sort compares numbers.
 */
function ordered(store: DatasetStore, byRecord: Map<string, Problem[]>): Problem[] {
  const problems: Problem[] = []
  if (byRecord.size > 0)
    for (const kind of RECORD_KINDS)
      for (const record of store.all(kind)) {
        const found = byRecord.get(keyOf(kind, record.id))
        if (found) for (const problem of found) problems.push(problem)
      }
  const compare = (a: Problem, b: Problem) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule)
  const firsts = new Map<string, Problem>()
  for (const p of problems)
    if (!firsts.has(`${p.severity} ${p.rule}`)) firsts.set(`${p.severity} ${p.rule}`, p)
  const distinct = [...firsts.entries()].sort((a, b) => compare(a[1], b[1]))
  const rank = new Map<string, number>()
  distinct.forEach(([key, p], i) => {
    const previous = distinct[i - 1]
    // Keys the comparison holds equal share a rank, so they keep their record order as before.
    rank.set(key, previous && compare(previous[1], p) === 0 ? (rank.get(previous[0]) as number) : i)
  })
  const rankOf = (p: Problem) => rank.get(`${p.severity} ${p.rule}`) as number
  return problems.sort((a, b) => rankOf(a) - rankOf(b))
}
