import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import type { RecordOf } from '../../shared/domain'
import type { UniqueHolders } from './constraints/uniqueness-index'
import type { RuleContext } from './rules'

/**
 * What each record's check read of the rest of the dataset, so that a later open re-checks only
 * the records whose reads changed (see recheck-plan.ts). Kept compact, because it is written to
 * disk for every record: a record is named by one letter for its kind and its id (a "ref"), refs
 * and files are written once each and named by their place in a table.
 */

const CODES: Record<RecordKind, string> = { site: 's', source: 'o', property: 'p', statement: 't' }
const KIND_OF_CODE = new Map(RECORD_KINDS.map((kind) => [CODES[kind], kind]))

/** A record's reference: `s` + a site's id, `t` + a statement's id... */
export const refOf = (kind: RecordKind, id: string): string => CODES[kind] + id
export const kindOfRef = (ref: string): RecordKind | undefined => KIND_OF_CODE.get(ref[0] ?? '')
export const kindsCode = (kinds: Iterable<RecordKind>): string => [...kinds].map((k) => CODES[k]).join('')

/**
 * One record's check: its ref and file (places in the tables), the refs it looked up (`get`,
 * found or not), the kinds it went through whole (`all`, as one letter each) and the unique
 * values it asked about or holds itself. 0 where there are none.
 */
export type ReadsEntry = [ref: number, file: number, gets: number[] | 0, alls: string | 0, keys: string[] | 0]

/** The reads of every record of one check, with the tables their numbers point into. */
export class CheckReads {
  /** Built when first needed: reads taken from a cache are mostly only looked at, never added to. */
  private refIndex: Map<string, number> | undefined
  private fileIndex: Map<string, number> | undefined

  constructor(
    readonly refs: string[] = [],
    readonly files: string[] = [],
    readonly entries: ReadsEntry[] = [],
  ) {}

  /**
   * A new set of entries over the same tables (shared, not copied: this one is done with), so
   * that its entries can be kept as they are in the new one.
   */
  continued(): CheckReads {
    const next = new CheckReads(this.refs, this.files)
    next.refIndex = this.refIndex
    next.fileIndex = this.fileIndex
    return next
  }

  ref(ref: string): number {
    this.refIndex ??= new Map(this.refs.map((r, i) => [r, i]))
    let index = this.refIndex.get(ref)
    if (index === undefined) this.refIndex.set(ref, (index = this.refs.push(ref) - 1))
    return index
  }

  file(file: string): number {
    this.fileIndex ??= new Map(this.files.map((f, i) => [f, i]))
    let index = this.fileIndex.get(file)
    if (index === undefined) this.fileIndex.set(file, (index = this.files.push(file) - 1))
    return index
  }
}

/**
 * A rule context that notes what one record's check reads, between `begin` and `end`. Property
 * lookups are not noted: a changed property makes the whole dataset be checked again (it defines
 * the constraints of every record), and they are most of the lookups.
 */
export class ReadRecorder {
  readonly context: RuleContext
  private self = ''
  private gets: string[] = []
  private alls: RecordKind[] = []
  private keys: string[] = []

  constructor(base: RuleContext, uniqueness: UniqueHolders) {
    const noteGet = (kind: RecordKind, id: string) => {
      if (kind === 'property') return
      const ref = refOf(kind, id)
      if (ref !== this.self && !this.gets.includes(ref)) this.gets.push(ref)
    }
    const noteKey = (key: string) => {
      if (!this.keys.includes(key)) this.keys.push(key)
    }
    this.context = {
      manifest: base.manifest,
      get: <K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined => {
        noteGet(kind, id)
        return base.get(kind, id)
      },
      all: <K extends RecordKind>(kind: K): Iterable<RecordOf[K]> => {
        if (kind !== 'property' && !this.alls.includes(kind)) this.alls.push(kind)
        return base.all(kind)
      },
      uniqueness: {
        keysOf: (kind, id) => {
          noteGet(kind, id)
          return uniqueness.keysOf(kind, id)
        },
        othersOf: (key, selfId) => {
          noteKey(key)
          return uniqueness.othersOf(key, selfId)
        },
        otherHolder: (key, selfId) => {
          noteKey(key)
          return uniqueness.otherHolder(key, selfId)
        },
      },
    }
  }

  begin(kind: RecordKind, id: string): void {
    this.self = refOf(kind, id)
    this.gets = []
    this.alls = []
    this.keys = []
  }

  /** The entry of the record begun, in `reads`; `ownKeys` are the unique values it holds. */
  end(reads: CheckReads, file: string, ownKeys: readonly string[]): ReadsEntry {
    for (const key of ownKeys) if (!this.keys.includes(key)) this.keys.push(key)
    return [
      reads.ref(this.self),
      reads.file(file),
      this.gets.length > 0 ? this.gets.map((ref) => reads.ref(ref)) : 0,
      this.alls.length > 0 ? kindsCode(this.alls) : 0,
      this.keys.length > 0 ? this.keys : 0,
    ]
  }
}
