/**
 * Curation helpers: property suggestions for the statement form, and the QuickStatements preview.
 */

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
