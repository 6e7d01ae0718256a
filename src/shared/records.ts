/**
 * The records: their types (generated from `schemas/`, never written by hand), the parts of a
 * statement, and what a save sends and answers.
 */
import type { Manifest } from './generated/manifest'
import type { Property } from './generated/property'
import type { Site } from './generated/site'
import type { Source } from './generated/source'
import type { Statement } from './generated/statement'
import type { ValidationIssue } from './issues'
import type { RecordKind } from './record-kinds'

export type { Site, Source, Property, Statement, Manifest }
export type { RecordKind } from './record-kinds'

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
