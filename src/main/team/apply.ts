/**
 * Moving the dataset from one commit to another (a fast-forward, a replayed pull, a finished
 * merge): the files that differ are written, the index brought in step, and the branch moved
 * last. An intent record written first (`.git/curator/apply.json`) lets a process killed half-way
 * finish the move on the next sync: the files are then the new commit's, or still the old's,
 * never a mixture that looks like local edits.
 */
import { mkdir, readFile, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { nodeDisk } from '../dataset/fs/disk'
import { writeFileDurably } from '../dataset/fs/durable-write'
import { removeIndexLockSince } from './git/index-file'
import type { Repository } from './git/repository'
import { type IndexUpdate, updateIndex } from './index-sync'
import { isDataPath, statDataFile, writeWorkFiles } from './worktree'

interface ApplyIntent {
  ref: string
  from: string | undefined
  to: string
}

export function curatorDir(repo: Repository): string {
  return path.join(repo.gitdir, 'curator')
}

const intentFile = (repo: Repository) => path.join(curatorDir(repo), 'apply.json')

/** The data files that differ between two commits' trees: path → blob id, or null (removed). */
export async function filesBetween(repo: Repository, from: string | undefined, to: string) {
  const [a, b] = [await repo.flatTree(await repo.treeOf(from)), await repo.flatTree(await repo.treeOf(to))]
  const files = new Map<string, string | null>()
  for (const filePath of new Set([...a.keys(), ...b.keys()]))
    if (a.get(filePath) !== b.get(filePath) && isDataPath(filePath))
      files.set(filePath, b.get(filePath) ?? null)
  return files
}

async function writeFilesOf(repo: Repository, intent: ApplyIntent): Promise<string[]> {
  const files = await filesBetween(repo, intent.from, intent.to)
  const contents = new Map<string, Buffer | null>()
  for (const [filePath, oid] of files)
    contents.set(filePath, oid ? await repo.objects.readTyped(oid, 'blob') : null)
  await writeWorkFiles(repo.dir, contents)
  const updates = new Map<string, IndexUpdate | null>()
  for (const [filePath, oid] of files) {
    const stats = oid ? await statDataFile(repo.dir, filePath) : undefined
    updates.set(filePath, oid ? { oid, ...(stats && { stats }) } : null)
  }
  await updateIndex(repo, await repo.treeOf(intent.to), updates)
  return [...files.keys()]
}

/** Moves the checked-out branch from `from` to `to`, files first, the ref last; answers the files written. */
export async function moveBranch(repo: Repository, from: string | undefined, to: string): Promise<string[]> {
  const intent: ApplyIntent = { ref: await repo.branchRef(), from, to }
  await repo.objects.sync()
  await mkdir(curatorDir(repo), { recursive: true })
  await writeFileDurably(nodeDisk, intentFile(repo), `${JSON.stringify(intent)}\n`)
  const written = await writeFilesOf(repo, intent)
  await repo.moveRef(intent.ref, to, from)
  await unlink(intentFile(repo))
  return written
}

/**
 * Finishes a move a crash interrupted: with the branch still at `from`, the move is done again
 * (the files may be half written); at `to`, only the files and the index. True when there was one.
 */
export async function finishInterruptedMove(repo: Repository): Promise<boolean> {
  const text = await readFile(intentFile(repo), 'utf8').catch(() => undefined)
  if (text === undefined) return false
  const intent = JSON.parse(text) as ApplyIntent
  // Killed while it wrote the index, the move left git's index.lock: it would refuse every retry.
  await removeIndexLockSince(repo.gitdir, (await stat(intentFile(repo))).mtime)
  const at = await repo.readRef(intent.ref)
  if (at === intent.from || at === intent.to) {
    await writeFilesOf(repo, intent)
    if (at === intent.from) await repo.moveRef(intent.ref, intent.to, intent.from)
  }
  await unlink(intentFile(repo))
  return true
}
