/**
 * The folder transport on its own: pushers racing for the branch, a push cut short, a lock left
 * by a dead pusher, damaged objects in the shared folder. System git checks the bare repository
 * after each scenario.
 */
import { spawn } from 'node:child_process'
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Repository } from '../../src/main/team/git/repository'
import { copyHistory, FolderRemote } from '../../src/main/team/remotes/folder-remote'
import { PushRejectedError } from '../../src/main/team/remotes/transport'
import { removeTempDirs } from '../support/temp-dir'
import { fsck, makeTeam } from './support/team'

afterEach(removeTempDirs)

const ROOT = path.resolve(import.meta.dirname, '../..')

function runChild(command: 'push' | 'pull', folder: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/team/support/push-child.ts', command, folder],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) =>
      code === 0 ? resolve(out.trim().split('\n').at(-1) ?? '') : reject(new Error(err)),
    )
  })
}

async function branchOf(gitdir: string) {
  return new Repository(gitdir, gitdir).readRef('refs/heads/main')
}

describe('folder transport', { timeout: 180_000 }, () => {
  it('lets exactly one of two pushers at the same moment move the branch', async () => {
    const { alice, bob, origin, records } = await makeTeam()
    for (let round = 0; round < 3; round += 1) {
      await alice.edit('site', records.site[round]!.id, (s) => ({ ...s, reviewNote: `alice ${round}` }))
      await bob.edit('site', records.site[round + 5]!.id, (s) => ({ ...s, reviewNote: `bob ${round}` }))
      await bob.service.fetch()
      await alice.service.fetch()
      const results = await Promise.allSettled([alice.service.push(), bob.service.push()])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
      expect(refused.reason).toBeInstanceOf(PushRejectedError)
      const winner = results[0].status === 'fulfilled' ? alice : bob
      expect(await branchOf(origin)).toBe(await winner.service.repo.head())
      fsck(origin)
      // The loser catches up and pushes, for the next round.
      const loser = winner === alice ? bob : alice
      expect((await loser.service.sync()).state).toBe('pushed')
      await winner.service.pull()
    }
  })

  it('lets exactly one of two pushing processes win', async () => {
    const { alice, bob, origin, records } = await makeTeam()
    await alice.edit('site', records.site[0]!.id, (s) => ({ ...s, reviewNote: 'alice' }))
    await bob.edit('site', records.site[1]!.id, (s) => ({ ...s, reviewNote: 'bob' }))
    const outcomes = await Promise.all([runChild('push', alice.folder), runChild('push', bob.folder)])
    expect(outcomes.sort()).toEqual(['pushed', 'rejected'])
    const heads = [await alice.service.repo.head(), await bob.service.repo.head()]
    expect(heads).toContain(await branchOf(origin))
    fsck(origin)
  })

  it('leaves the shared repository whole when a push stops before the branch moves, and the retry works', async () => {
    const { alice, origin, records } = await makeTeam()
    await alice.edit('site', records.site[0]!.id, (s) => ({ ...s, reviewNote: 'cut short' }))
    const before = await branchOf(origin)
    const head = (await alice.service.repo.head()) as string
    // The objects are copied, then the pusher dies.
    await copyHistory(alice.service.repo, new Repository(origin, origin), head)
    expect(await branchOf(origin)).toBe(before)
    fsck(origin)
    expect(await alice.service.push()).toBe('pushed')
    expect(await branchOf(origin)).toBe(head)
    fsck(origin)
  })

  it('waits for a live pusher’s lock and takes over one a dead pusher left', async () => {
    const { alice, origin, records } = await makeTeam()
    await alice.edit('site', records.site[0]!.id, (s) => ({ ...s, reviewNote: 'after the lock' }))
    const lock = path.join(origin, 'refs/heads/main.lock')
    await writeFile(lock, '')
    await expect(alice.service.push()).rejects.toThrow(/another curator is pushing/)
    const old = new Date(Date.now() - 11 * 60 * 1000)
    await utimes(lock, old, old)
    expect(await alice.service.push()).toBe('pushed')
    expect(await readdir(path.join(origin, 'refs/heads'))).toEqual(['main'])
    fsck(origin)
  })

  it('refuses a damaged object in the shared folder and keeps this copy as it was', async () => {
    const { alice, bob, origin, records } = await makeTeam()
    await alice.edit('site', records.site[0]!.id, (s) => ({ ...s, reviewNote: 'will be damaged' }))
    await alice.service.push()
    const tip = (await branchOf(origin)) as string
    const tree = (await alice.service.repo.readCommit(tip)).tree
    const file = path.join(origin, 'objects', tree.slice(0, 2), tree.slice(2))
    const bytes = await readFile(file)
    await writeFile(file, Buffer.concat([bytes.subarray(0, 10), Buffer.alloc(bytes.length - 10, 1)]))
    const head = await bob.service.repo.head()
    await expect(bob.service.pull()).rejects.toThrow()
    expect(await bob.service.repo.head()).toBe(head)
    expect(await bob.service.repo.objects.has(tip)).toBe(false)
    fsck(path.join(bob.folder, '.git'))
  })

  it('refuses a folder that is not a bare repository, naming it', async () => {
    const { alice } = await makeTeam()
    await expect(new FolderRemote(alice.folder).open()).rejects.toThrow(/is not a bare git repository/)
    await expect(alice.service.setRemote(path.join(alice.folder, 'sites'))).rejects.toThrow(
      /not a bare git repository/,
    )
  })
})
