/* Generated from schemas/site.schema.json by scripts/generate-types.ts. Do not edit. */

/**
 * A heritage site: a World Heritage property or an entry of a national register.
 */
export type Site = {
  id: Id
  unescoId?: UNESCOIdNumber
  wikidataId?: WikidataItem
  name: Name
  statesParties: StatesParties
  regions: Regions
  category: Category
  criteria: Criteria
  yearInscribed?: YearInscribed
  extensionYears?: ExtensionYears
  yearDelisted?: YearDelisted
  inDanger: InDanger
  location?: Location
  areaHectares?: AreaHa
  bufferZoneHectares?: BufferZoneHa
  transboundary: Transboundary
  description?: Description
  status: CurationStatus
  reviewNote?: ReviewerNote
  acknowledgements?: AcknowledgedWarnings
  notDuplicates?: NotDuplicatesOf
  createdAt: Timestamp1
  updatedAt: Timestamp2
}
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id = string
/**
 * id_no on the World Heritage List; absent for national-register sites.
 */
export type UNESCOIdNumber = number
export type WikidataItem = string
/**
 * ISO 3166-1 alpha-2 code, upper case.
 */
export type Country = string
/**
 * @maxItems 60
 */
export type StatesParties = Country[]
export type Regions = (
  | 'Africa'
  | 'Arab States'
  | 'Asia and the Pacific'
  | 'Europe and North America'
  | 'Latin America and the Caribbean'
)[]
export type Category = 'cultural' | 'natural' | 'mixed'
/**
 * @minItems 1
 */
export type Criteria = ('i' | 'ii' | 'iii' | 'iv' | 'v' | 'vi' | 'vii' | 'viii' | 'ix' | 'x')[]
export type YearInscribed = number
export type ExtensionYears = number[]
/**
 * The year the World Heritage Committee removed the site from the World Heritage List (as the Dresden Elbe Valley in 2009); absent while it is inscribed.
 */
export type YearDelisted = number
export type InDanger = boolean
export type Latitude = number
export type Longitude = number
export type AreaHa = number
export type BufferZoneHa = number
export type Transboundary = boolean
export type CurationStatus = 'draft' | 'in-review' | 'approved'
export type ReviewerNote = string
export type Rule = string
export type Field = string
export type Reason = string
export type By = string
export type Timestamp = string
/**
 * Warnings the curator has looked at and accepted, each with the reason; they stay visible but no longer count as open.
 *
 * @maxItems 100
 */
export type AcknowledgedWarnings = {
  rule: Rule
  path?: Field
  reason: Reason
  by: By
  at: Timestamp
}[]
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id1 = string
/**
 * Sites the curator has compared with this one and found to be different places: the pair is no longer offered as a likely duplicate.
 *
 * @maxItems 1000
 */
export type NotDuplicatesOf = Id1[]
export type Timestamp1 = string
export type Timestamp2 = string

/**
 * One text per BCP 47 language tag.
 */
export interface Name {
  [k: string]: string
}
/**
 * WGS84 coordinates in decimal degrees.
 */
export interface Location {
  latitude: Latitude
  longitude: Longitude
}
/**
 * One text per BCP 47 language tag.
 */
export interface Description {
  [k: string]: string
}
