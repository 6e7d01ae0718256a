import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '../../shared/result'
import { MANIFEST_FILE, OLD_RECORD_FILES } from './layout'
import { KIND_FOLDERS } from './shards'
import { type CheckReads, kindOfRef, kindsCode, refOf, type ReadsEntry } from '../validation/check-reads'
import type { HeldRecords, KeptChecks } from '../validation/check-records'
import type { UniquenessIndex } from '../validation/constraints/uniqueness-index'

/** An earlier check, as its cache describes it. */
export interface PreviousCheck {
  rules: string
  /** Every dataset file as that check's open read it: path → SHA-256. */
  files: ReadonlyMap<string, string>
  /** The refs of the records the journal's pending commits changed, over those files. */
  journal: readonly string[]
  reads: CheckReads
  issuesOf: ReadonlyMap<string, ValidationIssue[]>
}

/** The records as they are now, and what they were read from. */
export interface CurrentRecords {
  rules: string
  files: ReadonlyMap<string, string>
  journal: readonly string[]
  held: HeldRecords
  /** Who holds each unique value now (the check goes on with it). */
  uniqueness: UniquenessIndex
}

/** Property files define every record's constraints: one changed means checking everything. */
const isPropertyFile = (file: string) =>
  file.startsWith(`${KIND_FOLDERS.property}/`) || file === OLD_RECORD_FILES.property

function changedFiles(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): Set<string> {
  const changed = new Set<string>()
  for (const [file, sha] of before) if (now.get(file) !== sha) changed.add(file)
  for (const [file, sha] of now) if (before.get(file) !== sha) changed.add(file)
  return changed
}

/**
 * Which records to check again, given an earlier check and what changed since (its files'
 * hashes, the journal's commits then and now); undefined when everything must be checked (other
 * rules, another manifest, a property changed). A record keeps its earlier issues only when it
 * and everything its check read are as they were, so the result is what a whole check finds:
 * Δ is every record of a changed file (as it was, from the entries, and as it is: any record
 * the earlier check did not see) and every record a journal commit touched, then or now; a kept
 * record's check read none of Δ (`get`), no kind with a record in Δ (`all`), and no unique
 * value that a record of Δ holds, held before, or was asked about.
 */
export function planRecheck(previous: PreviousCheck, now: CurrentRecords): KeptChecks | undefined {
  if (previous.rules !== now.rules) return undefined
  const changed = changedFiles(previous.files, now.files)
  if (changed.has(MANIFEST_FILE) || [...changed].some(isPropertyFile)) return undefined
  const { refs, files, entries } = previous.reads
  const changedFileIndexes = new Set(files.flatMap((file, i) => (changed.has(file) ? [i] : [])))
  const entryOf = new Map<string, ReadsEntry>()
  const delta = new Set<string>([...previous.journal, ...now.journal])
  for (const entry of entries) {
    const ref = refs[entry[0]] as string
    entryOf.set(ref, entry)
    if (changedFileIndexes.has(entry[1])) delta.add(ref)
  }
  for (const kind of RECORD_KINDS)
    for (const record of now.held.all(kind)) {
      const ref = refOf(kind, record.id)
      if (!entryOf.has(ref)) delta.add(ref)
    }
  const kinds = new Set<RecordKind>()
  const keys = new Set<string>()
  for (const ref of delta) {
    const kind = kindOfRef(ref)
    if (kind === undefined || kind === 'property') return undefined
    kinds.add(kind)
    const before = entryOf.get(ref)?.[4]
    if (before) for (const key of before) keys.add(key)
    for (const key of now.uniqueness.keysOf(kind, ref.slice(1))) keys.add(key)
  }
  const changedKinds = kindsCode(kinds)
  const recheck = new Set(delta)
  for (const [ref, , gets, alls, ownKeys] of entries) {
    if (
      (gets && gets.some((i) => delta.has(refs[i] as string))) ||
      (alls && [...alls].some((code) => changedKinds.includes(code))) ||
      (ownKeys && ownKeys.some((key) => keys.has(key)))
    )
      recheck.add(refs[ref] as string)
  }
  return {
    previous: previous.reads,
    entryOf,
    issuesOf: previous.issuesOf,
    recheck,
    uniqueness: now.uniqueness,
  }
}
