/**
 * A merge in progress, persisted in `.git/curator/merge.json` so that it survives a restart
 * (GitHub Desktop loses its guided flow on restart: desktop#6045). It holds the three trees and
 * the curator's choices, never a half-merged file: the dataset's files stay ours until the merge
 * is finished, and aborting only forgets it. `refs/curator/merge-onto` keeps the commits it
 * needs reachable, so `git gc` on the command line cannot prune them meanwhile.
 */
import { mkdir, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { MergeInProgress, Resolution } from '@shared/team'
import { CuratorError } from '../dataset/errors'
import { nodeDisk } from '../dataset/fs/disk'
import { writeFileDurably } from '../dataset/fs/durable-write'
import { MANIFEST_FILE } from '../dataset/layout'
import { shardFileOf } from '../dataset/shards'
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { curatorDir } from './apply'
import type { Repository } from './git/repository'
import { compareAndSwapRef } from './git/refs'

export const MERGE_ONTO_REF = 'refs/curator/merge-onto'
const mergeFile = (repo: Repository) => path.join(curatorDir(repo), 'merge.json')

export async function loadMerge(repo: Repository): Promise<MergeInProgress | undefined> {
  const text = await readFile(mergeFile(repo), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const merge = JSON.parse(text) as MergeInProgress
    if (merge.version !== 1 || !merge.trees || !Array.isArray(merge.records)) throw new Error('unknown form')
    return merge
  } catch (error) {
    throw new CuratorError(
      'VALIDATION',
      `${mergeFile(repo)} cannot be read (${(error as Error).message}): abort the merge to start again.`,
    )
  }
}

export async function saveMerge(repo: Repository, merge: MergeInProgress): Promise<void> {
  await compareAndSwapRef(repo.gitdir, MERGE_ONTO_REF, merge.onto, await repo.readRef(MERGE_ONTO_REF))
  // A copy that never pulled before (the one that started the history) has no curator folder yet.
  await mkdir(curatorDir(repo), { recursive: true })
  await writeFileDurably(nodeDisk, mergeFile(repo), `${JSON.stringify(merge, null, 2)}\n`)
}

/** Forgets the merge in progress (abort, or done): the dataset's files were never touched. */
export async function clearMerge(repo: Repository): Promise<void> {
  await unlink(mergeFile(repo)).catch(() => undefined)
  await unlink(path.join(repo.gitdir, MERGE_ONTO_REF)).catch(() => undefined)
}

export function recordKey(record: { kind: string; id: string }): string {
  return `${record.kind}/${record.id}`
}

/** Sets (or, with undefined, withdraws) the curator's choice for one path of one record. */
export function withResolution(
  merge: MergeInProgress,
  key: string,
  pointer: string,
  resolution: Resolution | undefined,
): MergeInProgress {
  if (!merge.records.some((r) => recordKey(r) === key))
    throw new CuratorError('NOT_FOUND', `The merge has no conflict about ${key}.`)
  const forRecord = { ...(merge.resolutions[key] ?? {}) }
  if (resolution) forRecord[pointer] = resolution
  else delete forRecord[pointer]
  const resolutions = { ...merge.resolutions, [key]: forRecord }
  if (Object.keys(forRecord).length === 0) delete resolutions[key]
  return { ...merge, resolutions }
}

/** The files that hold the records with choices: merged again even where one side kept them. */
export function pathsOfResolved(merge: MergeInProgress): Set<string> {
  const paths = new Set<string>()
  for (const record of merge.records) {
    if (!merge.resolutions[recordKey(record)]) continue
    if (record.kind === 'manifest') paths.add(MANIFEST_FILE)
    else if (record.kind === 'file') paths.add(record.id)
    else
      for (const version of [record.base, record.ours, record.theirs, record.merged])
        addShard(paths, record.kind, version)
  }
  return paths
}

function addShard(paths: Set<string>, kind: RecordKind, version: unknown) {
  if (version === null || typeof version !== 'object') return
  try {
    paths.add(shardFileOf(kind, version as RecordOf[RecordKind]))
  } catch {
    // A version too broken to place (no subject): the shard merge finds it by id anyway.
  }
}
