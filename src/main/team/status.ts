/**
 * Which data files differ from the last commit, without hashing every file: a file whose stat is
 * the one the index recorded (when the engine last committed or wrote it) holds that blob. Only
 * the others are read and hashed; with the store rewriting one shard per edit, that is a few files.
 */
import type { BigIntStats } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { objectId } from './git/objects'
import { readIndex, statMatches } from './git/index-file'
import type { Repository } from './git/repository'
import { isDataPath, listDataFiles, statDataFile } from './worktree'

export interface FileChange {
  path: string
  /** The blob in the last commit; undefined when the file is new. */
  before?: string
  /** The blob the file holds now; undefined when it was removed. */
  after?: string
  /** The file's bytes now, and its stat taken before they were read. */
  content?: Buffer
  stats?: BigIntStats
}

/** The data files of the work tree that differ from the tree of `commit` (default: HEAD). */
export async function changedFiles(repo: Repository, commit?: string): Promise<FileChange[]> {
  const headTree = await repo.treeOf(commit ?? (await repo.head()))
  const committed = new Map([...(await repo.flatTree(headTree))].filter(([p]) => isDataPath(p)))
  const index = await readIndex(repo.gitdir)
  const present = await listDataFiles(repo.dir)
  const changes: FileChange[] = []
  for (const filePath of present) {
    const before = committed.get(filePath)
    committed.delete(filePath)
    // The stat first: a file replaced while it is read then fails the next comparison.
    const stats = await statDataFile(repo.dir, filePath)
    if (!stats) continue
    const entry = index?.get(filePath)
    if (before && entry && entry.oid === before && statMatches(entry, stats)) continue
    const content = await readFile(path.join(repo.dir, filePath))
    const after = objectId('blob', content)
    if (after !== before) changes.push({ path: filePath, ...(before && { before }), after, content, stats })
  }
  for (const [filePath, before] of committed) changes.push({ path: filePath, before })
  return changes
}
