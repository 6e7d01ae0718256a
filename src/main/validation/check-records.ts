import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Manifest, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import type { SchemaValidators } from './ajv'
import type { FolderCheck } from './deep-check'
import { RecordChecker, type RecordFileNamer } from './record-checker'
import type { RuleContext } from './rules'

/** The records an open produced, as the store holds them (files plus the journal's commits). */
export interface HeldRecords {
  manifest: Manifest
  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined
  all<K extends RecordKind>(kind: K): Iterable<RecordOf[K]>
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
 */
export async function checkHeldRecords(
  held: HeldRecords,
  validators: SchemaValidators,
  fileOf: RecordFileNamer,
): Promise<FolderCheck> {
  const started = performance.now()
  const context: RuleContext = { manifest: held.manifest, get: held.get.bind(held), all: held.all.bind(held) }
  const checker = new RecordChecker(validators, context, true, fileOf)
  let sliceStart = performance.now()
  let sinceLook = 0
  let waitedMs = 0
  for (const kind of RECORD_KINDS) {
    for (const record of held.all(kind)) {
      checker.check(kind, record)
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
    timings: {
      // No parse: what is left is the walk over the records and the time main spent elsewhere.
      parseMs: total - checker.schemaMs - checker.rulesMs - waitedMs,
      schemaMs: checker.schemaMs,
      rulesMs: checker.rulesMs,
    },
  }
}
