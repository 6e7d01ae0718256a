/**
 * The merge of one file as command-line git asks for it (`merge-driver %O %A %B %P`): the same
 * shard merge and checks as a pull in the app. Other shards are read from the work tree git is
 * merging in, as they stand (the cross-record checks are as good as that state).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { ConflictedRecord } from '@shared/team'
import { toCanonicalJson } from '../dataset/canonical-json'
import { MANIFEST_FILE } from '../dataset/layout'
import { shardFile, shardOf } from '../dataset/shards'
import type { SchemaValidators } from '../validation/ajv'
import type { RecordLookup } from '../validation/integrity'
import { toIssues } from '../validation/messages'
import { MANIFEST_SHAPE } from './merge-shapes'
import { checkMergedRecords } from './merge-validation'
import { mergeByShape } from './record-merge'
import { mergeShard } from './shard-merge'
import { parsePiece, shardPieces } from './shard-text'
import { kindOfShard } from './worktree'

export interface DriverInput {
  /** The file's path in the repository (%P). */
  path: string
  base: Buffer | null
  ours: Buffer | null
  theirs: Buffer | null
}

export interface DriverOutcome {
  /** The merged bytes (null: no record left); meaningful only without records to resolve. */
  text: Buffer | null
  records: ConflictedRecord[]
}

function workTreeLookup(
  workTree: string,
  merged: { path: string; pieces: Map<string, Buffer> },
): RecordLookup {
  const shards = new Map<string, Map<string, Buffer>>([[merged.path, merged.pieces]])
  return {
    get<K extends RecordKind>(kind: K, id: string) {
      const file = shardFile(kind, shardOf(id))
      if (!shards.has(file)) {
        let text: Buffer | null = null
        try {
          text = readFileSync(path.join(workTree, file))
        } catch {
          // No such shard in the work tree: no such record.
        }
        shards.set(file, shardPieces(text, file))
      }
      const piece = shards.get(file)?.get(id)
      return piece === undefined ? undefined : (parsePiece(piece) as RecordOf[K])
    },
  }
}

export function mergeDriver(
  input: DriverInput,
  validators: SchemaValidators,
  workTree: string,
): DriverOutcome {
  const kind = kindOfShard(input.path)
  if (kind) {
    const result = mergeShard({ kind, ...input })
    if (result.conflicts.length > 0) return { text: null, records: result.conflicts }
    const fieldMerged = new Set(result.fieldMerged)
    const checks = [...new Set([...result.touched, ...result.fieldMerged])].flatMap((id) => {
      const piece = result.pieces.get(id)
      if (piece === undefined) return []
      return [{ kind, id, record: parsePiece(piece), path: input.path, schema: fieldMerged.has(id) }]
    })
    const lookup = workTreeLookup(workTree, { path: input.path, pieces: result.pieces })
    const records: ConflictedRecord[] = []
    for (const [key, issues] of checkMergedRecords(checks, lookup, validators)) {
      const check = checks.find((c) => `${c.kind}/${c.id}` === key)
      records.push({
        kind,
        id: check?.id ?? key,
        base: null,
        ours: null,
        theirs: null,
        merged: check?.record ?? null,
        conflicts: [],
        issues,
      })
    }
    return { text: result.text, records }
  }
  if (input.path === MANIFEST_FILE) {
    const parse = (text: Buffer | null) =>
      text === null ? undefined : (JSON.parse(text.toString('utf8')) as unknown)
    const [b, o, t] = [parse(input.base), parse(input.ours), parse(input.theirs)]
    const { merged, conflicts } = mergeByShape(MANIFEST_SHAPE, b, o, t)
    const issues = conflicts.length === 0 ? toIssues(validators.validate('manifest', merged)) : []
    const records: ConflictedRecord[] =
      conflicts.length + issues.length > 0
        ? [
            {
              kind: 'manifest',
              id: MANIFEST_FILE,
              base: b ?? null,
              ours: o ?? null,
              theirs: t ?? null,
              merged: merged ?? null,
              conflicts,
              issues,
            },
          ]
        : []
    return { text: merged === undefined ? null : Buffer.from(toCanonicalJson(merged)), records }
  }
  const conflict = { path: '', reason: 'both-changed' as const }
  return {
    text: null,
    records: [
      {
        kind: 'file',
        id: input.path,
        base: null,
        ours: null,
        theirs: null,
        merged: null,
        conflicts: [conflict],
        issues: [],
      },
    ],
  }
}
