import type { CurationStatus, Draft, Property, Reference, Statement } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import type { ValueFormValues } from './value-model'
import { valueFormValues, valueFromForm, valuePaths } from './value-model'

export type LocatorLabel = NonNullable<Reference['locator']>['label']

export interface QualifierFormValues {
  key: number
  property: string | null
  value: ValueFormValues
}

export interface ReferenceFormValues {
  key: number
  source: string | null
  quote: string
  locatorLabel: LocatorLabel
  locatorValue: string
}

export interface StatementFormValues {
  subjectKind: 'country' | 'site'
  countryCode: string
  siteId: string | null
  property: string | null
  value: ValueFormValues
  qualifiers: QualifierFormValues[]
  references: ReferenceFormValues[]
  rank: Statement['rank']
  status: CurationStatus
  reviewNote: string
}

export type SetStatementField = <F extends keyof StatementFormValues>(
  field: F,
  value: StatementFormValues[F],
) => void

let nextKey = 1
/** A stable React key for a row the curator adds or removes. */
export const rowKey = () => nextKey++

export function emptyQualifier(property: string | null = null): QualifierFormValues {
  return { key: rowKey(), property, value: valueFormValues(undefined) }
}

export function emptyReference(): ReferenceFormValues {
  return { key: rowKey(), source: null, quote: '', locatorLabel: 'page', locatorValue: '' }
}

/** A stored statement's values; a new one's, about the subject (and property) it was added to. */
export function statementFormValues(
  statement: Statement | undefined,
  prefill?: { subject: Statement['subject']; property?: string },
): StatementFormValues {
  const subject = statement?.subject ?? prefill?.subject
  return {
    subjectKind: subject?.kind ?? 'country',
    countryCode: subject?.kind === 'country' ? subject.code : '',
    siteId: subject?.kind === 'site' ? subject.id : null,
    property: statement?.property ?? prefill?.property ?? null,
    value: valueFormValues(statement?.value),
    qualifiers: (statement?.qualifiers ?? []).map((q) => ({
      key: rowKey(),
      property: q.property,
      value: valueFormValues(q.value),
    })),
    references: (statement?.references ?? []).map((r) => ({
      key: rowKey(),
      source: r.source,
      quote: r.quote ?? '',
      locatorLabel: r.locator?.label ?? 'page',
      locatorValue: r.locator?.value ?? '',
    })),
    rank: statement?.rank ?? 'normal',
    status: statement?.status ?? 'draft',
    reviewNote: statement?.reviewNote ?? '',
  }
}

function referenceFromForm(row: ReferenceFormValues): Reference {
  const reference: Record<string, unknown> = {}
  if (row.source) reference.source = row.source
  if (row.locatorValue.trim()) reference.locator = { label: row.locatorLabel, value: row.locatorValue.trim() }
  if (row.quote.trim()) reference.quote = row.quote.trim()
  return reference as unknown as Reference
}

/** The draft to save, or the issues the renderer found first (dates it cannot read). */
export function statementDraft(
  values: StatementFormValues,
  original: Statement | undefined,
  properties: ReadonlyMap<string, Property>,
): { draft: Draft<'statement'> } | { issues: ValidationIssue[] } {
  const { createdAt: _c, updatedAt: _u, ...rest } = original ?? ({} as Partial<Statement>)
  const issues: ValidationIssue[] = []
  const datatype = (id: string | null) => (id ? properties.get(id)?.datatype : undefined)
  const subject =
    values.subjectKind === 'country'
      ? { kind: 'country' as const, code: values.countryCode.trim().toUpperCase() }
      : { kind: 'site' as const, id: values.siteId ?? '' }
  const draft: Record<string, unknown> = {
    ...rest,
    subject,
    property: values.property ?? '',
    value: valueFromForm(values.value, datatype(values.property), '/value', issues),
    qualifiers: values.qualifiers.map((q, index) => ({
      property: q.property ?? '',
      value: valueFromForm(q.value, datatype(q.property), `/qualifiers/${index}/value`, issues),
    })),
    references: values.references.map(referenceFromForm),
    rank: values.rank,
    status: values.status,
  }
  if (draft.value === undefined) delete draft.value
  if (values.reviewNote.trim()) draft.reviewNote = values.reviewNote.trim()
  else delete draft.reviewNote
  if (issues.length > 0) return { issues }
  return { draft: draft as unknown as Draft<'statement'> }
}

/** Every JSON pointer the statement form shows a field for, rows included. */
export function statementFieldPaths(values: StatementFormValues): string[] {
  const paths = [
    '/subject',
    '/subject/code',
    '/subject/id',
    '/subject/kind',
    '/property',
    ...valuePaths('/value'),
  ]
  paths.push('/qualifiers', '/references', '/rank', '/status', '/reviewNote')
  values.qualifiers.forEach((_q, i) => {
    paths.push(`/qualifiers/${i}`, `/qualifiers/${i}/property`, ...valuePaths(`/qualifiers/${i}/value`))
  })
  values.references.forEach((_r, i) => {
    const base = `/references/${i}`
    paths.push(base, `${base}/source`, `${base}/quote`, `${base}/locator`)
  })
  return paths
}
