/**
 * A bare repository in a folder (a shared drive) as a remote: isomorphic-git has no file://
 * transport (its issues #462, #889, #1263), so this copies objects itself.
 * - fetch: the commits the remote branch has and we lack, with their trees and blobs, copied in
 *   dependency order (a commit only after everything it names), so that having a commit always
 *   means having all of it: an interrupted fetch leaves nothing half-usable;
 * - push: the same the other way, fsynced, then the remote branch moved by compare-and-swap
 *   under git's own `.lock` protocol (refs.ts): of two pushers, exactly one wins, and a git
 *   command line pushing to the same folder takes part in the same lock.
 * Objects are content-addressed and immutable: copying them needs no lock, and a push cut short
 * before the ref moves leaves unreferenced objects only (git gc prunes them).
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { CuratorError } from '../../dataset/errors'
import { TREE_MODE } from '../git/codecs'
import { Repository } from '../git/repository'
import { compareAndSwapRef, RefLockedError, RefMovedError, readRef } from '../git/refs'
import { type Progress, throwIfCancelled } from '../progress'
import { PushRejectedError, type Transport } from './transport'

/** Blobs copied at the same time by a fetch or a push. */
const BLOBS_AT_ONCE = 8

/**
 * Runs `work` on each item, at most `limit` at a time. On a failure (a cancel) the others stop
 * taking items, and it throws only once every running one has ended: nothing is still writing
 * when the caller cleans up (a cancelled clone empties its folder).
 */
async function eachSettled<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T
      await work(item).catch((error: unknown) => {
        failed = true
        throw error
      })
    }
  }
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker))
  const failure = results.find((r) => r.status === 'rejected')
  if (failure) throw failure.reason
}

/** Copies what `to` lacks of the history that ends in `tip`, in an order that keeps `to` whole. */
export async function copyHistory(
  from: Repository,
  to: Repository,
  tip: string,
  progress: Progress = {},
): Promise<number> {
  const missing: string[] = []
  const stack = [tip]
  const seen = new Set<string>()
  while (stack.length > 0) {
    const oid = stack.pop() as string
    if (seen.has(oid) || (await to.objects.has(oid))) continue
    seen.add(oid)
    missing.push(oid)
    stack.push(...(await from.readCommit(oid)).parents)
  }
  let copied = 0
  const copy = async (oid: string) => {
    throwIfCancelled(progress.signal)
    const raw = await from.objects.readLooseRaw(oid)
    if (raw) await to.objects.writeLooseVerified(oid, raw)
    else {
      const object = await from.objects.read(oid)
      if ((await to.objects.write(object.type, object.content)) !== oid)
        throw new Error(`The object ${oid} is damaged.`)
    }
    copied += 1
    if (copied % 64 === 0) progress.onProgress?.({ phase: 'fetching', done: copied })
  }
  const copyTree = async (oid: string): Promise<void> => {
    if (await to.objects.has(oid)) return
    const entries = await from.treeEntries(oid)
    for (const entry of entries) if (entry.mode === TREE_MODE) await copyTree(entry.oid)
    // A tree's blobs several at a time: each waits on two disks, not on the processor.
    const blobs = entries.filter((e) => e.mode !== TREE_MODE && e.mode !== '160000').map((e) => e.oid)
    await eachSettled(blobs, BLOBS_AT_ONCE, async (blob) => {
      if (!(await to.objects.has(blob))) await copy(blob)
    })
    await copy(oid)
  }
  // Oldest first: each commit's parents are already whole when it is written.
  for (const commit of missing.reverse()) {
    await copyTree((await from.readCommit(commit)).tree)
    await copy(commit)
  }
  return copied
}

export class FolderRemote implements Transport {
  constructor(readonly folder: string) {}

  /** The bare repository, checked to be one (a folder with HEAD, objects and refs; no links). */
  async open(): Promise<Repository> {
    for (const part of ['', 'HEAD', 'objects', 'refs']) {
      const info = await lstat(path.join(this.folder, part)).catch(() => undefined)
      const ok = part === 'HEAD' ? info?.isFile() : info?.isDirectory()
      if (!ok)
        throw new CuratorError(
          'NOT_FOUND',
          `${this.folder} is not a bare git repository (no ${part || 'folder'}): create one with heritage-curator sync --remote, or git init --bare.`,
        )
    }
    return new Repository(this.folder, this.folder)
  }

  async fetch(local: Repository, branch: string, progress: Progress = {}): Promise<string | undefined> {
    const remote = await this.open()
    const tip = await readRef(remote.gitdir, `refs/heads/${branch}`)
    if (tip) await copyHistory(remote, local, tip, progress)
    return tip
  }

  async push(
    local: Repository,
    branch: string,
    oid: string,
    expected: string | undefined,
    progress: Progress = {},
  ) {
    const remote = await this.open()
    await copyHistory(local, remote, oid, {
      ...progress,
      onProgress: (p) => progress.onProgress?.({ ...p, phase: 'pushing' }),
    })
    // The objects must be on the disk before the ref that names them.
    await remote.objects.sync()
    throwIfCancelled(progress.signal)
    try {
      await compareAndSwapRef(remote.gitdir, `refs/heads/${branch}`, oid, expected)
    } catch (error) {
      if (error instanceof RefMovedError)
        throw new PushRejectedError('the shared folder has commits this copy has not fetched yet.')
      if (error instanceof RefLockedError)
        throw new PushRejectedError('another curator is pushing right now.')
      throw error
    }
  }
}
