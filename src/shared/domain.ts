/**
 * Domain types. The record types are generated from `schemas/` (`npm run gen:types`), never
 * written by hand; this module names them and adds the shapes that only travel over IPC.
 */
import type { Site } from './generated/site'
import type { Source } from './generated/source'
import type { Property } from './generated/property'
import type { Statement } from './generated/statement'
import type { Manifest } from './generated/manifest'
import type { RecordKind, Severity, ValidationIssue } from './result'
import type { SyncPhase } from './team'

export type { Site, Source, Property, Statement, Manifest }

export type Value = Statement['value']
export type ItemRef = Statement['subject']
export type Reference = Statement['references'][number]
export type Qualifier = Statement['qualifiers'][number]
export type CurationStatus = Site['status']

export interface RecordOf {
  site: Site
  source: Source
  property: Property
  statement: Statement
}

/**
 * What a save answers: the record as stored, every issue it has now (so the form need not ask
 * again), and whether it is new (the dataset's counts changed).
 */
export interface SaveOutcome<K extends RecordKind = RecordKind> {
  record: RecordOf[K]
  issues: ValidationIssue[]
  created: boolean
}

/** Fields the main process owns: a draft may leave them out. */
export type ManagedField = 'createdAt' | 'updatedAt'

/** What the renderer sends to save: a record without the fields main fills in. An absent id means a new record. */
export type Draft<K extends RecordKind> = Omit<RecordOf[K], ManagedField | 'id'> & { id?: string }

export interface DatasetInfo {
  /** Absolute path of the dataset folder. */
  path: string
  manifest: Manifest
  counts: Record<RecordKind, number>
  readOnly: boolean
  /** Why the dataset is read-only (another window writes it, the disk is read-only...). */
  readOnlyReason?: string
}

export type SortDirection = 'asc' | 'desc'

/** A request for one page of a table; the query runs in main. */
export interface RecordQuery {
  /** Free text; case, diacritics and width are ignored; Chinese matches as written. */
  search?: string
  /** A column key of the kind's table. */
  sortBy?: string
  sortDirection?: SortDirection
  offset?: number
  limit?: number
  /** Only statements about this subject (statements only). */
  subject?: ItemRef
  /** Only statements that cite this source (statements only). */
  citesSource?: string
  /** Only records in these curation states (sources and statements; sites use the status facet). */
  status?: CurationStatus[]
  /** Sites only: the chosen values per facet; a site must match one value of every facet chosen. */
  facets?: Partial<Record<SiteFacetName, string[]>>
  /** Sites only: false answers the rows without the facet counts (quicker; asked for apart). */
  facetCounts?: boolean
  /**
   * A newer query in the same lane makes an older one still waiting in main moot: main answers
   * it CANCELLED without running it (a table's search while the curator types).
   */
  lane?: string
}

/** The facets of the sites table, in the order the panel shows them (main and renderer share it). */
export const SITE_FACETS = [
  'category',
  'statesParties',
  'regions',
  'criteria',
  'decade',
  'inDanger',
  'status',
  /** Open issues by severity (error, warning, suggestion) or none. */
  'issues',
  'coverage',
] as const

export type SiteFacetName = (typeof SITE_FACETS)[number]

/** For each facet, its values and how many sites each would give with the other facets as chosen. */
export type FacetCounts = Record<SiteFacetName, { value: string; count: number }[]>

export interface Page<T> {
  rows: T[]
  total: number
  offset: number
  /** Sites only: facet counts for the panel beside the table. */
  facets?: FacetCounts
}

/** What the sites table shows for one site; computed in main so pages stay small. */
export interface SiteRow {
  id: string
  unescoId?: number
  name: Site['name']
  statesParties: string[]
  category: Site['category']
  criteria: string[]
  yearInscribed?: number
  /** Removed from the World Heritage List in this year. */
  yearDelisted?: number
  inDanger: boolean
  status: CurationStatus
  updatedAt: string
}

export interface SourceRow {
  id: string
  type: Source['type']
  title: string
  containerTitle?: string
  publisher?: string
  issuedYear?: number
  URL?: string
  status: CurationStatus
  citedBy: number
}

export interface StatementRow {
  id: string
  subject: ItemRef
  subjectLabel: string
  /** A site subject's names by language, so that each interface language shows its own first. */
  subjectNames?: Record<string, string>
  property: string
  propertyLabel: string
  /** The value in a short human form: "57", "2024-06-11", "Silk Roads ...". */
  valueText: string
  referenceCount: number
  rank: Statement['rank']
  status: CurationStatus
}

export interface RowOf {
  site: SiteRow
  source: SourceRow
  property: Property
  statement: StatementRow
}

/** One record's change within a command: `before` null for a creation, `after` null for a deletion. */
export interface Change<K extends RecordKind = RecordKind> {
  kind: K
  id: string
  before: RecordOf[K] | null
  after: RecordOf[K] | null
}

