/** The commits a pull writes when it replays ours onto the fetched tip. */
import type { ChangedRecord } from '@shared/team'
import { changedRecordsBetween, parseRecordTrailers, recordTrailers, sortRecords } from './changed-records'
import type { CommitObject, Signature } from './git/codecs'
import type { Repository } from './git/repository'
import { summaryOf } from './history'

export interface LocalCommit {
  oid: string
  commit: CommitObject
}

/** One commit on `onto` carrying the given local commits' changes (one: as it was; several: as one). */
export async function writeReplayed(
  repo: Repository,
  steps: LocalCommit[],
  tree: string,
  onto: string,
  committer: Signature | undefined,
): Promise<string> {
  const last = steps.at(-1) as LocalCommit
  let message = last.commit.message
  if (steps.length > 1)
    message = await combinedMessage(
      repo,
      steps.map((s) => s.commit),
      tree,
      onto,
    )
  const by = committer ?? last.commit.committer
  return repo.writeCommit({ tree, parents: [onto], author: last.commit.author, committer: by, message })
}

async function combinedMessage(
  repo: Repository,
  commits: CommitObject[],
  tree: string,
  onto: string,
): Promise<string> {
  const texts = commits.map((c) => summaryOf('', c).message)
  const records: ChangedRecord[] = sortRecords(
    commits.flatMap((c) => parseRecordTrailers(c.message)?.records ?? []),
  )
  const named =
    records.length > 0 ? records : await changedRecordsBetween(repo, await repo.treeOf(onto), tree)
  return `${texts.join('\n\n')}\n\n${recordTrailers(named)}\n`
}
