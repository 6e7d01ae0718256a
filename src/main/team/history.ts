/**
 * History as the History view lists it: commits newest first, who and when, and the records each
 * changed (from its trailers; computed from its trees for commits made by other tools).
 */
import type { ChangedRecord, CommitSummary, HistoryEntry } from '@shared/team'
import { changedRecordsBetween, messageWithoutTrailers, parseRecordTrailers } from './changed-records'
import type { CommitObject } from './git/codecs'
import type { Repository } from './git/repository'

export function summaryOf(oid: string, commit: CommitObject): CommitSummary {
  return {
    oid,
    message: messageWithoutTrailers(commit.message),
    author: { name: commit.author.name, email: commit.author.email },
    at: new Date(commit.author.timestamp * 1000).toISOString(),
  }
}

export interface HistoryQuery {
  /** Start here instead of HEAD (a remote branch, say). */
  from?: string
  limit?: number
  /** Only commits that changed this record. */
  record?: ChangedRecord
}

/** The commits reachable from HEAD, newest first (by committer time), up to `limit`. */
export async function history(repo: Repository, query: HistoryQuery = {}): Promise<HistoryEntry[]> {
  const limit = query.limit ?? 100
  const start = query.from ?? (await repo.head())
  const entries: HistoryEntry[] = []
  const queue: { oid: string; commit: CommitObject }[] = []
  const seen = new Set<string>()
  const push = async (oid: string) => {
    if (seen.has(oid)) return
    seen.add(oid)
    queue.push({ oid, commit: await repo.readCommit(oid) })
    queue.sort((a, b) => a.commit.committer.timestamp - b.commit.committer.timestamp)
  }
  if (start) await push(start)
  while (queue.length > 0 && entries.length < limit) {
    const { oid, commit } = queue.pop() as { oid: string; commit: CommitObject }
    for (const parent of commit.parents) await push(parent)
    const named = parseRecordTrailers(commit.message)
    let records = named?.records
    let recordCount = named?.count ?? 0
    // Commits made elsewhere, or too large to list, are diffed when a record is asked about.
    if (!named || (query.record && recordCount > records!.length)) {
      records = await changedRecordsBetween(repo, await repo.treeOf(commit.parents[0]), commit.tree)
      recordCount = records.length
    }
    const list = records ?? []
    if (query.record && !list.some((r) => r.kind === query.record?.kind && r.id === query.record?.id))
      continue
    entries.push({ ...summaryOf(oid, commit), parents: commit.parents, records: list, recordCount })
  }
  return entries
}
