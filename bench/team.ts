/**
 * The team engine's figures (issue 13): over a sharded dataset of the scale's sites (and its
 * sources; no statements), with a bare repository in a folder and, where system git's
 * http-backend exists, over loopback HTTP: the first commit, a one-edit commit and the bytes of
 * new objects it makes, a clone, and a pull that replays 1,000 changed records onto 1,000
 * changed on the other side. Targets: one-edit commit < 1 s, 1,000 × 1,000 merge < 3 s, new
 * objects per one-record commit < 100 KB.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Manifest, Site } from '@shared/domain'
import type { Collections } from '../src/main/dataset/read-dataset'
import { shardFileOf } from '../src/main/dataset/shards'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { cloneDataset } from '../src/main/team/clone'
import { commitWorkTree } from '../src/main/team/commit'
import { Repository } from '../src/main/team/git/repository'
import { initRepository } from '../src/main/team/init-repository'
import { recordPiece, shardBytes, shardPieces } from '../src/main/team/shard-text'
import { TeamService } from '../src/main/team/team-service'
import { httpBackendMissing, startGitHttpServer } from '../tests/team/support/git-http-server'
import { readShardedDataset, writeShardedDataset } from '../tests/support/sharded-dataset'
import { generateDataset, type Scale } from './generate'
import { round } from './stats'

export const ALICE = { name: 'Alice', email: 'alice@example.org' }
export const BOB = { name: 'Bob', email: 'bob@example.org' }

/** CPU time of this process, ms: on a loaded machine a steadier figure than the wall clock. */
const cpuTotals: Record<string, number> = {}
async function timed<T>(work: () => Promise<T>, name?: string): Promise<[T, number]> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(cpu)
  if (name) cpuTotals[name] = round((used.user + used.system) / 1000)
  return [value, round(performance.now() - started)]
}

/** Bytes of the loose objects in a repository, by path (to count what a commit added). */
async function looseObjects(gitdir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  const root = path.join(gitdir, 'objects')
  for (const dir of await readdir(root)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue
    for (const name of await readdir(path.join(root, dir)))
      sizes.set(`${dir}/${name}`, (await stat(path.join(root, dir, name))).size)
  }
  return sizes
}

/** Edits sites in their shard files, as the store's compaction writes them (one shard rewritten per shard touched). */
async function editSites(folder: string, sites: Site[], note: string): Promise<void> {
  const byFile = new Map<string, Site[]>()
  for (const site of sites)
    byFile.set(shardFileOf('site', site), [...(byFile.get(shardFileOf('site', site)) ?? []), site])
  for (const [file, list] of byFile) {
    const target = path.join(folder, file)
    const pieces = shardPieces(await readFile(target), file)
    for (const site of list) pieces.set(site.id, recordPiece({ ...site, reviewNote: `${note} ${site.id}` }))
    await writeFile(target, shardBytes(pieces) as Buffer)
  }
}

/** Sites picked at random (seeded), none twice. */
function pick(sites: Site[], count: number, seed: number, not: Set<string> = new Set()): Site[] {
  let state = seed
  const picked = new Map<string, Site>()
  while (picked.size < count) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    // The high bits: an LCG's low bits repeat after a few steps.
    const site = sites[Math.floor((state / 2 ** 31) * sites.length)] as Site
    if (!not.has(site.id)) picked.set(site.id, site)
  }
  return [...picked.values()]
}

/** The scale's sites and sources (no statements) in Alice's folder, not yet committed, and an empty bare origin. */
export async function teamStart(scale: Scale, work: string) {
  const source = path.join(work, 'generated')
  await generateDataset(source, { ...scale, statements: 0 })
  // The generator writes shards, as the app does (docs/LAYOUT.md).
  const records = { ...(await readShardedDataset(source)), statement: [] } as Collections
  const manifest = JSON.parse(await readFile(path.join(source, 'dataset.json'), 'utf8')) as Manifest
  await rm(source, { recursive: true })
  const origin = path.join(work, 'origin.git')
  await Repository.init(origin, { bare: true })
  const alice = path.join(work, 'alice')
  await writeShardedDataset(alice, manifest, records)
  return { records, origin, alice }
}

/** `count` sites changed by Alice, committed and pushed, and `count` others by Bob, committed, not pulled. */
export async function divergedEdits(
  sites: Site[],
  count: number,
  alice: { folder: string; service: TeamService },
  bob: { folder: string; service: TeamService },
): Promise<void> {
  const theirs = pick(sites, count, 11)
  const ours = pick(sites, count, 13, new Set(theirs.map((s) => s.id)))
  await editSites(alice.folder, theirs, 'alice')
  await alice.service.commit(`${count} edits by Alice`, ALICE)
  await alice.service.sync()
  await editSites(bob.folder, ours, 'bob')
  await bob.service.commit(`${count} edits by Bob`, BOB)
}

