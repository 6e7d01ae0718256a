import { RECORD_KINDS, type RecordKind } from '@shared/result'
import type { RecordOf } from '@shared/domain'
import type { UniqueHolders } from './constraints/uniqueness-index'
import type { RecordFileNamer } from './record-checker'
import type { RuleContext } from './rules'

/**
 * What each shard's checks read of the rest of the dataset, so that a later open re-checks only
 * the shards whose reads changed (see recheck-plan.ts). Noted per shard, never per record: at
 * England's 2.4 million records, per-record reads cost seconds and more heap than Electron's
 * main process has. A shard (a "slot": the file its records are named by) notes the other slots
 * its records looked up, the kinds they went through whole, and, as 32-bit hashes, the unique
 * values its records hold and those they asked about without holding them.
 */

const CODES: Record<RecordKind, string> = { site: 's', source: 'o', property: 'p', statement: 't' }
const KIND_OF_CODE = new Map(RECORD_KINDS.map((kind) => [CODES[kind], kind]))

/** `s` for sites, `o` sources, `p` properties, `t` statements. */
export const kindCode = (kind: RecordKind): string => CODES[kind]
export const kindOfCode = (code: string): RecordKind | undefined => KIND_OF_CODE.get(code)

/** FNV-1a, 32 bits: a unique value as the reads keep it (a collision only checks more again). */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** The reads of one check, by slot: plain arrays, as the cache file keeps them. */
export interface ShardReads {
  /** Each slot's file (`sites/3f.json`); the other fields are in this order. */
  slots: string[]
  /** The slots a slot's records looked up (places in `slots`). */
  reads: number[][]
  /** The kinds a slot's records went through whole, one letter each. */
  alls: string[]
  /** Hashes of the unique values a slot's records hold. */
  heldKeys: number[][]
  /** Hashes of the unique values a slot's records asked about without holding them. */
  askedKeys: number[][]
}

/**
 * Notes reads slot by slot while a check runs. It starts from an earlier check's slot table, so
 * that a slot that is not checked again keeps that check's reads as they are (`keep`).
 */
export class ShardReadsRecorder {
  private readonly slots: string[]
  private readonly slotIndex: Map<string, number>
  private readonly reads: Set<number>[] = []
  private readonly alls: Set<string>[] = []
  private readonly heldKeys: Set<number>[] = []
  private readonly askedKeys: Set<number>[] = []
  private readonly kept = new Set<number>()

  constructor(private readonly previous?: ShardReads) {
    this.slots = [...(previous?.slots ?? [])]
    this.slotIndex = new Map(this.slots.map((file, i) => [file, i]))
  }

  slot(file: string): number {
    let index = this.slotIndex.get(file)
    if (index === undefined) this.slotIndex.set(file, (index = this.slots.push(file) - 1))
    return index
  }

  fileOf(slot: number): string {
    return this.slots[slot] as string
  }

  /** A slot of the earlier check that is not checked again: its reads are that check's. */
  keep(slot: number): void {
    this.kept.add(slot)
  }

  addRead(slot: number, target: number): void {
    if (target !== slot) (this.reads[slot] ??= new Set()).add(target)
  }

  addAll(slot: number, kind: RecordKind): void {
    ;(this.alls[slot] ??= new Set()).add(CODES[kind])
  }

  addHeldKey(slot: number, hash: number): void {
    ;(this.heldKeys[slot] ??= new Set()).add(hash)
  }

  addAskedKey(slot: number, hash: number): void {
    ;(this.askedKeys[slot] ??= new Set()).add(hash)
  }

  finish(): ShardReads {
    const { previous } = this
    const list = <T>(sets: Set<T>[], before: T[][] | undefined, i: number): T[] =>
      this.kept.has(i) ? (before?.[i] ?? []) : [...(sets[i] ?? [])]
    return {
      slots: this.slots,
      reads: this.slots.map((_, i) => list(this.reads, previous?.reads, i)),
      alls: this.slots.map((_, i) =>
        this.kept.has(i) ? (previous?.alls[i] ?? '') : [...(this.alls[i] ?? [])].join(''),
      ),
      heldKeys: this.slots.map((_, i) => list(this.heldKeys, previous?.heldKeys, i)),
      askedKeys: this.slots.map((_, i) => list(this.askedKeys, previous?.askedKeys, i)),
    }
  }
}

/**
 * A rule context that notes what the checks of one slot's records read, between `begin` and
 * `end`. Property lookups are not noted: a changed property makes the whole dataset be checked
 * again (it defines the constraints of every record), and they are most of the lookups.
 */
export class ReadRecorder {
  readonly context: RuleContext
  private slot = 0
  private selfKind: RecordKind = 'site'
  private selfId = ''
  private lastKind: RecordKind | undefined
  private lastId = ''
  private readonly asked: string[] = []
  /** A site's or a source's slot follows from its id alone (its shard key in either layout). */
  private readonly slotById = { site: new Map<string, number>(), source: new Map<string, number>() }

  constructor(
    base: RuleContext,
    uniqueness: UniqueHolders,
    private readonly fileOf: RecordFileNamer,
    private readonly reads: ShardReadsRecorder,
  ) {
    const noteGet = (kind: RecordKind, id: string, record: unknown) => {
      if (kind === 'property' || (kind === this.lastKind && id === this.lastId)) return
      if (kind === this.selfKind && id === this.selfId) return
      this.lastKind = kind
      this.lastId = id
      if (kind !== 'statement') this.reads.addRead(this.slot, this.slotOfId(kind, id))
      // A statement's slot follows from its subject: one that is not there may appear anywhere.
      else if (record) this.reads.addRead(this.slot, this.reads.slot(fileOf(kind, record)))
      else this.reads.addAll(this.slot, kind)
    }
    this.context = {
      manifest: base.manifest,
      get: <K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined => {
        const record = base.get(kind, id)
        noteGet(kind, id, record)
        return record
      },
      all: <K extends RecordKind>(kind: K): Iterable<RecordOf[K]> => {
        if (kind !== 'property') this.reads.addAll(this.slot, kind)
        return base.all(kind)
      },
      uniqueness: {
        keysOf: (kind, id) => {
          noteGet(kind, id, base.get(kind, id))
          return uniqueness.keysOf(kind, id)
        },
        othersOf: (key, selfId) => {
          this.asked.push(key)
          return uniqueness.othersOf(key, selfId)
        },
        otherHolder: (key, selfId) => {
          this.asked.push(key)
          return uniqueness.otherHolder(key, selfId)
        },
      },
    }
  }

  private slotOfId(kind: 'site' | 'source', id: string): number {
    const known = this.slotById[kind]
    let slot = known.get(id)
    if (slot === undefined) known.set(id, (slot = this.reads.slot(this.fileOf(kind, { id }))))
    return slot
  }

  /** The slot of a record: its file's place in the table. */
  slotOf(kind: RecordKind, record: { id: string }): number {
    return kind === 'site' || kind === 'source'
      ? this.slotOfId(kind, record.id)
      : this.reads.slot(this.fileOf(kind, record))
  }

  begin(kind: RecordKind, id: string, slot: number): void {
    this.selfKind = kind
    this.selfId = id
    this.slot = slot
    this.lastKind = undefined
    this.asked.length = 0
  }

  /** Ends the record begun; `ownKeys` are the unique values it holds. */
  end(ownKeys: readonly string[]): void {
    for (const key of ownKeys) this.reads.addHeldKey(this.slot, keyHash(key))
    for (const key of this.asked) if (!ownKeys.includes(key)) this.reads.addAskedKey(this.slot, keyHash(key))
  }
}
