import type { Change, CurationStatus, RecordOf } from '@shared/domain'
import type { ImportRow, ImportRowStatus } from '@shared/exchange'
import type { RecordKind } from '@shared/result'
import { toCanonicalJson } from '../../dataset/canonical-json'
import { diffFields } from '../../records/field-diff'
import type { SchemaValidators } from '../../validation/ajv'
import type { RecordLookup } from '../../validation/integrity'
import type { RuleContext } from '../../validation/rules'
import { recordIssues } from '../../validation/record-issues'
import { type ExchangeControl, progressTicker } from '../progress'
import { type Candidate, readIssue } from './candidate'

type AnyRecord = RecordOf[RecordKind]

/** What an import reads from and writes to: the open store, or anything shaped like it. */
export interface ImportTarget extends RuleContext {
  commit(
    label: string,
    changes: Change[],
  ): Promise<{ id: string; label: string; at: string; author: string; changes: Change[] }>
}

interface PlanContext {
  target: ImportTarget
  validators: SchemaValidators
  clock: () => Date
  /** Status of new records that do not carry one. */
  status: CurationStatus
}

/** The preview's rows, and the change each row would make. */
export interface ImportPlan {
  rows: ImportRow[]
  changes: Map<string, Change>
}

const TIMESTAMPED: Record<RecordKind, boolean> = {
  site: true,
  source: true,
  property: false,
  statement: true,
}
const MERGED_MAPS = new Set(['name', 'description', 'label', 'custom'])
const IGNORED = new Set(['/createdAt', '/updatedAt'])

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function merge(existing: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...existing }
  for (const [key, value] of Object.entries(patch)) {
    const before = existing[key]
    out[key] = MERGED_MAPS.has(key) && isObject(before) && isObject(value) ? { ...before, ...value } : value
  }
  return out
}

/** The dataset as it would be with some records replaced or added, for the rules to look at. */
export function overlay(
  target: RuleContext,
  records: Iterable<{ kind: RecordKind; id: string; record: AnyRecord }>,
): RuleContext {
  const added = new Map<string, AnyRecord>()
  for (const r of records) added.set(`${r.kind}\u0000${r.id}`, r.record)
  const key = (kind: RecordKind, id: string) => `${kind}\u0000${id}`
  return {
    manifest: target.manifest,
    get: (kind, id) => (added.get(key(kind, id)) ?? target.get(kind, id)) as never,
    *all<K extends RecordKind>(kind: K): Iterable<RecordOf[K]> {
      const seen = new Set<string>()
      for (const record of target.all(kind)) {
        seen.add(record.id)
        yield (added.get(key(kind, record.id)) ?? record) as RecordOf[K]
      }
      for (const [k, record] of added)
        if (k.startsWith(`${kind}\u0000`) && !seen.has(record.id)) yield record as RecordOf[K]
    },
  }
}

function rowFor(candidate: Candidate, index: number, status: ImportRowStatus, id?: string): ImportRow {
  return {
    rowId: `row-${index + 1}`,
    line: candidate.line,
    kind: candidate.kind,
    ...(id ? { id } : {}),
    label: candidate.label,
    status,
    issues: [...candidate.issues],
    warnings: [...candidate.warnings],
    ...(candidate.duplicateOf ? { matches: candidate.duplicateOf } : {}),
  }
}

/**
 * Compares what a file holds with the dataset, without writing anything: each row is new,
 * changed (field by field), unchanged, a duplicate of an existing record, or invalid (with the
 * reasons). Every record that would be written is checked as a save would check it, against the
 * dataset as it would be after the import.
 */
