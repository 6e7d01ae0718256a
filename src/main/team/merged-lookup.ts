/**
 * The merged dataset, looked up by id for the cross-record checks, without reading it all: a
 * site, source or property lives in the shard its id hashes to, so one lookup reads one shard
 * (the merged text when the merge wrote it, else the blob the merge took), once.
 */
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { shardFile, shardOf } from '../dataset/shards'
import type { RecordLookup } from '../validation/integrity'
import type { Repository } from './git/repository'
import { parsePiece, shardPieces } from './shard-text'

export class MergedLookup implements RecordLookup {
  private readonly shards = new Map<string, Map<string, Buffer>>()
  private readonly parsed = new Map<string, unknown>()

  constructor(
    private readonly repo: Repository,
    /** The merged texts of the shards the merge merged. */
    private readonly merged: Map<string, Map<string, Buffer>>,
    /** The blob each other path of the merged tree holds. */
    private readonly taken: Map<string, string | undefined>,
  ) {}

  /** Reads the shards lookups will need (the lookup itself is synchronous, as the rules are). */
  async preload(refs: Iterable<{ kind: RecordKind; id: string }>): Promise<void> {
    for (const { kind, id } of refs) {
      const file = shardFile(kind, shardOf(id))
      if (this.shards.has(file)) continue
      const pieces =
        this.merged.get(file) ?? shardPieces(await this.repo.readBlob(this.taken.get(file)), file)
      this.shards.set(file, pieces)
    }
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined {
    if (kind === 'statement') return undefined // statements are sharded by subject: never looked up by id
    const file = shardFile(kind, shardOf(id))
    const key = `${kind}/${id}`
    if (!this.parsed.has(key)) {
      const piece = this.shards.get(file)?.get(id)
      this.parsed.set(key, piece === undefined ? undefined : parsePiece(piece))
    }
    return this.parsed.get(key) as RecordOf[K] | undefined
  }
}

/** The ids a record's cross-record rules look up: its subject, property, qualifiers' properties, sources. */
export function referencedIds(kind: RecordKind, record: unknown): { kind: RecordKind; id: string }[] {
  if (kind !== 'statement') return []
  const s = record as RecordOf['statement']
  const refs: { kind: RecordKind; id: string }[] = [{ kind: 'property', id: s.property }]
  if (s.subject?.kind === 'site') refs.push({ kind: 'site', id: s.subject.id })
  for (const value of [s.value, ...(s.qualifiers ?? []).map((q) => q.value)])
    if (value?.type === 'item' && value.item.kind === 'site') refs.push({ kind: 'site', id: value.item.id })
  for (const q of s.qualifiers ?? []) refs.push({ kind: 'property', id: q.property })
  for (const r of s.references ?? []) refs.push({ kind: 'source', id: r.source })
  return refs.filter((r) => typeof r.id === 'string')
}
