/**
 * Import and export shapes that travel over IPC (issue 6). The main-process code lives in
 * `src/main/exchange`; docs/EXCHANGE.md describes the file formats.
 */
import type {
  Command,
  CurationStatus,
  FieldChange,
  Manifest,
  PathToken,
  QuickStatementsPreview,
} from './domain'
import type { RecordKind, ValidationIssue } from './result'

/** `json`: one document (optionally per kind and JSON Lines); `datapackage`: CSVs plus datapackage.json. */
export type ExportFormat = 'json' | 'csv' | 'datapackage' | 'quickstatements'

export interface ExportOptions {
  format: ExportFormat
  /** Absolute path of the folder to write into (created when missing). */
  folder?: string
  /** Only records whose status is `approved` (and statements whose subject, property and sources are kept). */
  approvedOnly?: boolean
  /** Refuse (VALIDATION, with the issues) while any record has an error, instead of leaving it out. */
  allOrNothing?: boolean
  /** JSON: also one file per kind (`sites.json`, ...). */
  perKind?: boolean
  /** JSON: also JSON Lines, one record a line (`sites.jsonl`, ...). */
  jsonLines?: boolean
  /** CSV and Data Package: start each CSV with a UTF-8 byte-order mark, for Excel. */
  bom?: boolean
  /** A name the renderer picks, to follow `progress` events and to `cancelJob`. */
  jobId?: string
}

/** An export asked for over IPC: the folder is always chosen in main's dialog, never named by the renderer. */
export type ExportRequest = Omit<ExportOptions, 'folder'>

/** One file an export wrote, relative to the export folder. */
export interface ExportedFile {
  path: string
  bytes: number
  sha256: string
}

/** Why one record was left out of an export. */
export interface ExcludedRecord {
  kind: RecordKind
  id: string
  /** What the curator calls it, by language (`und`: a name without a language, a source's title). */
  names?: Record<string, string>
  /**
   * The issues (error severity), or the rule `export.*` that left it out; `params` let the
   * interface say the reason in its language (main's English `message` is for report.json).
   */
  reasons: Pick<ValidationIssue, 'rule' | 'message' | 'path' | 'params'>[]
}

/** What an export says about itself (`manifest.json`, and `manifest` in the JSON document). */
export interface ExportManifest {
  format: 'heritage-curator-export'
  formatVersion: 1
  /** The dataset's own manifest: name, schema version, languages, description, licence. */
  dataset: Manifest
  schemaVersion: number
  exportedAt: string
  generator: string
  exportFormat: ExportFormat
  options: { approvedOnly: boolean; allOrNothing: boolean }
  /** Records written, per kind. */
  counts: Record<RecordKind, number>
  /** Records left out, per kind (the report says why). */
  excluded: Record<RecordKind, number>
  /** Issues over the whole dataset before the gate. */
  validation: { errors: number; warnings: number; suggestions: number; recordsWithErrors: number }
  /** Every other file written, with its SHA-256 (absent inside the JSON document, which cannot hash itself). */
  files?: ExportedFile[]
}

export interface ExportResult {
  /** Absolute path of the export folder. */
  folder: string
  files: ExportedFile[]
  manifest: ExportManifest
  excluded: ExcludedRecord[]
  /** QuickStatements only: how many statements yielded commands, and why none did when none did. */
  quickStatements?: QuickStatementsPreview
}

/** `wos`: Web of Science's plain-text export; `wikidata`: Wikidata's entity JSON (Special:EntityData). */
export type ImportFormat = 'unesco-csv' | 'csv' | 'json' | 'bibtex' | 'ris' | 'csl-json' | 'wos' | 'wikidata'

/**
 * Where a CSV column goes in a site: `id`, `unescoId`, `name:en`, `description:zh`, `criteria`,
 * `latitude`... (see `SITE_IMPORT_FIELDS`), or null to ignore the column.
 */
export type CsvColumnTarget = string | null

