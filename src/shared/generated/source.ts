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
export type Abstract = string
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range; months 21-24 are the seasons), a season, circa, a literal or the raw text. Months and days are checked by a rule beside the schema.
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
  season?: number | string
  circa?: boolean | string | number
  raw?: string
}
export type Annote = string
export type Archive = string
export type ArchivePlace = string
export type ArchiveCollection = string
export type ArchiveLocation = string
/**
 * A CSL name: family and given parts with CSL's particles and suffix, one literal for an institution, or a given name alone.
 */
export type Name = Name1 & Name2
export type Name1 = {
  [k: string]: unknown
}
/**
 * @maxItems 500
 */
export type Authors = Name[]
export type Authority = string
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range; months 21-24 are the seasons), a season, circa, a literal or the raw text. Months and days are checked by a rule beside the schema.
 */
export type AvailableDate = {
  [k: string]: unknown
} & {
  /**
   * @minItems 1
   * @maxItems 2
   */
  'date-parts'?: number[][]
  literal?: string
  season?: number | string
  circa?: boolean | string | number
  raw?: string
}
export type CallNumber = string
/**
 * @maxItems 500
 */
export type Categories = string[]
/**
 * @maxItems 500
 */
export type Chair = Name[]
export type ChapterNumber = string | number
export type CitationKey = string
export type CitationLabel = string
export type CitationNumber = string | number
/**
 * @maxItems 500
 */
export type CollectionEditor = Name[]
export type CollectionNumber = string | number
export type CollectionTitle = string
/**
 * @maxItems 500
 */
export type Compiler = Name[]
/**
 * @maxItems 500
 */
export type Composer = Name[]
/**
 * @maxItems 500
 */
export type ContainerAuthor = Name[]
export type ContainerTitle = string
export type ContainerTitleShort = string
/**
 * @maxItems 500
 */
export type Contributor = Name[]
/**
 * @maxItems 500
 */
export type Curator = Name[]
export type Dimensions = string
/**
 * @maxItems 500
 */
export type Director = Name[]
export type Division = string
export type DOI = string
export type Edition = string | number
/**
 * @maxItems 500
 */
export type Editor = Name[]
/**
 * @maxItems 500
 */
export type EditorialDirector = Name[]
export type Event = string
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range; months 21-24 are the seasons), a season, circa, a literal or the raw text. Months and days are checked by a rule beside the schema.
 */
export type EventDate = {
  [k: string]: unknown
} & {
  /**
   * @minItems 1
   * @maxItems 2
   */
  'date-parts'?: number[][]
  literal?: string
  season?: number | string
  circa?: boolean | string | number
  raw?: string
}
export type EventPlace = string
export type EventTitle = string
/**
 * @maxItems 500
 */
export type ExecutiveProducer = Name[]
export type FirstReferenceNoteNumber = string | number
export type Genre = string
/**
 * @maxItems 500
 */
export type Guest = Name[]
/**
 * @maxItems 500
 */
export type Host = Name[]
/**
 * @maxItems 500
 */
export type Illustrator = Name[]
/**
 * @maxItems 500
 */
export type Interviewer = Name[]
export type ISBN = string
export type ISSN = string
export type Issue = string | number
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range; months 21-24 are the seasons), a season, circa, a literal or the raw text. Months and days are checked by a rule beside the schema.
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
  season?: number | string
  circa?: boolean | string | number
  raw?: string
}
export type Journalabbreviation = string
export type Jurisdiction = string
export type Keyword = string
/**
 * BCP 47 language tag such as en, zh, zh-Hant, fr.
 */
export type Language = string
export type License = string
export type Locator = string | number
export type Medium = string
/**
 * @maxItems 500
 */
export type Narrator = Name[]
export type Note = string
export type Number = string | number
export type NumberOfPages = string | number
export type NumberOfVolumes = string | number
/**
 * @maxItems 500
 */
export type Organizer = Name[]
/**
 * @maxItems 500
 */
export type OriginalAuthor = Name[]
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range; months 21-24 are the seasons), a season, circa, a literal or the raw text. Months and days are checked by a rule beside the schema.
 */
export type OriginalDate = {
  [k: string]: unknown
} & {
  /**
   * @minItems 1
   * @maxItems 2
   */
  'date-parts'?: number[][]
  literal?: string
  season?: number | string
  circa?: boolean | string | number
  raw?: string
}
export type OriginalPublisher = string
export type OriginalPublisherPlace = string
export type OriginalTitle = string
export type Pages = string | number
export type PageFirst = string | number
export type Part = string | number
export type PartNumber = string | number
export type PartTitle = string
/**
 * @maxItems 500
 */
export type Performer = Name[]
export type PMCID = string
export type PMID = string
export type Printing = string | number
export type PrintingNumber = string | number
/**
 * @maxItems 500
 */
export type Producer = Name[]
export type Publisher = string
export type PlaceOfPublication = string
/**
 * @maxItems 500
 */
export type Recipient = Name[]
export type References = string
/**
 * @maxItems 500
 */
export type ReviewedAuthor = Name[]
export type ReviewedGenre = string
export type ReviewedTitle = string
export type Scale = string
/**
 * @maxItems 500
 */
export type ScriptWriter = Name[]
export type Section = string | number
/**
 * @maxItems 500
 */
