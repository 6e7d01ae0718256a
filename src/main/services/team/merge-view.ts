/**
 * The merge in progress as the Conflicts view shows it: per record, one row per conflicting field
 * (or, for a record only the checks refused, per top-level field the sides disagree on) with base,
 * mine, theirs and the result the curator's choices give now; and how many records are settled.
 * The result is the engine's own record merge with the choices, so what the view shows is what
 * finishing commits (finishing checks references and integrity again, against the merged dataset).
 */
import type { RecordKind, ValidationIssue } from '@shared/result'
import type { ConflictedRecord, ConflictSubject, MergeInProgress, Resolution } from '@shared/team'
import type { MergeFieldRow, MergeRecordView, TeamMerge } from '@shared/team-api'
import type { DatasetStore } from '../../dataset/dataset-store'
import type { SchemaValidators } from '../../validation/ajv'
import { toIssues } from '../../validation/messages'
import { MANIFEST_SHAPE, RECORD_SHAPES, type Shape } from '../../team/merge-shapes'
import { recordKey } from '../../team/merge-state'
import { mergeByShape } from '../../team/record-merge'
import { sameValue } from '../../team/stable-json'
import { recordName } from './record-names'

/** Fields that change with every edit: never offered as a choice. */
const MANAGED = new Set(['createdAt', 'updatedAt'])

function shapeOf(kind: ConflictSubject): Shape {
  if (kind === 'manifest') return MANIFEST_SHAPE
  if (kind === 'file') return { type: 'atomic' }
  return RECORD_SHAPES[kind]
}

const absent = (value: unknown) => (value === null ? undefined : value)

/** The value a choice gives a row; undefined: removed. */
function chosen(resolution: Resolution, row: Pick<MergeFieldRow, 'base' | 'ours' | 'theirs'>): unknown {
  if ('take' in resolution) return row[resolution.take]
  return 'set' in resolution ? resolution.set : undefined
}

/** The rows of a record the checks refused although no field conflicted: where the sides differ. */
function disagreeingFields(record: ConflictedRecord): MergeFieldRow[] {
  const sides = [record.base, record.ours, record.theirs].map(
    (v) => (v && typeof v === 'object' ? v : {}) as Record<string, unknown>,
  ) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]
  const keys = new Set(sides.flatMap((side) => Object.keys(side)))
  const rows: MergeFieldRow[] = []
  for (const key of [...keys].sort()) {
    const [base, ours, theirs] = sides.map((side) => side[key])
    if (MANAGED.has(key) || (sameValue(base, ours) && sameValue(ours, theirs))) continue
    const path = `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`
    rows.push({ path, ...sideValues(base, ours, theirs) })
  }
  return rows
}

function sideValues(base: unknown, ours: unknown, theirs: unknown) {
  return {
    ...(base !== undefined && { base }),
    ...(ours !== undefined && { ours }),
    ...(theirs !== undefined && { theirs }),
  }
}

export function recordView(
  record: ConflictedRecord,
  resolutions: Record<string, Resolution>,
  validators: SchemaValidators,
  store: DatasetStore | undefined,
): MergeRecordView {
  const key = recordKey(record)
  const { merged, conflicts } = mergeByShape(
    shapeOf(record.kind),
    absent(record.base),
    absent(record.ours),
    absent(record.theirs),
    { resolutions },
  )
  const baseRows: MergeFieldRow[] =
    record.conflicts.length > 0
      ? record.conflicts.map((c) => ({
          path: c.path,
          reason: c.reason,
          ...sideValues(c.base, c.ours, c.theirs),
        }))
      : disagreeingFields(record)
  const rows = baseRows.map((row) => {
    const resolution = resolutions[row.path]
    // Unchosen, a conflicting field holds mine (the merge prefers ours until the curator chooses).
    const result = resolution ? chosen(resolution, row) : row.reason ? row.ours : valueAt(merged, row.path)
    return { ...row, ...(resolution && { resolution }), ...(result !== undefined && { result }) }
  })
  const schemaIssues: ValidationIssue[] =
    merged !== undefined && record.kind !== 'manifest' && record.kind !== 'file'
      ? toIssues(validators.validate(record.kind as RecordKind, merged))
      : []
  const chose = Object.keys(resolutions).length > 0
  // The checks' own problems stand until the curator changes something; then finishing checks again.
  const issues = schemaIssues.length > 0 ? schemaIssues : chose ? [] : record.issues
  return {
    key,
    kind: record.kind,
    id: record.id,
    ...recordName(
      record.kind,
      record.id,
      merged ?? absent(record.ours) ?? absent(record.theirs) ?? null,
      store,
    ),
    rows,
    result: merged ?? null,
    unresolved: conflicts.length,
    issues,
    resolved: conflicts.length === 0 && issues.length === 0,
  }
}

/** A top-level field's value in the merged record (rows of refused records are top-level). */
function valueAt(merged: unknown, path: string): unknown {
  if (!merged || typeof merged !== 'object') return undefined
  const key = path.slice(1).replaceAll('~1', '/').replaceAll('~0', '~')
  return (merged as Record<string, unknown>)[key]
}

export function mergeView(
  merge: MergeInProgress,
  validators: SchemaValidators,
  store: DatasetStore | undefined,
): TeamMerge {
  const records = merge.records.map((record) =>
    recordView(record, merge.resolutions[recordKey(record)] ?? {}, validators, store),
  )
  return {
    startedAt: merge.startedAt,
    remote: merge.remote,
    replaying: merge.replaying,
    records,
    resolved: records.filter((r) => r.resolved).length,
    total: records.length,
  }
}
