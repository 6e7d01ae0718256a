/**
 * The Problems view: every issue in the dataset with its record, and citation coverage.
 */
import type { Severity, ValidationIssue } from './issues'
import type { RecordKind } from './record-kinds'
import type { Page } from './tables'

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
