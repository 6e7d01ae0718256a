import type { Manifest, RecordOf, Statement } from '@shared/domain'
import type { ExcludedRecord } from '@shared/exchange'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'
import type { Collections } from '../dataset/read-dataset'
import { CuratorError } from '../dataset/errors'
import type { SchemaValidators } from '../validation/ajv'
import type { RuleContext } from '../validation/rules'
import { type IssuesOf, recordIssues } from '../validation/record-issues'
import { recordNames } from './record-names'

export interface GateOptions {
  /** Keep only records whose status is `approved` (properties have no status and always pass). */
  approvedOnly?: boolean
  /** Refuse with VALIDATION while any record has an error-severity issue. */
  allOrNothing?: boolean
}

interface ValidationSummary {
  errors: number
  warnings: number
  suggestions: number
  recordsWithErrors: number
}

interface GateResult {
  /** What the export may contain, each kind sorted by id. */
  kept: Collections
  /** What was left out and why, in kind then id order. */
  excluded: ExcludedRecord[]
  validation: ValidationSummary
  /** The warnings that stand (they do not block an export), each naming its record. */
  warnings: ValidationIssue[]
}

type Reason = ExcludedRecord['reasons'][number]
type AnyRecord = RecordOf[RecordKind]

/** The rules' view of a dataset given as arrays. */
export function contextOver(manifest: Manifest, records: Collections): RuleContext {
  // Each kind's map is built when first asked for: the gate over known issues needs no statements'.
  const maps = new Map<RecordKind, Map<string, AnyRecord>>()
  const mapOf = (kind: RecordKind) => {
    let map = maps.get(kind)
    if (!map) maps.set(kind, (map = new Map((records[kind] as AnyRecord[]).map((r) => [r.id, r]))))
    return map
  }
  return {
    manifest,
    get: (kind, id) => mapOf(kind).get(id) as never,
    all: (kind) => records[kind] as never,
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Sorts by id in place; records read from the dataset files are in that order already. */
function sortedById<R extends { id: string }>(list: R[]): R[] {
  for (let i = 1; i < list.length; i += 1)
    if (byId(list[i - 1] as R, list[i] as R) > 0) return list.sort(byId)
  return list
}

/** The records a statement names, each with the rule that leaves the statement out when it is gone. */
interface Dependency {
  kind: RecordKind
  id: string
  rule: string
  what: string
  /** Picks the rule's wording for a qualifier's property (i18next's context). */
  context?: 'qualifier'
}

function dependencies(s: Statement): Dependency[] {
  const deps: Dependency[] = []
  if (s.subject.kind === 'site')
    deps.push({ kind: 'site', id: s.subject.id, rule: 'export.subject-left-out', what: 'its subject' })
  deps.push({ kind: 'property', id: s.property, rule: 'export.property-left-out', what: 'its property' })
  for (const v of [s.value, ...s.qualifiers.map((q) => q.value)]) {
    if (v.type === 'item' && v.item.kind === 'site')
      deps.push({ kind: 'site', id: v.item.id, rule: 'export.value-left-out', what: 'a site it names' })
  }
  for (const q of s.qualifiers)
    deps.push({
      kind: 'property',
      id: q.property,
      rule: 'export.property-left-out',
      what: 'a qualifier',
      context: 'qualifier',
    })
  for (const r of s.references)
    deps.push({ kind: 'source', id: r.source, rule: 'export.source-left-out', what: 'a cited source' })
  return deps
}

/**
 * The export gate: keeps the records that pass every error-severity rule (schema and
 * cross-record), optionally only approved ones, and leaves out a statement whose subject site,
 * property or a cited source is left out. Says, for each record left out, which rules and why.
 */
export function exportGate(
  dataset: {
    manifest: Manifest
    records: Collections
    /** The records' issues when they are known (the Problems index): then nothing is checked again. */
    issues?: IssuesOf | undefined
  },
  validators: SchemaValidators,
  options: GateOptions = {},
) {
  const { records } = dataset
  const lookup = contextOver(dataset.manifest, records)
  const validation: ValidationSummary = { errors: 0, warnings: 0, suggestions: 0, recordsWithErrors: 0 }
  const allErrors: ValidationIssue[] = []
  const warnings: ValidationIssue[] = []
  const reasons = new Map<string, Reason[]>()
  const key = (kind: RecordKind, id: string) => `${kind}\u0000${id}`
  const leaveOut = (kind: RecordKind, id: string, reason: Reason) => {
    const list = reasons.get(key(kind, id)) ?? []
    if (!list.some((r) => r.rule === reason.rule && r.message === reason.message)) list.push(reason)
    reasons.set(key(kind, id), list)
  }
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as AnyRecord[]) {
      const issues = dataset.issues
        ? dataset.issues(kind, record.id)
        : recordIssues(validators, lookup, kind, record as never)
      let errors = 0
      for (const issue of issues) {
        if (issue.severity === 'warning') {
          validation.warnings += 1
          warnings.push({ ...issue, record: { kind, id: record.id } })
        } else if (issue.severity === 'suggestion') validation.suggestions += 1
        else {
          errors += 1
          allErrors.push({ ...issue, record: { kind, id: record.id } })
          leaveOut(kind, record.id, {
            rule: issue.rule,
            message: issue.message,
            path: issue.path,
            ...(issue.params && { params: issue.params }),
          })
        }
      }
      validation.errors += errors
      if (errors > 0) validation.recordsWithErrors += 1
      const status = (record as { status?: string }).status
      if (options.approvedOnly && status !== undefined && status !== 'approved') {
        leaveOut(kind, record.id, {
          rule: 'export.not-approved',
          message: `Its status is “${status}”, and this export takes approved records only.`,
          path: '/status',
          params: { status },
        })
      }
    }
  }
  if (options.allOrNothing && allErrors.length > 0) {
    const n = validation.recordsWithErrors
    throw new CuratorError(
      'VALIDATION',
      `Nothing was exported: ${n} ${n === 1 ? 'record has' : 'records have'} errors (${allErrors.length} in all). Fix them, or export without “all or nothing” to leave them out.`,
      allErrors,
    )
  }
  // Statements depend on sites, properties and sources only, so one pass after those settles it
  // (none when all of those are kept).
  const anyLeftOut = RECORD_KINDS.some(
    (kind) =>
      kind !== 'statement' && (records[kind] as AnyRecord[]).some((r) => reasons.has(key(kind, r.id))),
  )
  for (const s of anyLeftOut ? records.statement : []) {
    for (const dep of dependencies(s)) {
      if (reasons.has(key(dep.kind, dep.id)) && lookup.get(dep.kind, dep.id)) {
        const message = `${dep.what[0]?.toUpperCase()}${dep.what.slice(1)}, ${dep.kind} “${dep.id}”, is left out of this export.`
        const params = { kind: dep.kind, id: dep.id, ...(dep.context && { context: dep.context }) }
        leaveOut('statement', s.id, { rule: dep.rule, message, path: '', params })
      }
    }
  }
  const kept = {} as Record<RecordKind, AnyRecord[]>
  const excluded: ExcludedRecord[] = []
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as AnyRecord[]
    const keep = reasons.size === 0 ? [...list] : list.filter((r) => !reasons.has(key(kind, r.id)))
    kept[kind] = sortedById(keep)
    if (keep.length === list.length) continue
    const out = sortedById(list.filter((r) => reasons.has(key(kind, r.id))))
    for (const r of out) {
      const names = recordNames(lookup, kind, r.id)
      excluded.push({ kind, id: r.id, ...(names && { names }), reasons: reasons.get(key(kind, r.id)) ?? [] })
    }
  }
  return { kept: kept as Collections, excluded, validation, warnings } satisfies GateResult
}
