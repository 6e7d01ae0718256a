/**
 * Properties of the record merge, over records built from a model: a statement is a map of
 * "slots" (a field, a reference's quote, a whole reference, a qualifier's value), each side an
 * edit of some slots. The expected outcome is computed from the slots alone, not by the merge.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Statement } from '@shared/domain'
import type { FieldConflict } from '@shared/team'
import { RECORD_SHAPES, type Shape } from './merge-shapes'
import { mergeByShape, type MergeOptions } from './record-merge'

const AT = '2026-01-01T00:00:00.000Z'

// Statements have no set field: `criteria` stands in for one, merged as sites' criteria are.
const statementShape = RECORD_SHAPES.statement as Extract<Shape, { type: 'object' }>
const SHAPE: Shape = { ...statementShape, fields: { ...statementShape.fields, criteria: { type: 'set' } } }
function mergeRecord(_kind: 'statement', b: unknown, o: unknown, t: unknown, options?: MergeOptions) {
  const { merged, conflicts } = mergeByShape(SHAPE, b, o, t, options)
  return { merged: (merged ?? null) as Statement | null, conflicts }
}
const NOTHING = undefined

/** The slots, each with the pointer of the field it is. `refA` is a whole reference (deletable). */
const SLOTS = {
  rank: '/rank',
  status: '/status',
  value: '/value',
  reviewNote: '/reviewNote',
  when: '/qualifiers/@point-in-time/value',
  refA: '/references/@src-a',
  quoteB: '/references/@src-b/quote',
} as const
type Slot = keyof typeof SLOTS
type Slots = { [K in Slot]?: unknown } & { criteria: string[] }

const values: Record<Slot, fc.Arbitrary<unknown>> = {
  rank: fc.constantFrom('preferred', 'normal', 'deprecated'),
  status: fc.constantFrom('draft', 'in-review', 'approved'),
  value: fc.constantFrom(1, 2, 3).map((amount) => ({ type: 'quantity', amount })),
  reviewNote: fc.constantFrom(NOTHING, 'a', 'b'),
  when: fc.constantFrom('+2023', '+2024').map((time) => ({ type: 'time', time, precision: 'year' })),
  // A reference to src-a: absent (deleted), without a quote, or with one of two quotes.
  refA: fc.constantFrom(NOTHING, {}, { quote: 'x' }, { quote: 'y' }),
  quoteB: fc.constantFrom(NOTHING, 'p', 'q'),
}

function build(slots: Slots): Statement {
  const refA = slots.refA as { quote?: string } | undefined
  const references: Statement['references'] = []
  if (refA) references.push({ source: 'src-a', ...refA })
  references.push({ source: 'src-b', ...(slots.quoteB ? { quote: slots.quoteB as string } : {}) })
  return {
    id: 'st-1',
    subject: { kind: 'site', id: 'site-1' },
    property: 'visitors-per-year',
    value: slots.value as Statement['value'],
    qualifiers: [{ property: 'point-in-time', value: slots.when as Statement['value'] }],
    references,
    rank: slots.rank as Statement['rank'],
    status: slots.status as Statement['status'],
    ...(slots.reviewNote ? { reviewNote: slots.reviewNote as string } : {}),
    ...({ criteria: slots.criteria } as object),
    createdAt: AT,
    updatedAt: AT,
  }
}

const CRITERIA = ['i', 'ii', 'iii', 'iv']
const baseSlots = fc.record({
  rank: values.rank,
  status: values.status,
  value: values.value,
  reviewNote: values.reviewNote,
  when: values.when,
  refA: fc.constantFrom({}, { quote: 'x' }),
  quoteB: values.quoteB,
  criteria: fc.subarray(CRITERIA),
}) as fc.Arbitrary<Slots>

/** An edit: new values for some slots, and members added to or removed from the set. */
const edit = fc.record({
  slots: fc.record(values, { requiredKeys: [] }) as fc.Arbitrary<Partial<Slots>>,
  criteria: fc.subarray(CRITERIA),
})
type Edit = { slots: Partial<Slots>; criteria: string[] }

