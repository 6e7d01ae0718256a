/**
 * Push, and sync (the one button): pull, then push; a push the remote refuses because someone
 * pushed first is answered by pulling again (replaying onto their commits) and pushing again, a
 * few times. Ahead/behind counts for the button.
 */
import type { SyncOutcome } from '@shared/team'
import { CuratorError } from '../dataset/errors'
import type { Repository } from './git/repository'
import { assertClean, fetchTip, integrate, setRef, type SyncContext, trackingRef } from './pull'
import { PushRejectedError } from './remotes/transport'

/** How often a refused push is retried after pulling again. */
export const PUSH_ATTEMPTS = 4

/** Sends our commits; PushRejectedError when the remote has commits we lack. */
export async function push(ctx: SyncContext): Promise<'pushed' | 'up-to-date'> {
  const { repo } = ctx
  const branch = await repo.branch()
  const head = await repo.head()
  const known = await repo.readRef(trackingRef(branch))
  if (!head || head === known) return 'up-to-date'
  if (known && !(await repo.isAncestor(known, head)))
    throw new PushRejectedError('pull first: the remote has commits this copy lacks.')
  ctx.onProgress?.({ phase: 'pushing', done: 0 })
  await ctx.transport.push(repo, branch, head, known, ctx)
  await setRef(repo, trackingRef(branch), head)
  return 'pushed'
}

/** Pull, then push, retrying a refused push; stops at conflicts (the merge is persisted). */
export async function sync(ctx: SyncContext, attempts = PUSH_ATTEMPTS): Promise<SyncOutcome> {
  await assertClean(ctx.repo, 'sync')
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const pulled = await integrate(ctx, await fetchTip(ctx))
    if (pulled.state === 'conflicts') return pulled
    try {
      const pushed = await push(ctx)
      if (pushed === 'up-to-date') return pulled
      return { state: 'pushed', head: (await ctx.repo.head()) as string, pulled }
    } catch (error) {
      if (!(error instanceof PushRejectedError)) throw error
    }
  }
  throw new CuratorError(
    'CONFLICT',
    `The remote changed ${attempts} times while this copy was pushing: sync again in a moment.`,
  )
}

/** Commits here and not on the remote, and there and not here (as of the last fetch). */
export async function aheadBehind(repo: Repository): Promise<{ ahead: number; behind: number }> {
  const head = await repo.head()
  const remote = await repo.readRef(trackingRef(await repo.branch()))
  if (head === remote) return { ahead: 0, behind: 0 }
  const [mine, theirs] = [await repo.ancestors(head), await repo.ancestors(remote)]
  let ahead = 0
  let behind = 0
  for (const oid of mine) if (!theirs.has(oid)) ahead += 1
  for (const oid of theirs) if (!mine.has(oid)) behind += 1
  return { ahead, behind }
}
