import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Manifest, RecordOf } from '@shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'
import type { SchemaValidators } from './ajv'
import type { FolderCheck } from './deep-check'
import { ReadRecorder, type ShardReads, ShardReadsRecorder } from './check-reads'
import { UniquenessIndex } from './constraints/uniqueness-index'
import { RecordChecker, type RecordFileNamer } from './record-checker'
import type { RuleContext } from './rules'

/** The records an open produced, as the store holds them (files plus the journal's commits). */
export interface HeldRecords {
  manifest: Manifest
  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined
  all<K extends RecordKind>(kind: K): Iterable<RecordOf[K]>
}

/** What an earlier check of these records lets this one keep (see recheck-plan.ts). */
export interface KeptChecks {
  /** The earlier check's reads: a slot not checked again keeps them as they are. */
  previous: ShardReads
  /** The earlier check's issues, by kind and id (records without issues are not in it). */
  issuesOf: ReadonlyMap<string, ValidationIssue[]>
  /** The slots (files) to check again; every record of the earlier check's other slots keeps its issues. */
  recheck: ReadonlySet<string>
  /** The index over the records as they are, when the plan already built it. */
  uniqueness?: UniquenessIndex
}

/** How `KeptChecks.issuesOf` names a record. */
export const issuesKey = (kind: RecordKind, id: string): string => `${kind}\u0000${id}`

/** A check of the records main holds: what it found, what each record's check read, how many it ran. */
export interface HeldCheck extends FolderCheck {
  reads: ShardReads
  checkedRecords: number
}

/** Longest stretch of checking before main answers what waits (a ping, a query, a keystroke). */
const SLICE_MS = 8
/** Records checked between looks at the clock. */
const RECORDS_BETWEEN_LOOKS = 32

/**
 * The deep check of the records main already holds: every record against its schema, the
 * cross-record rules and the rules beyond the schema, with no file read or parsed again (the
 * worker's `checkFolder` spent more than half its time there). It runs on main in slices of a
 * few milliseconds, so that main keeps answering; an edit made meanwhile is in the store's
 * `changedSince` and checked again by the Problems index. The open checked the manifest and
 * the shape of every record (ids, duplicates), so only the checks of `RecordChecker` are left.
 * What each shard's records read is noted (`ShardReads`); with `kept`, only the records of the
 * slots it names are checked again and the others keep their issues, in the order a whole check
 * gives them.
 */
export async function checkHeldRecords(
  held: HeldRecords,
  validators: SchemaValidators,
  fileOf: RecordFileNamer,
  kept?: KeptChecks,
): Promise<HeldCheck> {
  const started = performance.now()
  const base: RuleContext = { manifest: held.manifest, get: held.get.bind(held), all: held.all.bind(held) }
  const uniqueness = kept?.uniqueness ?? UniquenessIndex.over(base)
  const reads = new ShardReadsRecorder(kept?.previous)
  const recorder = new ReadRecorder(base, uniqueness, fileOf, reads)
  const checker = new RecordChecker(validators, recorder.context, true, fileOf)
  // Per slot: 1 kept from the earlier check, 2 checked again (or new).
  const verdicts: number[] = []
  const keptSlots = kept?.previous.slots.length ?? 0
  let checkedRecords = 0
  let sliceStart = performance.now()
  let sinceLook = 0
  let waitedMs = 0
  for (const kind of RECORD_KINDS) {
    for (const record of held.all(kind)) {
      const slot = recorder.slotOf(kind, record)
      let verdict = verdicts[slot]
      if (verdict === undefined) {
        verdict = verdicts[slot] = slot < keptSlots && !kept?.recheck.has(reads.fileOf(slot)) ? 1 : 2
        if (verdict === 1) reads.keep(slot)
      }
      if (verdict === 1) {
        const issues = kept?.issuesOf.get(issuesKey(kind, record.id))
        if (issues) checker.problems.push({ kind, id: record.id, issues })
      } else {
        recorder.begin(kind, record.id, slot)
        checker.check(kind, record)
        recorder.end(uniqueness.keysOf(kind, record.id))
        checkedRecords += 1
      }
      sinceLook += 1
      if (sinceLook < RECORDS_BETWEEN_LOOKS) continue
      sinceLook = 0
      if (performance.now() - sliceStart < SLICE_MS) continue
      const paused = performance.now()
      await nextTurn()
      sliceStart = performance.now()
      waitedMs += sliceStart - paused
    }
  }
  const total = performance.now() - started
  return {
    failure: checker.failure([]),
    problems: checker.problems,
    reads: reads.finish(),
    checkedRecords,
    timings: {
      // No parse: what is left is the walk over the records and the time main spent elsewhere.
      parseMs: total - checker.schemaMs - checker.rulesMs - waitedMs,
      schemaMs: checker.schemaMs,
      rulesMs: checker.rulesMs,
    },
  }
}
