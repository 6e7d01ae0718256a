/**
 * A commit of the dataset files that changed since the last one: their blobs written, the trees
 * along their paths rewritten, the commit written, the branch moved (compare-and-swap), then the
 * index brought in step. Only changed paths are read or written (design study §5.4: no work-tree
 * scan with statusMatrix).
 */
import type { ChangedRecord, Person } from '@shared/team'
import { CuratorError } from '../dataset/errors'
import { changedRecordsOfShard, recordTrailers, sortRecords } from './changed-records'
import { checkPerson, type Signature } from './git/codecs'
import type { Repository } from './git/repository'
import { type IndexUpdate, updateIndex } from './index-sync'
import { changedFiles } from './status'

export interface CommitRequest {
  message: string
  author: Person
  /** When (default now), and the author's time zone in minutes east of UTC (default this machine's). */
  at?: Date
  timezoneOffset?: number
}

export interface CommitResult {
  oid: string
  records: ChangedRecord[]
  files: string[]
}

export function signature(person: Person, at: Date = new Date(), timezoneOffset?: number): Signature {
  return {
    ...checkPerson(person),
    timestamp: Math.floor(at.getTime() / 1000),
    timezoneOffset: timezoneOffset ?? -at.getTimezoneOffset(),
  }
}

export function commitMessage(message: string, records: ChangedRecord[]): string {
  const text = message.trim()
  if (text === '') throw new CuratorError('VALIDATION', 'A commit needs a message: say what changed and why.')
  const trailers = recordTrailers(records)
  return trailers ? `${text}\n\n${trailers}\n` : `${text}\n`
}

/** Commits every changed data file; undefined when nothing changed since the last commit. */
export async function commitWorkTree(
  repo: Repository,
  request: CommitRequest,
): Promise<CommitResult | undefined> {
  const who = signature(request.author, request.at, request.timezoneOffset)
  const head = await repo.head()
  const changes = await changedFiles(repo, head)
  if (changes.length === 0) return undefined
  const headTree = await repo.treeOf(head)
  const paths = new Map<string, string | null>()
  const index = new Map<string, IndexUpdate | null>()
  const records: ChangedRecord[] = []
  for (const change of changes) {
    const oid = change.content ? await repo.objects.write('blob', change.content) : null
    paths.set(change.path, oid)
    index.set(change.path, oid ? { oid, ...(change.stats && { stats: change.stats }) } : null)
    const before = await repo.readBlob(change.before)
    records.push(...changedRecordsOfShard(change.path, before, change.content ?? null))
  }
  const sorted = sortRecords(records)
  const tree = await repo.editTree(headTree, paths)
  const oid = await repo.writeCommit({
    tree,
    parents: head ? [head] : [],
    author: who,
    committer: who,
    message: commitMessage(request.message, sorted),
  })
  // The branch moves last: a crash before this leaves the last commit as it was.
  await repo.moveRef(await repo.branchRef(), oid, head)
  await updateIndex(repo, tree, index)
  return { oid, records: sorted, files: [...paths.keys()] }
}
