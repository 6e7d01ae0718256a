/**
 * The merge of one shard file: its three versions (base, ours, theirs; null when the file is
 * absent, so a base of null is an add/add) merged record by record. The result is a canonical
 * shard text, or conflicts to show: never conflict markers.
 */
import type { RecordKind } from '@shared/result'
import type { ConflictedRecord, Resolution } from '@shared/team'
import { mergeRecord } from './record-merge'
import {
  changedIds,
  parsePiece,
  recordPiece,
  samePiece,
  type ShardContent,
  shardBytes,
  shardPieces,
} from './shard-text'

export interface ShardVersions {
  kind: RecordKind
  /** The shard's path (`sites/3f.json`), for messages. */
  path: string
  base: ShardContent
  ours: ShardContent
  theirs: ShardContent
}

export interface ShardMergeOptions {
  /** The curator's choices for a record, by path (see Resolution). */
  resolutionsFor?: (id: string) => Record<string, Resolution> | undefined
}

export interface ShardMergeResult {
  /** The merged shard (conflicting fields as ours); null when no record is left. */
  text: Buffer | null
  /** Merged records' bytes by id. */
  pieces: Map<string, Buffer>
  conflicts: ConflictedRecord[]
  /** Records merged field by field into a version neither side had: they are checked against the schema. */
  fieldMerged: string[]
  /** Records either side changed: their cross-record references are checked against the merged dataset. */
  touched: string[]
  /** Records whose merged bytes differ from ours: what the merge changes in our files. */
  changedFromOurs: string[]
}

/** Merges the three versions of one shard. Throws (CuratorError) when a version cannot be read. */
export function mergeShard(v: ShardVersions, options: ShardMergeOptions = {}): ShardMergeResult {
  const base = shardPieces(v.base, `${v.path} (base)`)
  const ours = shardPieces(v.ours, `${v.path} (ours)`)
  const theirs = shardPieces(v.theirs, `${v.path} (theirs)`)
  const touched = new Set([...changedIds(base, ours), ...changedIds(base, theirs)])
  const pieces = new Map<string, Buffer>()
  const conflicts: ConflictedRecord[] = []
  const fieldMerged: string[] = []
  for (const id of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [b, o, t] = [base.get(id), ours.get(id), theirs.get(id)]
    const resolutions = options.resolutionsFor?.(id)
    if (!resolutions) {
      const quick = samePiece(o, t) ? o : samePiece(b, o) ? t : samePiece(b, t) ? o : null
      if (quick !== null) {
        if (quick !== undefined) pieces.set(id, quick)
        continue
      }
    }
    const [rb, ro, rt] = [parsePiece(b), parsePiece(o), parsePiece(t)]
    const { merged, conflicts: fields } = mergeRecord(v.kind, rb, ro, rt, resolutions ? { resolutions } : {})
    const piece = merged === null ? undefined : recordPiece(merged)
    if (piece !== undefined) pieces.set(id, piece)
    if (fields.length > 0) {
      conflicts.push({
        kind: v.kind,
        id,
        base: rb,
        ours: ro,
        theirs: rt,
        merged,
        conflicts: fields,
        issues: [],
      })
    } else if (piece !== undefined && !samePiece(piece, o) && !samePiece(piece, t)) {
      fieldMerged.push(id)
    }
  }
  const changedFromOurs = changedIds(ours, pieces)
  return { text: shardBytes(pieces), pieces, conflicts, fieldMerged, touched: [...touched], changedFromOurs }
}
