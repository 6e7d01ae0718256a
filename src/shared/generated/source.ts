/* Generated from schemas/source.schema.json by scripts/generate-types.ts. Do not edit. */

/**
 * Stable identifier: lower-case letters, digits and hyphens; never reused.
 */
export type Id = string
export type Type =
  | 'article'
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'book'
  | 'chapter'
  | 'dataset'
  | 'document'
  | 'entry-encyclopedia'
  | 'map'
  | 'paper-conference'
  | 'report'
  | 'speech'
  | 'thesis'
  | 'webpage'
export type Title = string
export type ContainerTitle = string
export type Publisher = string
export type PlaceOfPublication = string
/**
 * A CSL name: family and given parts, or one literal for an institution.
 */
export type Name = Name1 & Name2
export type Name1 = {
  [k: string]: unknown
}
/**
 * @maxItems 500
 */
export type Authors = Name[]
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range), or a literal. Months (1-12) and days are checked by a rule beside the schema.
 */
export type Issued = {
  [k: string]: unknown
} & {
  /**
   * @minItems 1
   * @maxItems 2
   */
  'date-parts'?: number[][]
  literal?: string
}
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range), or a literal. Months (1-12) and days are checked by a rule beside the schema.
 */
export type Accessed = {
  [k: string]: unknown
} & {
  /**
   * @minItems 1
   * @maxItems 2
   */
  'date-parts'?: number[][]
  literal?: string
}
export type URL = string
export type DOI = string
export type ISBN = string
export type Pages = string
/**
 * BCP 47 language tag such as en, zh, zh-Hant, fr.
 */
export type Language = string
export type Note = string
export type ArchiveURL = string
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
 * A citation in CSL-JSON: field names and types are CSL's, so that citation tools read and write it without a mapping. The curation fields (status, reviewNote, createdAt, updatedAt) are ours; citation tools ignore them. Fields CSL has no name for live in `custom`, as CSL 1.0.2 recommends.
 */
export interface Source {
  id: Id
  type: Type
  title: Title
  'container-title'?: ContainerTitle
  publisher?: Publisher
  'publisher-place'?: PlaceOfPublication
  author?: Authors
  issued?: Issued
  accessed?: Accessed
  URL?: URL
  DOI?: DOI
  ISBN?: ISBN
  page?: Pages
  language?: Language
  note?: Note
  custom?: ExtraFields
  status: CurationStatus
  reviewNote?: ReviewerNote
  acknowledgements?: AcknowledgedWarnings
  createdAt: Timestamp1
  updatedAt: Timestamp2
}
export interface Name2 {
  family?: string
  given?: string
  literal?: string
}
export interface ExtraFields {
  archiveUrl?: ArchiveURL
}
