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
}

/** The facets of the sites table. */
export type SiteFacetName =
  | 'category'
  | 'statesParties'
  | 'regions'
  | 'criteria'
  | 'decade'
  | 'inDanger'
  | 'status'
  | 'coverage'
  /** Open issues by severity (error, warning, suggestion) or none. */
  | 'issues'

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
  /** The curator's name, from preferences (the OS user by default). */
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
  /** Written into the history of every edit. */
  curatorName: string
  /** The interface language; absent: the system's language when the app speaks it, else English. */
  language?: UiLanguage
  colorScheme?: ColorSchemePreference
  /** The columns each table shows, by table name ("sites"), in order; absent: the defaults. */
  tableColumns?: Record<string, string[]>
}

/** News from main about the open dataset. */
export type DatasetEvent =
  | { type: 'reloaded'; reason: string }
  | { type: 'conflict'; files: string[] }
  /** Files changed on disk and cannot be read as a dataset: the app keeps its own version. */
  | { type: 'reload-failed'; files: string[]; message: string }
  | { type: 'compaction-failed'; message: string }
  /** The deep check of a large dataset, run after it opened, found problems: it is read-only now. */
  | { type: 'check-failed'; message: string }
  /** Edit › Undo or Redo chosen from the application menu (or its shortcut in the packaged app). */
  | { type: 'menu-command'; command: 'undo' | 'redo' }
  /** A long export or import preview going on (`jobId` as given in its options). */
  | { type: 'progress'; jobId: string; done: number; total: number }

/** One issue somewhere in the dataset, with the record it belongs to. */
export interface Problem extends ValidationIssue {
  record: { kind: RecordKind; id: string }
  /** The record's name or title, for the Problems panel. */
  label: string
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
