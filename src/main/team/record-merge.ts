/**
 * The three-way merge of one record, field by field, as Zotero's sync, Dolt's cell merge and
 * Kart's conflict dialog do it: a field changed on one side takes that side; changed on both to
 * the same value, that value; changed on both to different values, a conflict. Deleting a record
 * (or one reference) that the other side edited is a conflict too. See merge-shapes.ts for how
 * each field merges, and list-merge.ts for lists.
 */
import type { RecordKind } from '@shared/result'
import type { ConflictReason, FieldConflict, Resolution } from '@shared/team'
import { escapePointer } from '@shared/field-labels'
import { indexByKey, mergedOrder } from './list-merge'
import { fieldShape, isPlainObject, RECORD_SHAPES, type Shape } from './merge-shapes'
import { sameValue, stableJson } from './stable-json'

export interface MergeOptions {
  /** Which side a conflicting field takes in `merged` until the curator chooses (default ours). */
  prefer?: 'ours' | 'theirs'
  /** The curator's choices, by path: applied where they stand, and no conflict is reported there. */
  resolutions?: Record<string, Resolution>
}

export interface RecordMergeResult<R = unknown> {
  /** The merged record; null when it is deleted. Conflicting fields hold the preferred side. */
  merged: R | null
  conflicts: FieldConflict[]
}

interface Context {
  prefer: 'ours' | 'theirs'
  resolutions: Record<string, Resolution>
  resolvedPaths: string[]
  conflicts: FieldConflict[]
}

function reasonOf(base: unknown, ours: unknown, theirs: unknown): ConflictReason {
  if (base === undefined) return 'both-added'
  return ours === undefined || theirs === undefined ? 'edit-delete' : 'both-changed'
}

function conflict(path: string, base: unknown, ours: unknown, theirs: unknown, ctx: Context): unknown {
  const found: FieldConflict = { path, reason: reasonOf(base, ours, theirs) }
  if (base !== undefined) found.base = base
  if (ours !== undefined) found.ours = ours
  if (theirs !== undefined) found.theirs = theirs
  ctx.conflicts.push(found)
  return ctx.prefer === 'ours' ? ours : theirs
}

function resolve(resolution: Resolution, base: unknown, ours: unknown, theirs: unknown): unknown {
  if ('take' in resolution) return { base, ours, theirs }[resolution.take]
  return 'set' in resolution ? resolution.set : undefined
}

function later(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b
  if (typeof b !== 'string') return a
  return a > b ? a : b
}

/** Merges one value of the given shape at a path; the heart of the merge. */
function mergeValue(shape: Shape, path: string, base: unknown, ours: unknown, theirs: unknown, ctx: Context) {
  const resolution = ctx.resolutions[path]
  if (resolution) return resolve(resolution, base, ours, theirs)
  const below = ctx.resolvedPaths.some((p) => p.startsWith(`${path}/`))
  if (!below) {
    if (sameValue(ours, theirs)) return ours
    if (sameValue(base, ours)) return theirs
    if (sameValue(base, theirs)) return ours
  }
  switch (shape.type) {
    case 'latest':
      return later(ours, theirs)
    case 'set':
    case 'keyed':
      return mergeList(shape, path, base, ours, theirs, ctx)
    case 'object':
      return mergeObject(shape, path, base, ours, theirs, ctx)
    default:
      return conflict(path, base, ours, theirs, ctx)
  }
}