export async function planImport(candidates: Candidate[], ctx: PlanContext, control: ExchangeControl = {}) {
  const now = ctx.clock().toISOString()
  const byUnescoId = new Map<number, string>()
  for (const site of ctx.target.all('site'))
    if (site.unescoId !== undefined) byUnescoId.set(site.unescoId, site.id)
  const seen = new Map<string, number>()
  const rows: ImportRow[] = []
  const changes = new Map<string, Change>()
  const ticker = progressTicker(control, candidates.length * 2)
  for (const [index, c] of candidates.entries()) {
    await ticker.step()
    const given = typeof c.record?.id === 'string' ? c.record.id : undefined
    const known = c.unescoId !== undefined ? byUnescoId.get(c.unescoId) : undefined
    const id = known ?? given
    if (!c.record || !id || c.issues.length > 0) {
      const row = rowFor(c, index, 'invalid', id)
      if (c.record && !id) row.issues.push(readIssue('/id', 'The row has no id.'))
      rows.push(row)
      continue
    }
    const key = `${c.kind}\u0000${id}`
    const first = seen.get(key)
    if (first !== undefined) {
      const row = rowFor(c, index, 'invalid', id)
      row.issues.push(
        readIssue(
          '/id',
          `The id “${id}” is also on line ${first} of this file: only the first is imported.`,
          'import.duplicate-in-file',
        ),
      )
      rows.push(row)
      continue
    }
    seen.set(key, c.line)
    const existing = ctx.target.get(c.kind, id) as unknown as Record<string, unknown> | undefined
    const after: Record<string, unknown> =
      c.mode === 'merge' && existing
        ? merge(existing, { ...c.record, id })
        : { ...c.defaults, ...c.record, id }
    if (TIMESTAMPED[c.kind]) {
      const keep = (field: string) =>
        c.mode === 'replace' && typeof c.record?.[field] === 'string' ? c.record[field] : undefined
      after.createdAt = keep('createdAt') ?? existing?.createdAt ?? now
      after.updatedAt = keep('updatedAt') ?? (existing ? existing.updatedAt : now)
      after.status = after.status ?? ctx.status
    }
    const fields = existing ? diffFields(existing, after).filter((f) => !IGNORED.has(f.path)) : []
    if (existing && fields.length === 0) {
      rows.push(rowFor(c, index, 'unchanged', id))
      continue
    }
    if (existing && TIMESTAMPED[c.kind] && !(c.mode === 'replace' && c.record.updatedAt))
      after.updatedAt = now
    const status: ImportRowStatus = c.duplicateOf && !existing ? 'duplicate' : existing ? 'changed' : 'new'
    const row = rowFor(c, index, status, id)
    if (existing) {
      row.fields = fields
      if (known && known !== given) row.matches = { id: known, by: 'unescoId' }
    }
    rows.push(row)
    changes.set(row.rowId, { kind: c.kind, id, before: (existing ?? null) as never, after: after as never })
  }
  // The dataset as the default commit leaves it: rows flagged as duplicates are not in it (a
  // curator who takes one anyway has it checked again at commit).
  const duplicateRows = new Set(rows.filter((r) => r.status === 'duplicate').map((r) => r.rowId))
  const lookup = overlay(
    ctx.target,
    [...changes.entries()]
      .filter(([rowId]) => !duplicateRows.has(rowId))
      .map(([, ch]) => ({ kind: ch.kind, id: ch.id, record: ch.after as AnyRecord })),
  )
  for (const row of rows) {
    await ticker.step()
    const change = changes.get(row.rowId)
    if (!change?.after) continue
    const issues = recordIssues(ctx.validators, lookup, change.kind, change.after as never)
    // A duplicate row's shared identifier is what its status says already.
    const errors = issues.filter(
      (i) => i.severity === 'error' && !(row.status === 'duplicate' && i.rule === 'constraint.unique'),
    )
    const covered = new Set(candidates[Number(row.rowId.slice(4)) - 1]?.covers ?? [])
    for (const i of issues)
      if (i.severity === 'warning' && !covered.has(i.rule) && !row.warnings.includes(i.message))
        row.warnings.push(i.message)
    if (errors.length > 0) {
      row.status = 'invalid'
      row.issues.push(...errors)
      delete row.fields
      changes.delete(row.rowId)
    }
  }
  ticker.finish()
  return { rows, changes } satisfies ImportPlan
}

/** How many rows of each status. */
export function countRows(rows: ImportRow[]): Record<ImportRowStatus, number> {
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0, duplicate: 0 }
  for (const row of rows) counts[row.status] += 1
  return counts
}

/** True when the dataset still holds what the change expects to replace. */
export function stillCurrent(target: RecordLookup, change: Change): boolean {
  return toCanonicalJson(target.get(change.kind, change.id) ?? null) === toCanonicalJson(change.before)
}
