import type { Draft, Property } from '@shared/domain'
import type { Constraint } from '@shared/identifiers'
import type { ValidationIssue } from '@shared/result'
import { numberOrText } from '../sites/site-model'

/** Off, or on with the severity a broken constraint has. */
export type ConstraintLevel = '' | Constraint['severity']
export type ConstraintType = Constraint['type']

/** The constraint kinds in the order the form shows them and the draft lists them. */
export const CONSTRAINT_TYPES: readonly ConstraintType[] = [
  'unique',
  'single-value',
  'allowed-subjects',
  'range',
  'pattern',
  'required-qualifiers',
]

export const DATATYPES: readonly Property['datatype'][] = [
  'string',
  'quantity',
  'time',
  'item',
  'url',
  'monolingual',
]

/** A property as its form edits it: one text per dataset language, each constraint a level and its settings. */
export interface PropertyFormValues {
  id: string
  /** The id follows the English label until the curator types an id of their own. */
  idTouched: boolean
  labels: Record<string, string>
  descriptions: Record<string, string>
  datatype: Property['datatype']
  unit: string
  subjects: Array<'site' | 'country'>
  qualifierOnly: boolean
  expectsPointInTime: boolean
  wikidataProperty: string
  formatterUrl: string
  retired: boolean
  levels: Record<ConstraintType, ConstraintLevel>
  categories: string[]
  minimum: number | string
  maximum: number | string
  pattern: string
  qualifierProperties: string[]
}

export type SetPropertyField = <F extends keyof PropertyFormValues>(
  field: F,
  value: PropertyFormValues[F],
) => void

/** The dataset's languages first, then any other the property already has a label or description in. */
export function propertyLanguages(
  property: Property | undefined,
  manifestLanguages: readonly string[],
): string[] {
  const languages = [...manifestLanguages]
  for (const lang of [...Object.keys(property?.label ?? {}), ...Object.keys(property?.description ?? {})])
    if (!languages.includes(lang)) languages.push(lang)
  return languages.length > 0 ? languages : ['en']
}

/** An id from a label: "Annual visitors" is annual-visitors. */
export function idFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
}

function find<T extends ConstraintType>(property: Property | undefined, type: T) {
  return property?.constraints?.find((c): c is Extract<Constraint, { type: T }> => c.type === type)
}

export function propertyFormValues(property: Property | undefined): PropertyFormValues {
  const levels = Object.fromEntries(
    CONSTRAINT_TYPES.map((type) => [type, find(property, type)?.severity ?? '']),
  ) as Record<ConstraintType, ConstraintLevel>
  const range = find(property, 'range')
  return {
    id: property?.id ?? '',
    idTouched: property !== undefined,
    labels: { ...property?.label },
    descriptions: { ...property?.description },
    datatype: property?.datatype ?? 'string',
    unit: property?.unit ?? '',
    // A new property is for sites until the curator says otherwise; a saved one keeps what it has.
    subjects: property ? [...(property.subjects ?? [])] : ['site'],
    qualifierOnly: property?.qualifierOnly ?? false,
    expectsPointInTime: property?.expectsPointInTime ?? false,
    wikidataProperty: property?.wikidataProperty ?? '',
    formatterUrl: property?.formatterUrl ?? '',
    retired: property?.retired ?? false,
    levels,
    categories: [...(find(property, 'allowed-subjects')?.categories ?? [])],
    minimum: range?.minimum ?? '',
    maximum: range?.maximum ?? '',
    pattern: find(property, 'pattern')?.pattern ?? '',
    qualifierProperties: [...(find(property, 'required-qualifiers')?.properties ?? [])],
  }
}

/** The constraints the form's values declare, in the order of CONSTRAINT_TYPES. */
export function constraintsOf(values: PropertyFormValues): Constraint[] {
  const out: Constraint[] = []
  for (const type of CONSTRAINT_TYPES) {
    const severity = values.levels[type]
    if (!severity) continue
    if (type === 'allowed-subjects') {
      const categories = values.categories as Array<'cultural' | 'natural' | 'mixed'>
      out.push({ type, severity, ...(categories.length > 0 ? { categories } : {}) })
    } else if (type === 'range') {
      const minimum = numberOrText(values.minimum)
      const maximum = numberOrText(values.maximum)
      out.push({
        type,
        severity,
        ...(minimum !== undefined ? { minimum } : {}),
        ...(maximum !== undefined ? { maximum } : {}),
      })
    } else if (type === 'pattern') out.push({ type, severity, pattern: values.pattern.trim() })
    else if (type === 'required-qualifiers')
      out.push({ type, severity, properties: values.qualifierProperties })
    else out.push({ type, severity } as Constraint)
  }
  return out
}

/** Texts without the empty ones: an empty label is no label. */
function texts(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map)
      .map(([lang, text]) => [lang, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  )
}

/**
 * The draft to save: the original (fields this form does not show kept) with the edits; or the
 * issue the renderer finds first: a new property whose id another already has (saving it would
 * overwrite that one).
 */
export function propertyDraft(
  values: PropertyFormValues,
  original: Property | undefined,
  taken: (id: string) => boolean,
): { draft: Draft<'property'> } | { issues: ValidationIssue[] } {
  const id = values.id.trim()
  if (!original && id !== '' && taken(id)) {
    const message = `There is already a property with the id “${id}”: choose another id.`
    return {
      issues: [{ path: '/id', rule: 'property.id-taken', severity: 'error', message, params: { id } }],
    }
  }
  const draft: Record<string, unknown> = {
    ...original,
    id,
    label: texts(values.labels),
    datatype: values.datatype,
  }
  const optional: Record<string, unknown> = {
    description: Object.keys(texts(values.descriptions)).length > 0 ? texts(values.descriptions) : undefined,
    unit: values.datatype === 'quantity' ? values.unit.trim() || undefined : undefined,
    subjects: values.subjects.length > 0 ? values.subjects : undefined,
    qualifierOnly: values.qualifierOnly || undefined,
    expectsPointInTime: values.expectsPointInTime || undefined,
    wikidataProperty: values.wikidataProperty.trim() || undefined,
    formatterUrl: values.formatterUrl.trim() || undefined,
    retired: values.retired || undefined,
    constraints: constraintsOf(values).length > 0 ? constraintsOf(values) : undefined,
  }
  for (const [field, value] of Object.entries(optional)) {
    if (value === undefined) delete draft[field]
    else draft[field] = value
  }
  if (id === '') delete draft.id
  return { draft: draft as unknown as Draft<'property'> }
}

/** Every JSON pointer the property form shows a field for; a constraint's at its place in the draft. */
export function propertyFieldPaths(languages: readonly string[], values: PropertyFormValues): string[] {
  const paths = ['/id', '/label', '/description', '/datatype', '/unit', '/subjects', '/qualifierOnly']
  for (const lang of languages) paths.push(`/label/${lang}`, `/description/${lang}`)
  paths.push('/expectsPointInTime', '/wikidataProperty', '/formatterUrl', '/retired', '/constraints')
  constraintsOf(values).forEach((_c, index) => paths.push(`/constraints/${index}`))
  return paths
}

/** Where each constraint of the form sits in the draft: its issues are shown under its row. */
export function constraintPath(values: PropertyFormValues, type: ConstraintType): string | undefined {
  const index = constraintsOf(values).findIndex((c) => c.type === type)
  return index < 0 ? undefined : `/constraints/${index}`
}