/** One undoable step: a save, a delete, an import, a merge, a restore. */
export interface Command {
  id: string
  label: string
  /** ISO timestamp. */
  at: string
  /** The curator's name, from preferences. */
  author: string
  changes: Change[]
}

/** What to do with the statements that depend on a record being deleted. */
export interface DeleteOptions {
  /** Sources: drop the references to it, or point them at another source. Sites: delete the statements about it. */
  dependents: 'remove' | 'reassign'
  /** With reassign: the source that takes over the references. */
  reassignTo?: string
}

export interface UndoState {
  undo?: { label: string; at: string; author: string }
  redo?: { label: string; at: string; author: string }
}

/** One field that differs between two versions of a record. */
export interface FieldChange {
  /** JSON pointer. */
  path: string
  before?: unknown
  after?: unknown
}

/** One remembered version of a record: who made it, when, what changed. */
export interface RecordVersion {
  seq: number
  op: 'do' | 'undo' | 'redo'
  label: string
  at: string
  author: string
  /** 'created', 'edited' or 'deleted'. */
  effect: 'created' | 'edited' | 'deleted'
  fields: FieldChange[]
}

/**
 * An opaque name for a file or folder that main chose (its dialogs, the menu, the OS): the
 * renderer hands it back to mean that one, and never names a path itself (issue 17, finding 7).
 */
export type PathToken = string & { readonly __pathToken: true }

export interface OpenOptions {
  /** Open without writing; records that break the schemas are shown rather than refused. */
  readOnly?: boolean
}

export interface BackupInfo {
  name: string
  /** ISO timestamp of the generation. */
  at: string
}

/** The languages the app's own interface speaks (record names may be in any language). */
export const UI_LANGUAGES = ['en', 'zh-Hans'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]
/** 'auto' follows the operating system. */
export type ColorSchemePreference = 'auto' | 'light' | 'dark'

export interface Preferences {
  /**
   * Written into the history of every edit; absent until the curator gives it (the first start
   * asks), never taken from the operating-system account.
   */
  curatorName?: string
  /** Optional: with the name, the author of commits when the dataset is synced with git. */
  curatorEmail?: string
  /** The interface language; absent: the system's language when the app speaks it, else English. */
  language?: UiLanguage
  colorScheme?: ColorSchemePreference
  /** The columns each table shows, by table name ("sites"), in order; absent: the defaults. */
  tableColumns?: Record<string, string[]>
}

/** What the application menu asks the window to do (src/main/app/menu.ts). */
export type MenuCommand =
  | { command: 'undo' | 'redo' | 'find' | 'palette' | 'shortcuts' | 'import' | 'export' }
  | { command: 'color-scheme'; scheme: ColorSchemePreference }
  | { command: 'language'; language: UiLanguage }

/** Dataset commands that main runs itself (File menu, a second launch, the OS). */
export type DatasetCommandName = 'open' | 'save-as' | 'new'

/** News from main about the open dataset. */
export type DatasetEvent =
  | { type: 'reloaded'; reason: string }
  | { type: 'conflict'; files: string[] }
  /** Files changed on disk and cannot be read as a dataset: the app keeps its own version. */
  | { type: 'reload-failed'; files: string[]; message: string }
  | { type: 'compaction-failed'; message: string }
  /** The deep check of a large dataset, run after it opened, found problems: it is read-only now. */
  | { type: 'check-failed'; message: string }
  /** A command chosen from the application menu (or its shortcut in the packaged app), for the window. */
  | ({ type: 'menu-command' } & MenuCommand)
  /** A dataset command started in main (menu, second launch) failed: the window says what to do. */
  | { type: 'command-failed'; command: DatasetCommandName; message: string }
  /** A long export or import preview going on (`jobId` as given in its options). */
  | { type: 'progress'; jobId: string; done: number; total: number }
  /** The deep check of a large dataset found every record's issues: the "has issues" facet can fill in. */
  | { type: 'checked' }
  /** A team fetch, pull, push or merge going on (`jobId` as given to syncTeam). */
  | { type: 'team-progress'; jobId: string; phase: SyncPhase; done: number; total?: number }

/** One issue somewhere in the dataset, with the record it belongs to. */
export interface Problem extends ValidationIssue {
  record: { kind: RecordKind; id: string }
  /** The record's name or title, for the Problems panel. */
  label: string
  /** The same by language, where the record has names in several (sites, properties, statements about them). */
  labels?: Record<string, string>
}

export interface ProblemQuery {
  severity?: Severity
  rule?: string
  kind?: RecordKind
  recordId?: string
  /** Also list warnings the curator acknowledged. */
  includeAcknowledged?: boolean
  offset?: number
  limit?: number
}

export interface ProblemsPage extends Page<Problem> {
  /** Open issues by severity, over the whole dataset (not only this page's filter). */
  bySeverity: Record<Severity, number>
  byRule: { rule: string; severity: Severity; count: number }[]
}

/** The share of statements backed by at least one reference. */
export interface CitationCoverage {
  statements: number
  referenced: number
}

