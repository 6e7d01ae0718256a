import type { RecordKind } from '@shared/result'

/**
 * How each field of a record merges (design study §5.5, after Zotero's typed diff):
 * - `atomic`: one unit, whatever its inside (coordinates, a CSL name list, a statement's value):
 *   half of one side's latitude with half of the other's longitude is no place at all;
 * - `object`: key by key (language maps, `custom`); an `entity` object (a record, an item of a
 *   keyed list) also has a presence of its own, so deleting it against an edit inside is a conflict;
 * - `set`: members added or removed, never a conflict (states parties, criteria, regions);
 * - `keyed`: a list whose items are matched by a key and merged as entities (qualifiers,
 *   references, acknowledgements);
 * - `latest`: the later of two timestamps (`updatedAt` changes with every edit on both sides).
 * A field not named is an object when it holds one and atomic otherwise.
 */
export type Shape =
  | { type: 'atomic' }
  | { type: 'latest' }
  | { type: 'set' }
  | { type: 'object'; entity?: boolean; fields?: Record<string, Shape> }
  | { type: 'keyed'; key: (item: Record<string, unknown>) => string; item: Shape }

const atomic: Shape = { type: 'atomic' }
const set: Shape = { type: 'set' }
const latest: Shape = { type: 'latest' }

/**
 * Acknowledged warnings are keyed by rule and field: a curator acknowledges a rule on a field
 * once, so two acknowledgements of the same pair are the same decision (reason and date may differ).
 */
const acknowledgements: Shape = {
  type: 'keyed',
  key: (item) => `${String(item.rule)}${item.path ? ` ${String(item.path)}` : ''}`,
  item: { type: 'object', entity: true },
}

const common = { acknowledgements, updatedAt: latest }

export const RECORD_SHAPES: Record<RecordKind, Shape> = {
  site: {
    type: 'object',
    entity: true,
    fields: {
      ...common,
      statesParties: set,
      regions: set,
      criteria: set,
      extensionYears: set,
      notDuplicates: set,
      location: atomic,
    },
  },
  source: {
    type: 'object',
    entity: true,
    fields: { ...common, author: atomic, editor: atomic, issued: atomic, accessed: atomic },
  },
  property: { type: 'object', entity: true, fields: { subjects: set } },
  statement: {
    type: 'object',
    entity: true,
    fields: {
      ...common,
      subject: atomic,
      value: atomic,
      // Qualifiers are keyed by their property: most properties qualify a statement once (a point
      // in time, a determination method), so both sides changing the date is a conflict to show,
      // not two dates kept side by side. A property used twice is told apart by its rank among
      // that property's qualifiers (`@applies-to-part#1`).
      qualifiers: {
        type: 'keyed',
        key: (item) => String(item.property),
        item: { type: 'object', entity: true, fields: { value: atomic } },
      },
      // References are keyed by their source: a statement cites a source once, and the quote or
      // locator is what curators refine. Two references to one source (two pages) are told apart
      // by rank, as qualifiers are. The locator (label and value) is one unit.
      references: {
        type: 'keyed',
        key: (item) => String(item.source),
        item: { type: 'object', entity: true, fields: { locator: atomic } },
      },
    },
  },
}

/** The manifest merges like a record: required languages as a set. */
export const MANIFEST_SHAPE: Shape = { type: 'object', entity: true, fields: { languages: set } }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The shape of an object's field: as declared, else an object when a side holds one, else atomic. */
export function fieldShape(parent: Shape, key: string, ...values: unknown[]): Shape {
  const declared = parent.type === 'object' ? parent.fields?.[key] : undefined
  if (declared) return declared
  return values.some(isPlainObject) ? { type: 'object' } : atomic
}

export { isPlainObject }
