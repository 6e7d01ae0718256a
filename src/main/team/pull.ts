/**
 * Pull: fetch, then fast-forward when our branch has nothing the remote lacks; otherwise replay
 * our local commits, one by one, onto the fetched tip through the record merge. History stays
 * linear: no merge commits (isomorphic-git cannot merge criss-cross histories, and a line is
 * what the History view can show). A replayed commit keeps its author, message and date.
 * When a commit cannot be replayed alone, the rest of our commits are merged as one, and if
 * that needs the curator, the merge is persisted for the Conflicts view (merge-state.ts).
 */
import type { ChangedRecord, MergeInProgress, Person, PullOutcome } from '@shared/team'
import { CuratorError } from '../dataset/errors'
import type { SchemaValidators } from '../validation/ajv'
import { finishInterruptedMove, moveBranch } from './apply'
import { changedRecordsBetween, sortRecords } from './changed-records'
import { signature } from './commit'
import type { Signature } from './git/codecs'
import type { Repository } from './git/repository'
import { compareAndSwapRef } from './git/refs'
import { summaryOf } from './history'
import { loadMerge, saveMerge } from './merge-state'
import type { Progress } from './progress'
import type { Transport } from './remotes/transport'
import { changedFiles } from './status'
import { type LocalCommit, writeReplayed } from './replay-commit'
import { mergeTrees } from './tree-merge'

export interface SyncContext extends Progress {
  repo: Repository
  transport: Transport
  /** The remote as configured (shown in the merge document). */
  remote: string
  validators: SchemaValidators
  /** Who replays commits (their committer); default each commit's own. */
  committer?: Person
  now?: () => Date
}

export const trackingRef = (branch: string) => `refs/remotes/origin/${branch}`

/** Points a local ref at a commit (or leaves it when there is none), whatever it was. */
export async function setRef(repo: Repository, name: string, oid: string | undefined): Promise<void> {
  if (oid && (await repo.readRef(name)) !== oid)
    await compareAndSwapRef(repo.gitdir, name, oid, await repo.readRef(name))
}

/** Refuses to pull or push over unfinished business: a merge to finish, or uncommitted edits. */
export async function assertClean(repo: Repository, doing: string): Promise<void> {
  await finishInterruptedMove(repo)
  if (await loadMerge(repo))
    throw new CuratorError('CONFLICT', `A merge is in progress: finish or abort it before you ${doing}.`)
  const changed = await changedFiles(repo)
  if (changed.length > 0) {
    const list = changed
      .slice(0, 5)
      .map((c) => c.path)
      .join(', ')
    throw new CuratorError(
      'CONFLICT',
      `Commit your changes before you ${doing} (${changed.length} files changed: ${list}).`,
    )
  }
}

export async function fetchTip(ctx: SyncContext): Promise<string | undefined> {
  const branch = await ctx.repo.branch()
  ctx.onProgress?.({ phase: 'fetching', done: 0 })
  const tip = await ctx.transport.fetch(ctx.repo, branch, ctx)
  await setRef(ctx.repo, trackingRef(branch), tip)
  return tip
}

export async function pull(ctx: SyncContext): Promise<PullOutcome> {
  await assertClean(ctx.repo, 'pull')
  return integrate(ctx, await fetchTip(ctx))
}

/** Brings a fetched tip into our branch: nothing, a fast-forward, or a replay. */
export async function integrate(ctx: SyncContext, tip: string | undefined): Promise<PullOutcome> {
  const { repo } = ctx
  const head = await repo.head()
  if (!tip || tip === head || (head && (await repo.isAncestor(tip, head)))) return { state: 'up-to-date' }
  if (!head || (await repo.isAncestor(head, tip))) {
    ctx.onProgress?.({ phase: 'writing', done: 0 })
    await moveBranch(repo, head, tip)
    return {
      state: 'fast-forward',
      head: tip,
      records: await changedRecordsBetween(repo, await repo.treeOf(head), await repo.treeOf(tip)),
    }
  }
  return replay(ctx, head, tip)
}

/** Our commits after the fork point, oldest first (along first parents). */
async function localCommits(
  repo: Repository,
  base: string | undefined,
  head: string,
): Promise<LocalCommit[]> {
  const commits: LocalCommit[] = []
  for (let oid: string | undefined = head; oid && oid !== base;) {
    const commit = await repo.readCommit(oid)
    commits.unshift({ oid, commit })
    oid = commit.parents[0]
  }
  return commits
}

/** Who commits replayed commits: the curator pulling, or else each commit's own committer. */
export function committerOf(ctx: Pick<SyncContext, 'committer' | 'now'>): Signature | undefined {
  return ctx.committer ? signature(ctx.committer, ctx.now?.()) : undefined
}

async function emptyTree(repo: Repository): Promise<string> {
  return repo.objects.write('tree', Buffer.alloc(0))
}

async function replay(ctx: SyncContext, head: string, tip: string): Promise<PullOutcome> {
  const { repo } = ctx
  const base = await repo.mergeBase(head, tip)
  const local = await localCommits(repo, base, head)
  let onto = tip
  // What the pull changes in our files: known from the merge when it replayed one commit.
  let changed: ChangedRecord[] | undefined
  for (const [i, step] of local.entries()) {
    const parentTree = (await repo.treeOf(step.commit.parents[0])) ?? (await emptyTree(repo))
    const theirs = (await repo.treeOf(onto)) as string
    const alone = await mergeTrees(repo, { base: parentTree, ours: step.commit.tree, theirs }, ctx)
    if (alone.tree) {
      onto = await writeReplayed(repo, [step], alone.tree, onto, committerOf(ctx))
      if (local.length === 1) changed = alone.changedFromOurs
      continue
    }
    // This commit needs the curator alone: the rest of ours are merged with it, as one change.
    const rest = local.slice(i)
    const trees = { base: parentTree, ours: (await repo.treeOf(head)) as string, theirs }
    const together = rest.length === 1 ? alone : await mergeTrees(repo, trees, ctx)
    if (together.tree) {
      onto = await writeReplayed(repo, rest, together.tree, onto, committerOf(ctx))
      break
    }
    const merge: MergeInProgress = {
      version: 1,
      startedAt: (ctx.now?.() ?? new Date()).toISOString(),
      remote: ctx.remote,
      branch: await repo.branch(),
      head,
      onto,
      trees,
      replaying: rest.map((c) => summaryOf(c.oid, c.commit)),
      records: together.records,
      resolutions: {},
    }
    await saveMerge(repo, merge)
    return { state: 'conflicts', merge }
  }
  ctx.onProgress?.({ phase: 'writing', done: 0 })
  await moveBranch(repo, head, onto)
  const records = changed
    ? sortRecords(changed)
    : await changedRecordsBetween(repo, await repo.treeOf(head), await repo.treeOf(onto))
  return { state: 'replayed', head: onto, records, commits: local.length }
}
