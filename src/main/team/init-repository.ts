/**
 * Making a dataset folder a git repository the team can share: the repository (branch `main`),
 * `.gitattributes` naming the record-level merge driver for the data files, the driver
 * registered in `.git/config` (so that command-line git merges shards as the app does), and a
 * first commit of the dataset as it is.
 */
import { lstat, readFile } from 'node:fs/promises'
import fs from 'node:fs'
import path from 'node:path'
import git from 'isomorphic-git'
import type { Person } from '@shared/team'
import { nodeDisk } from '../dataset/fs/disk'
import { writeFileDurably } from '../dataset/fs/durable-write'
import { KIND_FOLDERS } from '../dataset/shards'
import { type CommitResult, commitWorkTree } from './commit'
import { Repository } from './git/repository'
import { GITATTRIBUTES } from './worktree'

export const MERGE_DRIVER = 'heritage-curator'
export const MERGE_DRIVER_COMMAND = 'heritage-curator merge-driver %O %A %B %P'

export const GITATTRIBUTES_TEXT = [
  '# Heritage Curator: data files merge record by record and field by field, never line by line.',
  '# The driver is registered in .git/config by `heritage-curator init --git`.',
  `dataset.json merge=${MERGE_DRIVER}`,
  ...Object.values(KIND_FOLDERS).map((folder) => `${folder}/*.json merge=${MERGE_DRIVER}`),
  '',
].join('\n')

/** Registers the merge driver in the repository's own config. */
export async function registerMergeDriver(repo: Repository): Promise<void> {
  const common = { fs, dir: repo.dir, gitdir: repo.gitdir }
  await git.setConfig({
    ...common,
    path: `merge.${MERGE_DRIVER}.name`,
    value: 'Heritage Curator record merge',
  })
  await git.setConfig({ ...common, path: `merge.${MERGE_DRIVER}.driver`, value: MERGE_DRIVER_COMMAND })
}

export interface InitResult {
  repo: Repository
  created: boolean
  commit?: CommitResult
}

/** Makes (or completes) the repository of a dataset folder; commits what is there. */
export async function initRepository(
  folder: string,
  author: Person,
  message = 'Start the dataset’s history',
): Promise<InitResult> {
  const exists = await lstat(path.join(folder, '.git')).then(
    (s) => s.isDirectory(),
    () => false,
  )
  const repo = exists ? await Repository.open(folder) : await Repository.init(folder)
  // A team's own attributes are kept; ours are added where missing.
  const attributes = path.join(folder, GITATTRIBUTES)
  const current = await readFile(attributes, 'utf8').catch(() => '')
  const have = new Set(current.split('\n').map((line) => line.trim()))
  const missing = GITATTRIBUTES_TEXT.split('\n').filter(
    (line) => line && !line.startsWith('#') && !have.has(line),
  )
  if (current === '') await writeFileDurably(nodeDisk, attributes, GITATTRIBUTES_TEXT)
  else if (missing.length > 0)
    await writeFileDurably(nodeDisk, attributes, `${current.replace(/\n?$/, '\n')}${missing.join('\n')}\n`)
  await registerMergeDriver(repo)
  const commit = await commitWorkTree(repo, { message, author })
  return { repo, created: !exists, ...(commit && { commit }) }
}