function apply(base: Slots, e: Edit): Slots {
  // The edit's criteria are toggled: members in it flip in or out of the set.
  const criteria = CRITERIA.filter((c) => base.criteria.includes(c) !== e.criteria.includes(c))
  return { ...base, ...e.slots, criteria }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const changed = (base: Slots, side: Slots, slot: Slot) => !same(base[slot], side[slot])

/** The conflicts the model expects: both sides changed a slot, to different values. */
function expectedConflictPaths(base: Slots, ours: Slots, theirs: Slots): string[] {
  const paths: string[] = []
  for (const slot of Object.keys(SLOTS) as Slot[]) {
    if (!changed(base, ours, slot) || !changed(base, theirs, slot) || same(ours[slot], theirs[slot])) continue
    // Two edits inside a reference both sides kept conflict on its quote; else on the reference.
    if (slot === 'refA' && ours.refA && theirs.refA) paths.push('/references/@src-a/quote')
    else paths.push(SLOTS[slot])
  }
  return paths.sort()
}

const paths = (conflicts: FieldConflict[]) => conflicts.map((c) => c.path).sort()
const swapSides = (c: FieldConflict): FieldConflict => {
  const { ours, theirs, ...rest } = c
  return {
    ...rest,
    ...(theirs !== undefined && { ours: theirs }),
    ...(ours !== undefined && { theirs: ours }),
  }
}

describe('mergeRecord properties', () => {
  it('merge(b, b, t) = t and merge(b, o, b) = o', () => {
    fc.assert(
      fc.property(baseSlots, edit, (b, e) => {
        const base = build(b)
        const side = build(apply(b, e))
        expect(mergeRecord('statement', base, base, side)).toEqual({ merged: side, conflicts: [] })
        expect(mergeRecord('statement', base, side, base)).toEqual({ merged: side, conflicts: [] })
      }),
    )
  })

  it('is symmetric: swapping ours and theirs swaps the sides of each conflict and nothing else', () => {
    fc.assert(
      fc.property(baseSlots, edit, edit, (b, eo, et) => {
        const [base, ours, theirs] = [build(b), build(apply(b, eo)), build(apply(b, et))]
        const forward = mergeRecord('statement', base, ours, theirs, { prefer: 'theirs' })
        const backward = mergeRecord('statement', base, theirs, ours, { prefer: 'ours' })
        expect(backward.merged).toEqual(forward.merged)
        expect(backward.conflicts).toEqual(forward.conflicts.map(swapSides))
      }),
    )
  })

  it('reports a conflict exactly where both sides changed one field differently (or edit met delete)', () => {
    fc.assert(
      fc.property(baseSlots, edit, edit, (b, eo, et) => {
        const [o, t] = [apply(b, eo), apply(b, et)]
        const { conflicts } = mergeRecord('statement', build(b), build(o), build(t))
        expect(paths(conflicts)).toEqual(expectedConflictPaths(b, o, t))
        for (const c of conflicts) {
          const deleted = c.ours === undefined || c.theirs === undefined
          expect(c.reason).toBe(
            c.base === undefined ? 'both-added' : deleted ? 'edit-delete' : 'both-changed',
          )
        }
      }),
    )
  })

  it('merging disjoint changes equals applying both', () => {
    fc.assert(
      fc.property(baseSlots, edit, edit, (b, eo, et) => {
        // Theirs keeps away from every slot ours touched: the changes are disjoint.
        const theirsSlots = Object.fromEntries(
          Object.entries(et.slots).filter(([slot]) => !(slot in eo.slots)),
        ) as Partial<Slots>
        const theirsCriteria = et.criteria.filter((c) => !eo.criteria.includes(c))
        const o = apply(b, eo)
        const t = apply(b, { slots: theirsSlots, criteria: theirsCriteria })
        const both = apply(o, { slots: theirsSlots, criteria: theirsCriteria })
        const { merged, conflicts } = mergeRecord('statement', build(b), build(o), build(t))
        expect(conflicts).toEqual([])
        // A set's order is not its content: members added on both sides come in by value.
        const members = (r: unknown) => ({ ...(r as object), criteria: [...(r as Slots).criteria].sort() })
        expect(members(merged)).toEqual(members(build(both)))
      }),
    )
  })

  it('merges a set as additions and removals: a member stays unless removed, comes in when added', () => {
    fc.assert(
      fc.property(baseSlots, edit, edit, (b, eo, et) => {
        const [o, t] = [apply(b, eo), apply(b, et)]
        const { merged } = mergeRecord('statement', build(b), build(o), build(t))
        const expected = CRITERIA.filter((c) =>
          b.criteria.includes(c)
            ? o.criteria.includes(c) && t.criteria.includes(c)
            : o.criteria.includes(c) || t.criteria.includes(c),
        )
        const got = (merged as unknown as { criteria: string[] }).criteria
        expect([...got].sort()).toEqual(expected)
      }),
    )
  })
})
