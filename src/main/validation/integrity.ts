import type { ItemRef, Property, RecordOf, Source, Statement, Value } from '@shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'

/** What cross-record rules need to know about the rest of the dataset. */
export interface RecordLookup {
  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined
}

/** `params` are the values in the message, so the renderer can say it in the interface language. */
function issue(
  path: string,
  rule: string,
  message: string,
  params?: Record<string, string | number>,
): ValidationIssue {
  return { path, rule, message, severity: 'error', ...(params && { params }) }
}

function checkItem(item: ItemRef, path: string, lookup: RecordLookup): ValidationIssue[] {
  if (item.kind === 'site' && !lookup.get('site', item.id)) {
    return [
      issue(path, 'integrity.site-exists', `There is no site with the id “${item.id}” in this dataset.`, {
        id: item.id,
      }),
    ]
  }
  return []
}

function checkValue(value: Value, property: Property | undefined, path: string, lookup: RecordLookup) {
  const issues: ValidationIssue[] = []
  if (property && value.type !== property.datatype) {
    issues.push(
      issue(
        `${path}/type`,
        'integrity.value-matches-datatype',
        `The property “${property.label.en ?? property.id}” takes a ${property.datatype} value, not a ${value.type}.`,
        { property: property.label.en ?? property.id, datatype: property.datatype, type: value.type },
      ),
    )
  }
  if (value.type === 'item') issues.push(...checkItem(value.item, `${path}/item/id`, lookup))
  return issues
}

function checkPropertyExists(id: string, path: string, lookup: RecordLookup): ValidationIssue[] {
  return lookup.get('property', id)
    ? []
    : [
        issue(
          path,
          'integrity.property-exists',
          `There is no property “${id}” in this dataset's property registry.`,
          { id },
        ),
      ]
}

/** Cross-record rules for one statement: every id it names exists, and values fit their properties. */
export function checkStatementIntegrity(statement: Statement, lookup: RecordLookup): ValidationIssue[] {
  const issues = [
    ...checkItem(statement.subject, '/subject/id', lookup),
    ...checkPropertyExists(statement.property, '/property', lookup),
    ...checkValue(statement.value, lookup.get('property', statement.property), '/value', lookup),
  ]
  statement.qualifiers.forEach((qualifier, index) => {
    const path = `/qualifiers/${index}`
    issues.push(...checkPropertyExists(qualifier.property, `${path}/property`, lookup))
    issues.push(
      ...checkValue(qualifier.value, lookup.get('property', qualifier.property), `${path}/value`, lookup),
    )
  })
  statement.references.forEach((reference, index) => {
    if (!lookup.get('source', reference.source)) {
      issues.push(
        issue(
          `/references/${index}/source`,
          'integrity.source-exists',
          `There is no source with the id “${reference.source}”: pick an existing source or create it first.`,
          { id: reference.source },
        ),
      )
    }
  })
  return issues
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Every CSL date of a source. */
const DATE_FIELDS = [
  'issued',
  'accessed',
  'original-date',
  'event-date',
  'submitted',
  'available-date',
] as const
/** CSL's seasons (spring to winter), written in the month's place with no day. */
const isSeason = (month: number, day: number | undefined) => month >= 21 && month <= 24 && day === undefined

/** CSL date-parts are plain integer lists in the schema; months and days are checked here. */
export function checkSourceDates(source: Source): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const field of DATE_FIELDS) {
    source[field]?.['date-parts']?.forEach((parts, index) => {
      const [, month, day] = parts
      const path = `/${field}/date-parts/${index}`
      if (month !== undefined && (month < 1 || month > 12) && !isSeason(month, day)) {
        issues.push(
          issue(
            `${path}/1`,
            'source.date-valid',
            `Month ${month} does not exist: use 1 to 12 (21 to 24 for a season).`,
            {
              context: 'month',
              month,
            },
          ),
        )
      } else if (day !== undefined && (day < 1 || day > (DAYS_IN_MONTH[(month ?? 1) - 1] ?? 31))) {
        issues.push(
          issue(`${path}/2`, 'source.date-valid', `Day ${day} does not exist in month ${month}.`, {
            context: 'day',
            day,
            month: String(month),
          }),
        )
      }
    })
  }
  return issues
}

/** Cross-record rules for any record about to be saved. */
export function checkRecordIntegrity<K extends RecordKind>(
  kind: K,
  record: RecordOf[K],
  lookup: RecordLookup,
): ValidationIssue[] {
  if (kind === 'source') return checkSourceDates(record as Source)
  return kind === 'statement' ? checkStatementIntegrity(record as Statement, lookup) : []
}

function mentionsItem(value: Value, kind: 'site', id: string): boolean {
  return value.type === 'item' && value.item.kind === kind && value.item.id === id
}

/** Statements that would dangle if the record went: deleting it is refused while any exist. */
export function findDependents(kind: RecordKind, id: string, statements: Iterable<Statement>): Statement[] {
  const found: Statement[] = []
  for (const s of statements) {
    const values = [s.value, ...s.qualifiers.map((q) => q.value)]
    const uses =
      (kind === 'site' &&
        ((s.subject.kind === 'site' && s.subject.id === id) ||
          values.some((v) => mentionsItem(v, 'site', id)))) ||
      (kind === 'source' && s.references.some((r) => r.source === id)) ||
      (kind === 'property' && (s.property === id || s.qualifiers.some((q) => q.property === id)))
    if (uses) found.push(s)
  }
  return found
}

/** Runs the cross-record rules over a whole dataset, as when it is opened. */
export function checkDatasetIntegrity(
  records: { [K in RecordKind]: RecordOf[K][] },
  /** The file a record is in, to name it (its shard, or its kind's file in the old layout). */
  fileOf: (kind: RecordKind, record: unknown) => string,
): ValidationIssue[] {
  const maps = {
    site: new Map(records.site.map((r) => [r.id, r])),
    source: new Map(records.source.map((r) => [r.id, r])),
    property: new Map(records.property.map((r) => [r.id, r])),
    statement: new Map(records.statement.map((r) => [r.id, r])),
  }
  const lookup: RecordLookup = { get: (kind, id) => maps[kind].get(id) as never }
  return RECORD_KINDS.flatMap((kind) =>
    (records[kind] as RecordOf[RecordKind][]).flatMap((record) =>
      integrityIssuesOf(kind, record, lookup, fileOf),
    ),
  )
}

/** The cross-record rules for one record of a dataset being checked, each issue naming its file and record. */
export function integrityIssuesOf<K extends RecordKind>(
  kind: K,
  record: RecordOf[K],
  lookup: RecordLookup,
  fileOf: (kind: RecordKind, record: unknown) => string,
): ValidationIssue[] {
  const issues = checkRecordIntegrity(kind, record, lookup)
  // Named only when there is something to say: naming a shard takes a hash.
  const file = issues.length > 0 ? fileOf(kind, record) : ''
  return issues.map((found) => ({
    ...found,
    file,
    record: { kind, id: record.id },
    message: `${file}, record “${record.id}”: ${found.message}`,
  }))
}
