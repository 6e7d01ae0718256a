/* Generated from schemas/statement.schema.json by scripts/generate-types.ts. Do not edit. */

/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id = string
/**
 * A site of this dataset, or a country by its ISO 3166-1 alpha-2 code.
 */
export type Subject = Site | Country
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id1 = string
/**
 * ISO 3166-1 alpha-2 code, upper case.
 */
export type Country1 = string
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Property = string
/**
 * A typed value; `type` names the datatype and must match the property's.
 */
export type Value = String | Quantity | Time | Item | URL | MonolingualText
export type Text = string
export type Amount = number
export type Unit = string
/**
 * Signed ISO 8601 calendar date, as Wikibase writes it: +2024-06-11, +1985, -0221 (221 BCE).
 */
export type Time1 = string
export type Precision = 'year' | 'month' | 'day'
/**
 * A site of this dataset, or a country by its ISO 3166-1 alpha-2 code.
 */
export type Item1 = Site | Country
export type URL1 = string
export type Text1 = string
/**
 * BCP 47 language tag such as en, zh, zh-Hant, fr.
 */
export type Language = string
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Property1 = string
/**
 * A typed value; `type` names the datatype and must match the property's.
 */
export type Value1 = String | Quantity | Time | Item | URL | MonolingualText
/**
 * @maxItems 50
 */
export type Qualifiers = {
  property: Property1
  value: Value1
}[]
/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Source = string
export type Quote = string
/**
 * @maxItems 50
 */
export type References = Reference[]
export type Rank = 'preferred' | 'normal' | 'deprecated'
/**
 * Position among the values of the same property for the same subject, lowest first, as the curator arranged them; values without one follow, oldest first.
 */
export type Order = number
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
export type Timestamp1 = string
export type Timestamp2 = string

/**
 * A claim about a site or a country, with a typed value, qualifiers, references to sources and a rank, in the manner of a Wikibase statement.
 */
export interface Statement {
  id: Id
  subject: Subject
  property: Property
  value: Value
  qualifiers: Qualifiers
  references: References
  rank: Rank
  order?: Order
  status: CurationStatus
  reviewNote?: ReviewerNote
  acknowledgements?: AcknowledgedWarnings
  createdAt: Timestamp1
  updatedAt: Timestamp2
}
export interface Site {
  kind: 'site'
  id: Id1
}
export interface Country {
  kind: 'country'
  code: Country1
}
export interface String {
  type: 'string'
  text: Text
}
export interface Quantity {
  type: 'quantity'
  amount: Amount
  unit?: Unit
}
export interface Time {
  type: 'time'
  time: Time1
  precision: Precision
}
export interface Item {
  type: 'item'
  item: Item1
}
export interface URL {
  type: 'url'
  url: URL1
}
export interface MonolingualText {
  type: 'monolingual'
  text: Text1
  language: Language
}
export interface Reference {
  source: Source
  locator?: Locator
  quote?: Quote
}
export interface Locator {
  label: 'page' | 'section' | 'paragraph'
  value: string
}
