/**
 * Keeps git's index in step with what the engine committed or wrote: the entries of the paths it
 * touched get their new blob and the file's stat, so that `git status` on the command line shows
 * a clean tree and the next status check needs to hash nothing.
 */
import type { BigIntStats } from 'node:fs'
import { entryOf, readIndex, writeIndex } from './git/index-file'
import type { Repository } from './git/repository'

export interface IndexUpdate {
  oid: string
  stats?: BigIntStats
}

/**
 * Sets the entries of some paths (null removes one). With no readable index, one is made from
 * `tree` (stats unknown: git hashes those files once, then trusts them).
 */
export async function updateIndex(
  repo: Repository,
  tree: string | undefined,
  updates: Map<string, IndexUpdate | null>,
): Promise<void> {
  let entries = await readIndex(repo.gitdir)
  if (!entries) {
    entries = new Map()
    for (const [filePath, oid] of await repo.flatTree(tree)) entries.set(filePath, entryOf(filePath, oid))
  }
  for (const [filePath, update] of updates) {
    if (update === null) entries.delete(filePath)
    else entries.set(filePath, entryOf(filePath, update.oid, update.stats))
  }
  await writeIndex(repo.gitdir, entries.values())
}
