/* Generated from schemas/property.schema.json by scripts/generate-types.ts. Do not edit. */

/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id = string
export type Datatype = 'string' | 'quantity' | 'time' | 'item' | 'url' | 'monolingual'
/**
 * For quantities: the unit a value takes when none is given (for example 'hectare'); absent for plain counts.
 */
export type DefaultUnit = string
/**
 * Which kinds of subject the property is used on.
 *
 * @minItems 1
 */
export type Subjects = ('site' | 'country')[]
/**
 * A value that changes over time (a count, a rank) should carry a point-in-time qualifier.
 */
export type ExpectsAPointInTime = boolean
export type WikidataProperty = string
/**
 * The value is a number of World Heritage sites of the subject country; a consistency rule compares it with the site records inscribed by the statement's point in time.
 */
export type CountsTheSubjectSSites = boolean
/**
 * The property qualifies other statements (as a point in time does) and is never a statement's main property.
 */
export type QualifierOnly = boolean
/**
 * No longer offered for new statements; statements that still use it are flagged so that the curator can move them to another property. Retired properties are kept so that history and old exports keep their meaning.
 */
export type Retired = boolean
/**
 * A web address with $1 where the value goes, so that values show as links (Wikidata's P1630), such as https://whc.unesco.org/en/list/$1.
 */
export type FormatterURL = string
export type Constraint =
  UniqueValue | SingleValue | AllowedSubjects | AllowedRange | AllowedForm | RequiredQualifiers
export type Severity = 'error' | 'warning'
/**
 * @minItems 1
 */
export type SiteCategories = ('cultural' | 'natural' | 'mixed')[]
export type Minimum = number
export type Maximum = number
export type Pattern = string
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id1 = string
/**
 * @minItems 1
 * @maxItems 10
 */
export type QualifierProperties = Id1[]
/**
 * Rules every statement with this property should follow, in the manner of Wikibase property constraints; each says whether breaking it is an error (blocks approval and export) or a warning (can be acknowledged).
 *
 * @maxItems 20
 */
export type Constraints = Constraint[]

/**
 * A statement property, in the manner of a Wikibase property: what a statement says, and the datatype of its value.
 */
export interface Property {
  id: Id
  label: Label
  description?: Description
  datatype: Datatype
  unit?: DefaultUnit
  subjects?: Subjects
  expectsPointInTime?: ExpectsAPointInTime
  wikidataProperty?: WikidataProperty
  checksSiteCount?: CountsTheSubjectSSites
  qualifierOnly?: QualifierOnly
  retired?: Retired
  formatterUrl?: FormatterURL
  constraints?: Constraints
}
/**
 * One text per BCP 47 language tag.
 */
export interface Label {
  [k: string]: string
}
/**
 * One text per BCP 47 language tag.
 */
export interface Description {
  [k: string]: string
}
/**
 * No two subjects have the same value (Wikibase 'distinct values').
 */
export interface UniqueValue {
  type: 'unique'
  severity: Severity
}
/**
 * A subject has at most one value (deprecated ones aside).
 */
export interface SingleValue {
  type: 'single-value'
  severity: Severity
}
/**
 * Only on the kinds of subject the property lists in `subjects`, and for sites only of these categories when given.
 */
export interface AllowedSubjects {
  type: 'allowed-subjects'
  severity: Severity
  categories?: SiteCategories
}
/**
 * Quantities between the bounds; for dates, the year.
 */
export interface AllowedRange {
  type: 'range'
  severity: Severity
  minimum?: Minimum
  maximum?: Maximum
}
/**
 * Text values (strings, monolingual text, URLs) match this regular expression in full.
 */
export interface AllowedForm {
  type: 'pattern'
  severity: Severity
  pattern: Pattern
}
/**
 * Each statement carries a qualifier of each of these properties.
 */
export interface RequiredQualifiers {
  type: 'required-qualifiers'
  severity: Severity
  properties: QualifierProperties
}
