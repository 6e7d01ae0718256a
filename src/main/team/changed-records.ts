/**
 * Which records a change of files changed: the records whose texts differ between two versions
 * of each shard. Commits carry the list as trailers (`Changed: site/abc`), so that history lists
 * them without reading any shard; for commits made elsewhere it is computed from the trees.
 */
import type { ChangedRecord } from '@shared/team'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import type { Repository } from './git/repository'
import { changedIds, type ShardContent, shardPieces } from './shard-text'
import { kindOfShard } from './worktree'

/** A commit names at most this many records; beyond, it says how many (`Changed-Count`). */
export const TRAILER_LIMIT = 100

export function changedRecordsOfShard(
  filePath: string,
  before: ShardContent,
  after: ShardContent,
): ChangedRecord[] {
  const kind = kindOfShard(filePath)
  if (!kind) return []
  const ids = changedIds(
    shardPieces(before, `${filePath} (before)`),
    shardPieces(after, `${filePath} (after)`),
  )
  return ids.map((id) => ({ kind, id }))
}

/** The records changed between two trees, each once, in kind order then id. */
export async function changedRecordsBetween(
  repo: Repository,
  fromTree: string | undefined,
  toTree: string | undefined,
): Promise<ChangedRecord[]> {
  const [from, to] = [await repo.flatTree(fromTree), await repo.flatTree(toTree)]
  const found: ChangedRecord[] = []
  for (const filePath of new Set([...from.keys(), ...to.keys()])) {
    if (from.get(filePath) === to.get(filePath) || !kindOfShard(filePath)) continue
    const [before, after] = [await repo.readBlob(from.get(filePath)), await repo.readBlob(to.get(filePath))]
    found.push(...changedRecordsOfShard(filePath, before, after))
  }
  return sortRecords(found)
}

export function sortRecords(records: ChangedRecord[]): ChangedRecord[] {
  const seen = new Map(records.map((r) => [`${r.kind}/${r.id}`, r]))
  const order = (kind: RecordKind) => RECORD_KINDS.indexOf(kind)
  return [...seen.values()].sort(
    (a, b) => order(a.kind) - order(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** The trailers a commit message ends with. */
export function recordTrailers(records: ChangedRecord[]): string {
  if (records.length === 0) return ''
  if (records.length > TRAILER_LIMIT) return `Changed-Count: ${records.length}`
  return records.map((r) => `Changed: ${r.kind}/${r.id}`).join('\n')
}

const TRAILER = /^Changed: (site|source|property|statement)\/(\S+)$/
const COUNT = /^Changed-Count: (\d+)$/

/** The records a commit message names, and how many it changed; undefined when it names none. */
export function parseRecordTrailers(
  message: string,
): { records: ChangedRecord[]; count: number } | undefined {
  const records: ChangedRecord[] = []
  let count: number | undefined
  for (const line of message.trimEnd().split('\n').reverse()) {
    const named = TRAILER.exec(line)
    const counted = COUNT.exec(line)
    if (named) records.unshift({ kind: named[1] as RecordKind, id: named[2] as string })
    else if (counted) count = Number(counted[1])
    else break
  }
  if (records.length === 0 && count === undefined) return undefined
  return { records, count: count ?? records.length }
}

/** A commit message without its trailers: what the History view shows as the message. */
export function messageWithoutTrailers(message: string): string {
  const lines = message.trimEnd().split('\n')
  while (lines.length > 0 && (TRAILER.test(lines.at(-1) ?? '') || COUNT.test(lines.at(-1) ?? ''))) lines.pop()
  return lines.join('\n').trimEnd()
}
