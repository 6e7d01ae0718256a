/**
 * A pull killed at a random moment (SIGKILL of the process doing it) loses nothing: the retry
 * finishes the pull, Bob's own commit is kept, and the repository is whole.
 */
import { spawn } from 'node:child_process'
import { readFile, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Manifest } from '@shared/domain'
import { removeTempDirs } from '../support/temp-dir'
import { readShardedDataset, writeShardedDataset } from '../support/sharded-dataset'
import { curatorDir, filesBetween } from '../../src/main/team/apply'
import { writeWorkFiles } from '../../src/main/team/worktree'
import { fsck, makeTeam, mergeCommits } from './support/team'

afterEach(removeTempDirs)

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Runs Bob's pull in a child; kills it `killAfterMs` after it is ready (never, if undefined). */
function pullInChild(folder: string, killAfterMs?: number): Promise<{ ms: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/team/support/push-child.ts', 'pull', folder],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let readyAt = 0
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout.on('data', (d: Buffer) => {
      if (readyAt === 0 && d.toString().includes('ready')) {
        readyAt = performance.now()
        if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ ms: performance.now() - readyAt, killed: true })
      else if (code === 0) resolve({ ms: performance.now() - readyAt, killed: false })
      else reject(new Error(err))
    })
  })
}

async function scenario() {
  const team = await makeTeam()
  const { alice, bob, records } = team
  // Alice revises every site: the pull rewrites most shards of the dataset.
  const revised = await readShardedDataset(alice.folder)
  revised.site = revised.site.map((s) => ({ ...s, reviewNote: `revised ${s.id}` }))
  const manifest = (await import(path.join(alice.folder, 'dataset.json'), { with: { type: 'json' } }))
    .default as Manifest
  await writeShardedDataset(alice.folder, manifest, revised)
  await alice.service.commit('Revise every site', alice.person)
  await alice.service.sync()
  const source = records.source[0]!
  await bob.edit('source', source.id, (s) => ({ ...s, note: 'Bob’s note' }), 'Bob’s note on a source')
  return { ...team, source }
}

async function expectNothingLost(t: Awaited<ReturnType<typeof scenario>>) {
  const outcome = await t.bob.service.pull()
  expect(['replayed', 'up-to-date']).toContain(outcome.state)
  const data = await readShardedDataset(t.bob.folder)
  expect(data.site.every((s) => s.reviewNote === `revised ${s.id}`)).toBe(true)
  expect(data.source.find((s) => s.id === t.source.id)?.note).toBe('Bob’s note')
  const history = await t.bob.service.history({ limit: 5 })
  expect(history.map((c) => c.message)).toContain('Bob’s note on a source')
  expect(await t.bob.service.status()).toMatchObject({ changedFiles: 0, mergeInProgress: false, behind: 0 })
  expect(await mergeCommits(t.bob.folder)).toEqual([])
  fsck(path.join(t.bob.folder, '.git'))
  expect((await t.bob.service.sync()).state).toBe('pushed')
}

describe('a pull killed at a random moment', { timeout: 180_000 }, () => {
  it('loses nothing, and the retry finishes it', { timeout: 600_000 }, async () => {
    const first = await scenario()
    const { ms } = await pullInChild(first.bob.folder)
    await expectNothingLost(first)
    // Kills until three have landed inside a pull (a loaded machine makes some pulls faster than
    // the first, so a kill can come after the end); each attempt must lose nothing either way.
    let killedMidway = 0
    for (let i = 0; i < 15 && killedMidway < 3; i += 1) {
      const t = await scenario()
      const { killed } = await pullInChild(t.bob.folder, Math.random() * ms * 0.8)
      if (killed) killedMidway += 1
      await expectNothingLost(t)
    }
    // The kills must land inside the pull, or the test proves little.
    expect(killedMidway).toBe(3)
  })
})

/**
 * Bob's pull stopped half-way, as a kill leaves it: the branch not yet moved, the intent written,
 * half the files new and half old. Answers the commit the pull was moving from.
 */
async function interruptedHalfWay(t: Awaited<ReturnType<typeof scenario>>) {
  const repo = t.bob.service.repo
  const from = (await repo.head()) as string
  expect((await t.bob.service.pull()).state).toBe('replayed')
  const to = (await repo.head()) as string
  await writeFile(path.join(repo.gitdir, 'refs/heads/main'), `${from}\n`)
  await writeFile(
    path.join(curatorDir(repo), 'apply.json'),
    JSON.stringify({ ref: 'refs/heads/main', from, to }),
  )
  const back = [...(await filesBetween(repo, to, from))].filter((_, i) => i % 2 === 0)
  const old = new Map<string, Buffer | null>()
  for (const [file, oid] of back) old.set(file, oid ? await repo.objects.readTyped(oid, 'blob') : null)
  await writeWorkFiles(t.bob.folder, old)
  expect(back.length).toBeGreaterThan(2)
  return from
}

describe('a pull interrupted while it writes the files', { timeout: 180_000 }, () => {
  it('is finished by the next pull: the files are the new commit’s, never a mixture', async () => {
    const t = await scenario()
    const from = await interruptedHalfWay(t)
    await expectNothingLost(t)
    expect(await t.bob.service.repo.head()).not.toBe(from)
  })

  it('is finished even when the kill came while it wrote git’s index (index.lock left behind)', async () => {
    const t = await scenario()
    const from = await interruptedHalfWay(t)
    const lock = path.join(t.bob.service.repo.gitdir, 'index.lock')
    await writeFile(lock, 'half an index')
    await expectNothingLost(t)
    expect(await t.bob.service.repo.head()).not.toBe(from)
    await expect(stat(lock)).rejects.toThrow(/ENOENT/)
  })

  it('leaves an index.lock older than the pull to its owner, and says so', async () => {
    const t = await scenario()
    const from = await interruptedHalfWay(t)
    const lock = path.join(t.bob.service.repo.gitdir, 'index.lock')
    await writeFile(lock, 'another git program’s index')
    const anHourAgo = new Date(Date.now() - 3_600_000)
    await utimes(lock, anHourAgo, anHourAgo)
    await expect(t.bob.service.pull()).rejects.toThrow(/index\.lock exists: another git program/)
    expect(await readFile(lock, 'utf8')).toBe('another git program’s index')
    expect(await t.bob.service.repo.head()).toBe(from)
  })
})