/** A request for likely duplicate sites (see `findDuplicates`). */
export interface DuplicateQuery {
  offset?: number
  limit?: number
  /** Pairs scoring below this (0 to 1) are left out; 0.65 when absent. */
  minScore?: number
  /** Names the search in `progress` events while it runs. */
  jobId?: string
}

/** Why two sites look alike: each part in [0, 1], null when it cannot be told. */
export interface DuplicateReasons {
  /**
   * How alike their names are, the best over every pair of names (any languages); null when no
   * two names are in the same kind of script (Chinese characters against Latin letters).
   */
  name: number | null
  /** The two names that matched best. */
  names: [string, string]
  /** Kilometres between their points; null when either has no coordinates. */
  distanceKm: number | null
  /** Closeness as a score: 1 at the same point, 0 from 200 km on; null without coordinates. */
  distance: number | null
  /** The states parties both have; null when either has none. */
  sharedStates: string[] | null
  /**
   * Identifiers that should name one site only (UNESCO id, Wikidata item) and that both hold:
   * such a pair is listed first, whatever its score.
   */
  sharedIds?: { field: 'unescoId' | 'wikidataId'; value: string }[]
}

/** Why one site of a pair has the stronger claim to be kept (see `MergeClaim`). */
export type ClaimReason =
  | { kind: 'status'; kept: CurationStatus; other: CurationStatus }
  /** Created earlier: `kept` and `other` are the two createdAt timestamps. */
  | { kind: 'older'; kept: string; other: string }
  /** More content fields filled: the two counts. */
  | { kind: 'fields'; kept: number; other: number }
  /** Its id is the stable one an import gives (`whc-<UNESCO id>`). */
  | { kind: 'stableId'; id: string }

/** The site a merge keeps by default, the other, and every criterion the kept one wins. */
export interface MergeClaim {
  keep: string
  other: string
  /** Empty when nothing tells them apart (then the first in id order is kept). */
  reasons: ClaimReason[]
}

export interface DuplicateCandidate {
  /** The pair in id order. */
  a: SiteRow
  b: SiteRow
  /** 0 to 1: the weighted mean of the reasons that can be told. */
  score: number
  reasons: DuplicateReasons
  /** Which of the two a merge keeps by default, and why. */
  claim: MergeClaim
}

export interface DuplicatePage extends Page<DuplicateCandidate> {
  /** The search stopped at its work limit: there may be more pairs than listed. */
  truncated: boolean
}

/** One field where two sites differ: its JSON pointer (`/name/zh`, `/location`) and both values. */
export interface MergeField {
  path: string
  kept?: unknown
  removed?: unknown
}

/** What merging `removed` into `kept` would do, with the fields taken from `removed`. */
export interface MergePreview {
  kept: Site
  removed: Site
  /** The kept site as it would be saved. */
  merged: Site
  /** Every field that differs, in the order of the form. */
  fields: MergeField[]
  /** Statements about the removed site, which move to the kept one. */
  statementsMoved: number
  /** Other statements whose value or qualifier names the removed site, rewritten to the kept one. */
  valuesRewritten: number
  /** Problems of the merged site; errors stop the merge. */
  issues: ValidationIssue[]
  /** The fields taken from `removed`: as asked, or when none were named, the default choice. */
  take: string[]
  /** Which of the two has the stronger claim to be kept (it may be `removed`, after a swap). */
  claim: MergeClaim
}

/** A site on the map: where, what colour, what to call it, and whether its point is suspect. */
export interface SitePoint {
  id: string
  latitude: number
  longitude: number
  category: Site['category']
  /** The name in the dataset's first language that has one. */
  name: string
  /** Every name by language, so that each interface language shows its own first. */
  names?: Record<string, string>
  /** The point lies outside all the site's states parties (warning `site.coordinates-in-borders`, not acknowledged). */
  outsideBorders: boolean
}

/** The sites of a table query that can be drawn, and how many matching sites cannot (no coordinates). */
export interface SitePoints {
  points: SitePoint[]
  withoutLocation: number
}

/** A property the statement form suggests for a subject: used by this many similar subjects. */
export interface PropertySuggestion {
  property: string
  /** How many similar sites (or other countries) have a statement with it. */
  subjects: number
}

/** What a QuickStatements export would write, told before it runs (see `previewQuickStatements`). */
export interface QuickStatementsPreview {
  /** Statements that would yield at least one command. */
  statements: number
  commands: number
  /** Sites (of those the export keeps) with a Wikidata item: only their statements can be written. */
  sitesWithItem: number
  /** Why nothing would be written, when nothing would. */
  reason?: QuickStatementsEmptyReason
}

/**
 * Why a QuickStatements export has no command: no site has a Wikidata item yet; the sites that
 * have one have no statements; or the export left every such statement out (not approved, an
 * error, or nothing QuickStatements can say; the report says which).
 */
export type QuickStatementsEmptyReason = 'no-wikidata-items' | 'no-statements' | 'left-out'
