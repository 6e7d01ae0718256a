/**
 * Duplicate sites: the query, why a pair looks alike, which site a merge keeps, and the merge
 * preview.
 */
import type { Site } from './generated/site'
import type { ValidationIssue } from './issues'
import type { CurationStatus } from './records'
import type { Page, SiteRow } from './tables'

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
