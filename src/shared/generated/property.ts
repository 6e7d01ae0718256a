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