function mergeObject(
  shape: Extract<Shape, { type: 'object' }>,
  path: string,
  base: unknown,
  ours: unknown,
  theirs: unknown,
  ctx: Context,
): unknown {
  const sides = [base, ours, theirs]
  if (sides.some((v) => v !== undefined && !isPlainObject(v))) return conflict(path, base, ours, theirs, ctx)
  // Deleted on one side, changed on the other: for a record or a list item, that is the conflict.
  if (shape.entity && base !== undefined && (ours === undefined || theirs === undefined))
    return conflict(path, base, ours, theirs, ctx)
  const [b, o, t] = sides.map((v) => (v ?? {}) as Record<string, unknown>) as [
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
  ]
  const out: Record<string, unknown> = {}
  const keys = new Set([...Object.keys(b), ...Object.keys(o), ...Object.keys(t)])
  for (const key of [...keys].sort()) {
    const value = mergeValue(
      fieldShape(shape, key, b[key], o[key], t[key]),
      `${path}/${escapePointer(key)}`,
      b[key],
      o[key],
      t[key],
      ctx,
    )
    if (value !== undefined) out[key] = value
  }
  // A language map emptied on one side and not added to on the other is gone, not `{}`.
  if (Object.keys(out).length === 0 && (ours === undefined || theirs === undefined)) return undefined
  return out
}

function mergeList(
  shape: Extract<Shape, { type: 'set' | 'keyed' }>,
  path: string,
  base: unknown,
  ours: unknown,
  theirs: unknown,
  ctx: Context,
): unknown {
  const sides = [base, ours, theirs]
  const itemsOk = (v: unknown) =>
    v === undefined || (Array.isArray(v) && (shape.type === 'set' || v.every(isPlainObject)))
  if (!sides.every(itemsOk)) return conflict(path, base, ours, theirs, ctx)
  const keyOf =
    shape.type === 'keyed' ? (item: unknown) => shape.key(item as Record<string, unknown>) : stableJson
  const [b, o, t] = sides.map((v) => indexByKey((v ?? []) as unknown[], keyOf))
  if (!b || !o || !t) throw new Error('unreachable')
  const merged = new Map<string, unknown>()
  for (const key of new Set([...b.keys, ...o.keys, ...t.keys])) {
    const [ib, io, it] = [b.byKey.get(key), o.byKey.get(key), t.byKey.get(key)]
    let value: unknown
    if (shape.type === 'set') {
      // A member stays unless a side removed it, and comes in when a side added it: never a conflict.
      const present =
        ib !== undefined ? io !== undefined && it !== undefined : io !== undefined || it !== undefined
      value = present ? (io ?? it ?? ib) : undefined
    } else {
      value = mergeValue(shape.item, `${path}/@${escapePointer(key)}`, ib, io, it, ctx)
    }
    if (value !== undefined) merged.set(key, value)
  }
  const order = mergedOrder(b.keys, o.keys, t.keys, new Set(merged.keys()))
  if (order.length === 0 && (ours === undefined || theirs === undefined)) return undefined
  return order.map((key) => merged.get(key))
}

/** Merges any value by shape: the record merge, the manifest merge and the tests use it. */
export function mergeByShape(
  shape: Shape,
  base: unknown,
  ours: unknown,
  theirs: unknown,
  options: MergeOptions = {},
): { merged: unknown; conflicts: FieldConflict[] } {
  const resolutions = options.resolutions ?? {}
  const ctx: Context = {
    prefer: options.prefer ?? 'ours',
    resolutions,
    resolvedPaths: Object.keys(resolutions),
    conflicts: [],
  }
  const merged = mergeValue(shape, '', base, ours, theirs, ctx)
  return { merged, conflicts: ctx.conflicts }
}

/**
 * Merges three versions of one record (null or undefined: absent on that side). With no base,
 * both sides added a record with this id: fields that differ are conflicts (`both-added`).
 */
export function mergeRecord<R>(
  kind: RecordKind,
  base: R | null | undefined,
  ours: R | null | undefined,
  theirs: R | null | undefined,
  options: MergeOptions = {},
): RecordMergeResult<R> {
  const { merged, conflicts } = mergeByShape(
    RECORD_SHAPES[kind],
    base ?? undefined,
    ours ?? undefined,
    theirs ?? undefined,
    options,
  )
  return { merged: (merged ?? null) as R | null, conflicts }
}
