import type { Problem, ProblemQuery, ProblemsPage, RecordOf } from '@shared/domain'
import { RECORD_KINDS, type RecordKind, type Severity, type ValidationIssue } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import type { SchemaValidators } from '../validation/ajv'
import { type IssuesOf, recordIssues } from '../validation/record-issues'
import { itemLabel, itemNames } from '../query/rows'
import { uniquenessOf } from '../validation/constraints/uniqueness-of'
import { RelatedRecords } from './related-records'

function labelOf(kind: RecordKind, record: RecordOf[RecordKind], store: DatasetStore): string {
  if (kind === 'site') return itemLabel({ kind: 'site', id: record.id }, store)
  if (kind === 'source') return (record as RecordOf['source']).title
  if (kind === 'property') return (record as RecordOf['property']).label.en ?? record.id
  const s = record as RecordOf['statement']
  return `${itemLabel(s.subject, store)}: ${store.get('property', s.property)?.label.en ?? s.property}`
}

/** `labelOf` in each language the record (or a statement's subject) has a name in. */
function labelsOf(
  kind: RecordKind,
  record: RecordOf[RecordKind],
  store: DatasetStore,
): Record<string, string> | undefined {
  if (kind === 'site') return { ...(record as RecordOf['site']).name }
  if (kind === 'property') return { ...(record as RecordOf['property']).label }
  if (kind !== 'statement') return undefined
  const s = record as RecordOf['statement']
  const names = itemNames(s.subject, store)
  if (!names) return undefined
  const property = store.get('property', s.property)?.label
  return Object.fromEntries(
    Object.entries(names).map(([lang, name]) => [
      lang,
      `${name}: ${property?.[lang] ?? property?.en ?? s.property}`,
    ]),
  )
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 }

type ByKind<T> = Record<RecordKind, Map<string, T>>
const byKind = <T>(): ByKind<T> => ({
  site: new Map(),
  source: new Map(),
  property: new Map(),
  statement: new Map(),
})

/** The sites, sources and properties an edit changed, and whether any site did. */
interface Changed {
  sites: Set<string>
  sources: Set<string>
  properties: Set<string>
}

/**
 * Whether a statement's issues or label may have changed with those records: it names one of
 * them as its subject, in its value or qualifiers (labels, "site exists"), as its property or a
 * qualifier's (labels, datatypes, point in time) or as a cited source ("source exists"); or it
 * is about a country and a site changed ("site count matches records" counts every site).
 */
function dependsOn(s: RecordOf['statement'], changed: Changed): boolean {
  const { sites, sources, properties } = changed
  if (s.subject.kind === 'site' ? sites.has(s.subject.id) : sites.size > 0) return true
  if (properties.has(s.property)) return true
  if (s.value.type === 'item' && s.value.item.kind === 'site' && sites.has(s.value.item.id)) return true
  for (const q of s.qualifiers) {
    if (properties.has(q.property)) return true
    if (q.value.type === 'item' && q.value.item.kind === 'site' && sites.has(q.value.item.id)) return true
  }
  return s.references.some((r) => sources.has(r.source))
}

interface Computed {
  store: DatasetStore
  revision: number
  /** The problems of each record that has any, in the order its issues came. */
  byRecord: ByKind<Problem[]>
  /** The same as `recordIssues` gave them (without record and label), for the export gate. */
  issuesByRecord: ByKind<ValidationIssue[]>
  /** Every problem, ordered; built when asked for. */
  problems: Problem[] | undefined
  /** Which records' issues name which others (uniqueness), to check them again when those change. */
  related: RelatedRecords
}

