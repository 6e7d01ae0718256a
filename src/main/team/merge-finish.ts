/**
 * Finishing a merge in progress: the merge is run again from its three trees with the curator's
 * choices; only when nothing still needs them and every merged record is valid is the result
 * committed on `onto` and the dataset's files written. Until then they never change.
 */
import type { CommitSummary, MergeInProgress } from '@shared/team'
import { CuratorError } from '../dataset/errors'
import { moveBranch } from './apply'
import { clearMerge, loadMerge, pathsOfResolved, saveMerge } from './merge-state'
import { committerOf, type SyncContext } from './pull'
import { writeReplayed } from './replay-commit'
import { changedFiles } from './status'
import { mergeTrees } from './tree-merge'

/** Finishes the merge in progress once every conflict has a choice and the result is valid. */
export async function finishMerge(
  ctx: Pick<SyncContext, 'repo' | 'validators' | 'committer' | 'now' | 'signal' | 'onProgress'>,
): Promise<{ state: 'done'; head: string } | { state: 'conflicts'; merge: MergeInProgress }> {
  const { repo } = ctx
  const merge = await loadMerge(repo)
  if (!merge) throw new CuratorError('NOT_FOUND', 'There is no merge in progress.')
  const head = await repo.head()
  if (head !== merge.head)
    throw new CuratorError(
      'CONFLICT',
      'The branch moved since this merge began: abort the merge and pull again.',
    )
  if ((await changedFiles(repo)).length > 0)
    throw new CuratorError(
      'CONFLICT',
      'The dataset was edited during the merge: commit or undo those edits, then finish.',
    )
  const result = await mergeTrees(repo, merge.trees, {
    ...ctx,
    resolutions: merge.resolutions,
    forcedPaths: pathsOfResolved(merge),
  })
  if (!result.tree) {
    const updated = { ...merge, records: mergeRecordLists(merge, result.records) }
    await saveMerge(repo, updated)
    return { state: 'conflicts', merge: updated }
  }
  const steps = await Promise.all(
    merge.replaying.map(async (c: CommitSummary) => ({ oid: c.oid, commit: await repo.readCommit(c.oid) })),
  )
  const oid = await writeReplayed(repo, steps, result.tree, merge.onto, committerOf(ctx))
  await moveBranch(repo, merge.head, oid)
  await clearMerge(repo)
  return { state: 'done', head: oid }
}

/** The records the Conflicts view lists: every one that needed the curator, with what still stands. */
function mergeRecordLists(
  merge: MergeInProgress,
  remaining: MergeInProgress['records'],
): MergeInProgress['records'] {
  const key = (r: { kind: string; id: string }) => `${r.kind}/${r.id}`
  const now = new Map(remaining.map((r) => [key(r), r]))
  const kept = merge.records.map((r) => now.get(key(r)) ?? { ...r, issues: [] })
  const known = new Set(merge.records.map(key))
  return [...kept, ...remaining.filter((r) => !known.has(key(r)))]
}