export async function measureTeam(scale: Scale, work: string, log: (line: string) => void) {
  const validators = createSchemaValidators()
  const { records, origin, alice } = await teamStart(scale, work)
  log(`team: first commit of ${records.site.length} sites…`)
  const [, firstCommitMs] = await timed(() => initRepository(alice, ALICE), 'firstCommit')
  const aliceService = await TeamService.open(alice, { validators, committer: ALICE })
  await aliceService.setRemote(origin)
  const [, firstPushMs] = await timed(() => aliceService.sync(), 'firstPushFolder')
  const [, cloneMs] = await timed(
    () => cloneDataset(path.join(work, 'bob'), origin, { validators, committer: BOB }),
    'cloneFolder',
  )
  const bobService = await TeamService.open(path.join(work, 'bob'), { validators, committer: BOB })

  // One edit, committed: five times, each a different site.
  const repo = await Repository.open(alice)
  const oneEdit: number[] = []
  const newBytes: number[] = []
  for (const [i, site] of pick(records.site, 5, 7).entries()) {
    await editSites(alice, [site], `one edit ${i}`)
    const before = await looseObjects(repo.gitdir)
    const [, ms] = await timed(
      () => commitWorkTree(repo, { message: `One edit ${i}`, author: ALICE }),
      `oneEditCommit${i}`,
    )
    oneEdit.push(ms)
    let bytes = 0
    for (const [file, size] of await looseObjects(repo.gitdir)) if (!before.has(file)) bytes += size
    newBytes.push(bytes)
  }
  await aliceService.sync()
  await bobService.pull()

  // 1,000 records changed on each side, then Bob pulls: his commit is replayed onto Alice's.
  log('team: 1,000 × 1,000 pull-merge…')
  const count = Math.min(1000, Math.floor(records.site.length / 4))
  await divergedEdits(
    records.site,
    count,
    { folder: alice, service: aliceService },
    { folder: path.join(work, 'bob'), service: bobService },
  )
  const phases: Record<string, number> = {}
  const started = performance.now()
  const [pulled, pullMs] = await timed(
    () => bobService.pull({ onProgress: (p) => (phases[p.phase] ??= round(performance.now() - started)) }),
    'pullMerge',
  )
  if (pulled.state !== 'replayed' || pulled.records.length !== count)
    throw new Error(
      `The bench pull came to ${pulled.state} with ${'records' in pulled ? pulled.records.length : 0} records`,
    )

  const http = await measureHttpClone(work, origin, validators)
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
  const oneEditCpu = Object.entries(cpuTotals)
    .filter(([k]) => k.startsWith('oneEditCommit'))
    .map(([, v]) => v)
  return {
    // The machine's load while this ran: with other work on the two cores, wall times stretch.
    loadAverage: round(os.loadavg()[0] ?? 0, 1),
    sites: records.site.length,
    sources: records.source.length,
    shards: (await readdir(path.join(alice, 'sites'))).length,
    firstCommitMs,
    firstPushFolderMs: firstPushMs,
    cloneFolderMs: cloneMs,
    ...http,
    cpuMs: {
      firstCommit: cpuTotals.firstCommit,
      firstPushFolder: cpuTotals.firstPushFolder,
      cloneFolder: cpuTotals.cloneFolder,
      oneEditCommitMedian: median(oneEditCpu),
      pullMerge: cpuTotals.pullMerge,
    },
    oneEditCommitMs: { median: median(oneEdit), max: Math.max(...oneEdit) },
    newObjectKBPerOneRecordCommit: round(median(newBytes) / 1024, 1),
    pullMerge: {
      changedEachSide: count,
      ms: pullMs,
      // When each phase began, from the start of the pull.
      fetchingAtMs: phases.fetching ?? 0,
      mergingAtMs: phases.merging ?? 0,
      writingAtMs: phases.writing ?? 0,
    },
  }
}

async function measureHttpClone(
  work: string,
  origin: string,
  validators: ReturnType<typeof createSchemaValidators>,
) {
  const missing = httpBackendMissing()
  if (missing) return { cloneHttpMs: null, cloneHttpSkipped: missing }
  const server = await startGitHttpServer(path.dirname(origin))
  try {
    const [, ms] = await timed(() =>
      cloneDataset(path.join(work, 'carol'), server.url(path.basename(origin)), { validators }),
    )
    return { cloneHttpMs: ms }
  } finally {
    await server.close()
  }
}
