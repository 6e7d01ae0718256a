/**
 * Two curators and a shared bare repository in a temp folder: Alice starts the dataset's history
 * from the bundled sample (sharded) and pushes it; Bob makes his copy from the remote.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { Person } from '@shared/team'
import { shardFileOf } from '../../../src/main/dataset/shards'
import { createSchemaValidators } from '../../../src/main/validation/ajv'
import { cloneDataset } from '../../../src/main/team/clone'
import { Repository } from '../../../src/main/team/git/repository'
import { initRepository } from '../../../src/main/team/init-repository'
import { TeamService, type TeamServiceOptions } from '../../../src/main/team/team-service'
import { tempDir } from '../../support/temp-dir'
import { putRecord, readSample, readShardedDataset, writeShardedDataset } from '../../support/sharded-dataset'

export const ALICE: Person = { name: 'Alice Li', email: 'alice@example.org' }
export const BOB: Person = { name: 'Bob Wang', email: 'bob@example.org' }
export const validators = createSchemaValidators()

export const HAS_GIT = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** System git's verdict on a repository: `git fsck --strict` must pass (dangling objects are fine). */
export function fsck(gitdir: string): string {
  if (!HAS_GIT) return 'skipped: no system git'
  return execFileSync('git', ['--git-dir', gitdir, 'fsck', '--strict', '--no-progress'], {
    encoding: 'utf8',
    stdio: 'pipe',
  })
}

/** The merge commits in a repository's history (there must be none: history stays linear). */
export async function mergeCommits(folder: string): Promise<string[]> {
  const repo = await Repository.open(folder)
  const merges: string[] = []
  for (const oid of await repo.ancestors(await repo.head()))
    if ((await repo.readCommit(oid)).parents.length > 1) merges.push(oid)
  return merges
}

export interface Curator {
  folder: string
  service: TeamService
  person: Person
  /** Edits one record in the dataset files (as the store's compaction would) and commits. */
  edit<K extends RecordKind>(
    kind: K,
    id: string,
    change: (r: RecordOf[K]) => RecordOf[K] | null,
    message?: string,
  ): Promise<void>
  put<K extends RecordKind>(kind: K, record: RecordOf[K], message?: string): Promise<void>
  get<K extends RecordKind>(kind: K, id: string): Promise<RecordOf[K] | undefined>
}

export function curator(folder: string, service: TeamService, person: Person): Curator {
  const get = async <K extends RecordKind>(kind: K, id: string) =>
    ((await readShardedDataset(folder))[kind] as RecordOf[K][]).find((r) => r.id === id)
  return {
    folder,
    service,
    person,
    get,
    async edit(kind, id, change, message = `Edit ${kind} ${id}`) {
      const current = await get(kind, id)
      if (!current) throw new Error(`no ${kind} ${id} in ${folder}`)
      await putRecord(folder, kind, id, change(structuredClone(current)))
      await service.commit(message, person)
    },
    async put(kind, record, message = `Add ${kind} ${record.id}`) {
      await putRecord(folder, kind, record.id, record)
      await service.commit(message, person)
    },
  }
}

export async function makeTeam(
  options: Partial<TeamServiceOptions> = {},
  remote?: (root: string) => Promise<string>,
) {
  const root = await tempDir('hc-team-')
  const origin = path.join(root, 'origin.git')
  const url = remote ? await remote(root) : (await Repository.init(origin, { bare: true }), origin)
  const aliceFolder = path.join(root, 'alice')
  const { manifest, records } = await readSample()
  await writeShardedDataset(aliceFolder, manifest, records)
  await initRepository(aliceFolder, ALICE)
  const aliceService = await TeamService.open(aliceFolder, { validators, committer: ALICE, ...options })
  await aliceService.setRemote(url)
  await aliceService.sync()
  const bobFolder = path.join(root, 'bob')
  const bobService = await cloneDataset(bobFolder, url, { validators, committer: BOB, ...options })
  return {
    root,
    origin,
    url,
    records,
    alice: curator(aliceFolder, aliceService, ALICE),
    bob: curator(bobFolder, bobService, BOB),
  }
}

/** Two sites of the sample whose ids fall in the same shard, and two in different shards. */
export function sitePairs(sites: RecordOf['site'][]) {
  const byShard = new Map<string, string[]>()
  for (const site of sites) {
    const file = shardFileOf('site', site)
    byShard.set(file, [...(byShard.get(file) ?? []), site.id])
  }
  const same = [...byShard.values()].find((ids) => ids.length >= 2) as [string, string]
  const [first, second] = [...byShard.values()]
  return { sameShard: same, differentShards: [first?.[0], second?.[0]] as [string, string] }
}

export async function shardText(folder: string, file: string): Promise<string | undefined> {
  return existsSync(path.join(folder, file)) ? readFile(path.join(folder, file), 'utf8') : undefined
}