export type SeriesCreator = Name[]
export type Shorttitle = string
export type Source1 = string
/**
 * A CSL date: date-parts [[year, month?, day?]] (a second part for a range; months 21-24 are the seasons), a season, circa, a literal or the raw text. Months and days are checked by a rule beside the schema.
 */
export type Submitted = {
  [k: string]: unknown
} & {
  /**
   * @minItems 1
   * @maxItems 2
   */
  'date-parts'?: number[][]
  literal?: string
  season?: number | string
  circa?: boolean | string | number
  raw?: string
}
export type Supplement = string | number
export type SupplementNumber = string | number
export type TitleShort = string
/**
 * @maxItems 500
 */
export type Translator = Name[]
export type URL = string
export type Version = string | number
export type Volume = string | number
export type VolumeTitle = string
export type VolumeTitleShort = string
export type YearSuffix = string
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
 * A citation in CSL-JSON: field names and types are CSL's, so that citation tools read and write it without a mapping. The curation fields (status, reviewNote, createdAt, updatedAt) are ours; citation tools ignore them. Every CSL 1.0.2 variable has its own field; fields CSL has no name for live in `custom`, as CSL 1.0.2 recommends.
 */
export interface Source {
  id: Id
  type: Type
  title: Title
  abstract?: Abstract
  accessed?: Accessed
  annote?: Annote
  archive?: Archive
  'archive-place'?: ArchivePlace
  archive_collection?: ArchiveCollection
  archive_location?: ArchiveLocation
  author?: Authors
  authority?: Authority
  'available-date'?: AvailableDate
  'call-number'?: CallNumber
  categories?: Categories
  chair?: Chair
  'chapter-number'?: ChapterNumber
  'citation-key'?: CitationKey
  'citation-label'?: CitationLabel
  'citation-number'?: CitationNumber
  'collection-editor'?: CollectionEditor
  'collection-number'?: CollectionNumber
  'collection-title'?: CollectionTitle
  compiler?: Compiler
  composer?: Composer
  'container-author'?: ContainerAuthor
  'container-title'?: ContainerTitle
  'container-title-short'?: ContainerTitleShort
  contributor?: Contributor
  curator?: Curator
  dimensions?: Dimensions
  director?: Director
  division?: Division
  DOI?: DOI
  edition?: Edition
  editor?: Editor
  'editorial-director'?: EditorialDirector
  event?: Event
  'event-date'?: EventDate
  'event-place'?: EventPlace
  'event-title'?: EventTitle
  'executive-producer'?: ExecutiveProducer
  'first-reference-note-number'?: FirstReferenceNoteNumber
  genre?: Genre
  guest?: Guest
  host?: Host
  illustrator?: Illustrator
  interviewer?: Interviewer
  ISBN?: ISBN
  ISSN?: ISSN
  issue?: Issue
  issued?: Issued
  journalAbbreviation?: Journalabbreviation
  jurisdiction?: Jurisdiction
  keyword?: Keyword
  language?: Language
  license?: License
  locator?: Locator
  medium?: Medium
  narrator?: Narrator
  note?: Note
  number?: Number
  'number-of-pages'?: NumberOfPages
  'number-of-volumes'?: NumberOfVolumes
  organizer?: Organizer
  'original-author'?: OriginalAuthor
  'original-date'?: OriginalDate
  'original-publisher'?: OriginalPublisher
  'original-publisher-place'?: OriginalPublisherPlace
  'original-title'?: OriginalTitle
  page?: Pages
  'page-first'?: PageFirst
  part?: Part
  'part-number'?: PartNumber
  'part-title'?: PartTitle
  performer?: Performer
  PMCID?: PMCID
  PMID?: PMID
  printing?: Printing
  'printing-number'?: PrintingNumber
  producer?: Producer
  publisher?: Publisher
  'publisher-place'?: PlaceOfPublication
  recipient?: Recipient
  references?: References
  'reviewed-author'?: ReviewedAuthor
  'reviewed-genre'?: ReviewedGenre
  'reviewed-title'?: ReviewedTitle
  scale?: Scale
  'script-writer'?: ScriptWriter
  section?: Section
  'series-creator'?: SeriesCreator
  shortTitle?: Shorttitle
  source?: Source1
  submitted?: Submitted
  supplement?: Supplement
  'supplement-number'?: SupplementNumber
  'title-short'?: TitleShort
  translator?: Translator
  URL?: URL
  version?: Version
  volume?: Volume
  'volume-title'?: VolumeTitle
  'volume-title-short'?: VolumeTitleShort
  'year-suffix'?: YearSuffix
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
  'dropping-particle'?: string
  'non-dropping-particle'?: string
  suffix?: string
  'comma-suffix'?: string | number | boolean
  'static-ordering'?: string | number | boolean
  'parse-names'?: string | number | boolean
}
/**
 * Fields CSL has no variable for, as CSL 1.0.2 recommends: ours (archiveUrl) and those of the file (a CSL item's own `custom`, its `status` as `csl-status` since `status` is the curation status here, its original `id` as `csl-id` and type as `csl-type` when they are not ours).
 */
export interface ExtraFields {
  archiveUrl?: ArchiveURL
  [k: string]: unknown
}