/**
 * Every issue in the dataset. Computed in full once per store (or taken from the deep check a
 * large dataset gets after its open, `DatasetStore.checkedProblems`), then kept up to date
 * edit by edit: after a commit, undo or redo only the records it changed are checked again, with
 * the statements whose problems depend on them (see `dependsOn`, one pass over the statements
 * when a site, source or property changed). A rule that looks at other records must be added
 * there. The Problems panel and the export gate use the result without checking the whole
 * dataset again.
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
   * dataset's deep check still runs (its result will seed the index).
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
    const again = byKind<true>()
    const others: Changed = { sites: new Set(), sources: new Set(), properties: new Set() }
    for (const { kind, id } of changed) {
      again[kind].set(id, true)
      if (kind === 'site') others.sites.add(id)
      else if (kind === 'source') others.sources.add(id)
      else if (kind === 'property') others.properties.add(id)
    }
    // Holders of the same unique value, and records whose issues name a changed one.
    for (const { kind, id } of cache.related.affectedBy(changed, uniquenessOf(store)))
      again[kind].set(id, true)
    if (others.properties.size > 0) addRequiringProperties(store, others.properties)
    if (others.sites.size + others.sources.size + others.properties.size > 0)
      for (const statement of store.all('statement'))
        if (dependsOn(statement, others)) again.statement.set(statement.id, true)
    for (const kind of RECORD_KINDS)
      for (const id of again[kind].keys()) this.check(cache, kind, store.get(kind, id), id)
    cache.revision = store.revision
    cache.problems = undefined
    return cache
  }

  private computeAll(store: DatasetStore): Computed {
    const cache = emptyCache(store, store.revision)
    for (const kind of RECORD_KINDS)
      for (const record of store.all(kind)) this.check(cache, kind, record, record.id)
    return cache
  }

  /**
   * The index as the deep check after the open left it, at the revision it checked; undefined when
   * there is no such check, or the edits since are no longer known (the files were reloaded).
   */
  private seeded(store: DatasetStore): Computed | undefined {
    const checked = store.checkedProblems
    if (!checked || !store.changedSince(checked.revision)) return undefined
    const cache = emptyCache(store, checked.revision)
    for (const { kind, id, issues } of checked.problems) {
      const record = store.get(kind, id)
      // Gone since: it is among the changed records, and forgotten when they are checked again.
      if (record)
        remember(cache, kind, id, issues, labelOf(kind, record, store), labelsOf(kind, record, store))
    }
    return cache
  }

  /** Checks one record again (or forgets it when it is gone). */
  private check(cache: Computed, kind: RecordKind, record: RecordOf[RecordKind] | undefined, id: string) {
    cache.byRecord[kind].delete(id)
    cache.issuesByRecord[kind].delete(id)
    cache.related.forget(kind, id)
    if (!record) return
    const store = cache.store
    const issues = recordIssues(this.validators, store, kind, record)
    if (issues.length > 0)
      remember(cache, kind, id, issues, labelOf(kind, record, store), labelsOf(kind, record, store))
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

function emptyCache(store: DatasetStore, revision: number): Computed {
  const related = new RelatedRecords()
  return { store, revision, byRecord: byKind(), issuesByRecord: byKind(), problems: undefined, related }
}

/**
 * A property whose statements need a changed property as their qualifier names it in their
 * messages: its statements are checked again with those of the changed ones.
 */
function addRequiringProperties(store: DatasetStore, properties: Set<string>) {
  for (const p of store.all('property'))
    for (const c of p.constraints ?? [])
      if (c.type === 'required-qualifiers' && c.properties.some((id) => properties.has(id)))
        properties.add(p.id)
}

function remember(
  cache: Computed,
  kind: RecordKind,
  id: string,
  issues: ValidationIssue[],
  label: string,
  labels: Record<string, string> | undefined,
) {
  cache.related.set(kind, id, issues, cache.store)
  cache.issuesByRecord[kind].set(id, issues)
  cache.byRecord[kind].set(
    id,
    issues.map((issue) => ({ ...issue, record: { kind, id }, label, ...(labels && { labels }) })),
  )
}

/**
 * The problems in record order (kind, then the store's order), stably sorted by severity, then
 * rule: ranks are worked out once per distinct severity and rule, so the sort compares numbers.
 */
function ordered(store: DatasetStore, byRecord: ByKind<Problem[]>): Problem[] {
  const problems: Problem[] = []
  for (const kind of RECORD_KINDS) {
    const found = byRecord[kind]
    if (found.size === 0) continue
    for (const record of store.all(kind)) {
      const list = found.get(record.id)
      if (list) for (const problem of list) problems.push(problem)
    }
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
