import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Manifest, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '../../shared/result'
import type { SchemaValidators } from './ajv'
import type { FolderCheck } from './deep-check'
import { CheckReads, ReadRecorder, refOf, type ReadsEntry } from './check-reads'
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
  /** The earlier check's reads: its entries are kept as they are for the records not checked again. */
  previous: CheckReads
  entryOf: ReadonlyMap<string, ReadsEntry>
  /** The earlier check's issues, by ref (records without issues are not in it). */
  issuesOf: ReadonlyMap<string, ValidationIssue[]>
  /** The refs to check again; every other record with an entry keeps its issues. */
  recheck: ReadonlySet<string>
  /** The index over the records as they are, when the plan already built it. */
  uniqueness?: UniquenessIndex
}

/** A check of the records main holds: what it found, what each record's check read, how many it ran. */
export interface HeldCheck extends FolderCheck {
  reads: CheckReads
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
 * Each record's reads are noted (`CheckReads`); with `kept`, only the records it names are
 * checked again and the others keep their issues, in the order a whole check gives them.
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
  const recorder = new ReadRecorder(base, uniqueness)
  const fileOfRecord = fileOf
  const checker = new RecordChecker(validators, recorder.context, true, fileOfRecord)
  const reads = kept ? kept.previous.continued() : new CheckReads()
  let checkedRecords = 0
  let sliceStart = performance.now()
  let sinceLook = 0
  let waitedMs = 0
  for (const kind of RECORD_KINDS) {
    for (const record of held.all(kind)) {
      const ref = kept && refOf(kind, record.id)
      const entry = ref !== undefined && !kept?.recheck.has(ref) ? kept?.entryOf.get(ref) : undefined
      if (entry) {
        reads.entries.push(entry)
        const issues = kept?.issuesOf.get(ref as string)
        if (issues) checker.problems.push({ kind, id: record.id, issues })
      } else {
        recorder.begin(kind, record.id)
        checker.check(kind, record)
        reads.entries.push(
          recorder.end(reads, fileOfRecord(kind, record), uniqueness.keysOf(kind, record.id)),
        )
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
    reads,
    checkedRecords,
    timings: {
      // No parse: what is left is the walk over the records and the time main spent elsewhere.
      parseMs: total - checker.schemaMs - checker.rulesMs - waitedMs,
      schemaMs: checker.schemaMs,
      rulesMs: checker.rulesMs,
    },
  }
}
