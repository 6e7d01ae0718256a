import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'
import type { Change } from '@shared/history'
import { MANIFEST_FILE, OLD_RECORD_FILES } from './layout'
import { KIND_FOLDERS } from './shards'
import { keyHash, kindCode, type ShardReads } from '../validation/check-reads'
import type { HeldRecords, KeptChecks } from '../validation/check-records'
import type { UniquenessIndex } from '../validation/constraints/uniqueness-index'
import type { RecordFileNamer } from '../validation/record-checker'

/** An earlier check, as its cache describes it. */
export interface PreviousCheck {
  rules: string
  /** Every dataset file as that check's open read it: path → SHA-256. */
  files: ReadonlyMap<string, string>
  /** The files the journal's pending commits changed records of, over those files. */
  journalFiles: readonly string[]
  reads: ShardReads
  /** Its issues, by `issuesKey`. */
  issuesOf: ReadonlyMap<string, ValidationIssue[]>
}

/** The records as they are now, and what they were read from. */
export interface CurrentRecords {
  rules: string
  files: ReadonlyMap<string, string>
  journalFiles: readonly string[]
  held: HeldRecords
  /** Who holds each unique value now (the check goes on with it). */
  uniqueness: UniquenessIndex
  fileOf: RecordFileNamer
}

/**
 * The files whose records a journal's commits changed: each version's file, before and after (a
 * statement moved to another subject changes two). Deleting a record that was not there changes none.
 */
export function journalFilesOf(changes: Iterable<Change>, fileOf: RecordFileNamer): string[] {
  const files = new Set<string>()
  for (const { kind, before, after } of changes) {
    if (before) files.add(fileOf(kind, before))
    if (after) files.add(fileOf(kind, after))
  }
  return [...files]
}

/** The kind whose records a file holds, in either layout. */
function kindOfFile(file: string): RecordKind | undefined {
  return RECORD_KINDS.find(
    (kind) => file.startsWith(`${KIND_FOLDERS[kind]}/`) || file === OLD_RECORD_FILES[kind],
  )
}

function changedFiles(previous: PreviousCheck, now: CurrentRecords): Set<string> {
  const changed = new Set<string>([...previous.journalFiles, ...now.journalFiles])
  for (const [file, sha] of previous.files) if (now.files.get(file) !== sha) changed.add(file)
  for (const [file, sha] of now.files) if (previous.files.get(file) !== sha) changed.add(file)
  // A slot that is no file of the dataset (a record with nothing to shard it by) is never trusted.
  for (const slot of previous.reads.slots) if (!now.files.has(slot)) changed.add(slot)
  return changed
}

/**
 * Which slots (files) to check again, given an earlier check and what changed since (its files'
 * hashes, the files the journal's commits touched then and now); undefined when everything must
 * be checked (other rules, another manifest, a property changed). A slot keeps its records'
 * earlier issues only when its records and everything their checks read are as they were, so
 * the result is what a whole check finds. Δ is every changed slot (a record changed, appeared
 * or went only where its file changed or a commit touched it); a kept slot read no slot of Δ,
 * went through no kind with a slot in Δ, asked about no unique value a record of Δ holds or
 * held, and holds none itself.
 */
export function planRecheck(previous: PreviousCheck, now: CurrentRecords): KeptChecks | undefined {
  if (previous.rules !== now.rules) return undefined
  const changed = changedFiles(previous, now)
  const changedKinds = new Set<string>()
  for (const file of changed) {
    const kind = kindOfFile(file)
    if (file === MANIFEST_FILE || kind === 'property') return undefined
    if (kind) changedKinds.add(kindCode(kind))
  }
  const { slots, reads, alls, heldKeys, askedKeys } = previous.reads
  // The unique values held in Δ, then (as the earlier check noted them) and now.
  const deltaKeys = new Set<number>()
  slots.forEach((file, i) => {
    if (changed.has(file)) for (const hash of heldKeys[i] ?? []) deltaKeys.add(hash)
  })
  const fileOfHolder = (kind: RecordKind, id: string) => {
    const record = now.held.get(kind, id)
    return record ? now.fileOf(kind, record) : undefined
  }
  now.uniqueness.eachHolder((kind, id, keys) => {
    const file = fileOfHolder(kind, id)
    if (file !== undefined && changed.has(file)) for (const key of keys) deltaKeys.add(keyHash(key))
  })
  const recheck = new Set(changed)
  slots.forEach((file, i) => {
    if (recheck.has(file)) return
    if (
      (reads[i] ?? []).some((target) => changed.has(slots[target] as string)) ||
      [...(alls[i] ?? '')].some((code) => changedKinds.has(code)) ||
      (askedKeys[i] ?? []).some((hash) => deltaKeys.has(hash))
    )
      recheck.add(file)
  })
  // The holders of a value in Δ, wherever they are: their checks ask who else holds it.
  if (deltaKeys.size > 0)
    now.uniqueness.eachHolder((kind, id, keys) => {
      if (!keys.some((key) => deltaKeys.has(keyHash(key)))) return
      const file = fileOfHolder(kind, id)
      if (file !== undefined) recheck.add(file)
    })
  return { previous: previous.reads, issuesOf: previous.issuesOf, recheck, uniqueness: now.uniqueness }
}
