import type { Change, RecordOf } from '@shared/domain'
import type { ImportOutcome, ImportTally } from '@shared/exchange'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { CuratorError } from '../../dataset/errors'
import type { SchemaValidators } from '../../validation/ajv'
import { recordIssues } from '../../validation/record-issues'
import { type ImportPlan, type ImportTarget, overlay, stillCurrent } from './plan'

const TAKEN_BY_DEFAULT = new Set(['new', 'changed'])
const TAKEABLE = new Set(['new', 'changed', 'duplicate'])

/**
 * Writes the rows of a preview as ONE command (so one undo takes the whole import back): all new
 * and changed rows, or the rows named (duplicates only when named). Refuses, writing nothing,
 * when a chosen record no longer matches what the preview saw (CONFLICT) or would fail its checks
 * without the rows left out (VALIDATION, e.g. a statement whose new source was not chosen).
 */
export async function commitPlan(
  target: ImportTarget,
  validators: SchemaValidators,
  plan: ImportPlan,
  label: string,
  rowIds?: string[],
): Promise<ImportOutcome> {
  if (rowIds) {
    const known = new Set(plan.rows.map((r) => r.rowId))
    const unknown = rowIds.filter((id) => !known.has(id))
    if (unknown.length > 0)
      throw new CuratorError('VALIDATION', `This preview has no row ${unknown.slice(0, 5).join(', ')}.`)
  }
  const wanted = rowIds ? new Set(rowIds) : undefined
  const chosen = plan.rows.filter((row) =>
    wanted ? wanted.has(row.rowId) && TAKEABLE.has(row.status) : TAKEN_BY_DEFAULT.has(row.status),
  )
  const changes = chosen.map((row) => plan.changes.get(row.rowId)).filter((c): c is Change => c !== undefined)
  const skipped = plan.rows.length - changes.length
  const tally = tallyRows(plan, chosen, changes)
  if (changes.length === 0) return { command: null, applied: 0, skipped, tally }
  const moved = changes.filter((change) => !stillCurrent(target, change))
  if (moved.length > 0) {
    const ids = moved
      .slice(0, 3)
      .map((c) => `“${c.id}”`)
      .join(', ')
    throw new CuratorError(
      'CONFLICT',
      `The dataset changed since the preview (${ids}${moved.length > 3 ? '...' : ''}): preview the file again.`,
    )
  }
  const lookup = overlay(
    target,
    changes.map((c) => ({ kind: c.kind, id: c.id, record: c.after as RecordOf[RecordKind] })),
  )
  const issues: ValidationIssue[] = changes.flatMap((c) =>
    recordIssues(validators, lookup, c.kind, c.after as never)
      .filter((i) => i.severity === 'error')
      .map((i) => ({ ...i, record: { kind: c.kind, id: c.id } })),
  )
  if (issues.length > 0) {
    throw new CuratorError(
      'VALIDATION',
      `Nothing was imported: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} with the rows chosen (${issues[0]?.message ?? ''}).`,
      issues,
    )
  }
  const command = await target.commit(label, changes)
  return { command, applied: changes.length, skipped, tally }
}

/** Every row of the file counted once: written (added or changed), unchanged, refused, or left out. */
function tallyRows(plan: ImportPlan, chosen: ImportPlan['rows'], changes: Change[]): ImportTally {
  const taken = new Set(chosen.map((row) => row.rowId))
  const added = changes.filter((change) => change.before === null).length
  let unchanged = 0
  let refused = 0
  let leftOut = 0
  for (const row of plan.rows) {
    if (taken.has(row.rowId)) continue
    if (row.status === 'unchanged') unchanged += 1
    else if (row.status === 'invalid' || row.status === 'duplicate') refused += 1
    else leftOut += 1
  }
  return { added, changed: changes.length - added, unchanged, refused, leftOut }
}