export interface ImportOptions {
  /** Detected from the file name and content when omitted. */
  format?: ImportFormat
  /** CSV: one target per column, in the header's order. Remembered for this header layout. */
  mapping?: CsvColumnTarget[]
  /** Status of new records; `draft` unless told (an import is not a review). */
  status?: CurationStatus
  jobId?: string
}

export type ImportRowStatus = 'new' | 'changed' | 'unchanged' | 'invalid' | 'duplicate'

/** One row of the file, and what importing it would do. */
export interface ImportRow {
  /** Pass these to `commitImport` to take only some rows. */
  rowId: string
  /** Line (CSV, RIS) or position (JSON, BibTeX entry) in the file, 1-based. */
  line: number
  kind: RecordKind
  id?: string
  /** What a curator recognises the row by: a site's name, a source's title. */
  label: string
  status: ImportRowStatus
  /** For `changed`: field by field. */
  fields?: FieldChange[]
  /** For `invalid`: why (error severity); such rows cannot be committed. */
  issues: ValidationIssue[]
  /** Quirks met and how they were handled; the row is still imported. */
  warnings: string[]
  /** For `duplicate` (and a changed row found by another key): the record it matches. */
  matches?: { id: string; by: 'id' | 'unescoId' | 'doi' | 'url' | 'title-year' | 'file' }
}

/** Why a column of the file was not imported: UNESCO's texts (licence), a fact another column gives, no field for it, or mapped to nothing. */
export type IgnoredColumnReason = 'licence' | 'repeats' | 'no-field' | 'not-mapped'

export interface IgnoredColumn {
  column: string
  reason: IgnoredColumnReason
}

/** A field of the file that the dataset cannot hold (or holds changed), with how many rows it concerns. */
export interface FieldLoss {
  /** The file's field name (a CSL variable, a RIS tag, ...). */
  field: string
  rows: number
  /** What happened to it, in main's words (English). */
  reason: string
}

/** What an import preview says about the file as a whole. */
export type FileNoteCode = 'unesco-export'

export interface FileNote {
  code: FileNoteCode
  /** The values the note's words name. */
  params?: Record<string, string | number>
  /** Main's English, for the command line and logs; the interface says the note from `code`. */
  message: string
}

export interface ImportPreview {
  previewId: string
  /** Absolute path of the file read, to show. */
  file: string
  /** Stands for the file: pass it to `previewImport` to read it again (with a mapping). */
  fileToken: PathToken
  format: ImportFormat
  /** CSV without a known layout: pick a target per column and preview again with `options.mapping`. */
  needsMapping?: { headers: string[]; suggested: CsvColumnTarget[]; targets: string[] }
  /** The mapping used (CSV), to show and to adjust. */
  mapping?: { headers: string[]; targets: CsvColumnTarget[]; remembered: boolean }
  counts: Record<ImportRowStatus, number>
  rows: ImportRow[]
  /** About the file as a whole: a code (and values) the interface says in its language. */
  warnings: FileNote[]
  /** Columns of a CSV that were not imported, and why. */
  ignoredColumns?: IgnoredColumn[]
  /** Fields the dataset cannot hold, per field, over all rows. */
  notKept?: FieldLoss[]
  /** Our own export: the manifest it carries. */
  manifest?: ExportManifest
}

/** What reading a file tells, before main keeps it for commitImport and hands the renderer a token. */
export type FilePreview = Omit<ImportPreview, 'previewId' | 'fileToken'>

export interface ImportOutcome {
  /** The one undoable command, null when nothing was to change. */
  command: Command | null
  applied: number
  skipped: number
  /** What became of the file's rows, in the curator's words: "N added, M changed, K unchanged, J refused". */
  tally: ImportTally
}

/** The rows of a committed import, each counted once. */
export interface ImportTally {
  /** New records written. */
  added: number
  /** Existing records rewritten. */
  changed: number
  /** Rows that matched a record exactly: nothing to write. */
  unchanged: number
  /** Rows the import could not take: invalid, or duplicates of another row that were not chosen. */
  refused: number
  /** New or changed rows the curator did not choose. */
  leftOut: number
}
