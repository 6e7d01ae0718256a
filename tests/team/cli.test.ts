/**
 * The team commands of the CLI: `init --git`, the merge driver under system git's own `git merge`,
 * and `sync` for scripts over a shared folder.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index'
import { Repository } from '../../src/main/team/git/repository'
import { removeTempDirs, tempDir } from '../support/temp-dir'
import { putRecord, readSample, readShardedDataset, writeShardedDataset } from '../support/sharded-dataset'
import { fsck, HAS_GIT } from './support/team'

afterEach(removeTempDirs)

const BIN = path.resolve(import.meta.dirname, '../../bin/heritage-curator.mjs')

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err }
}

async function gitDataset() {
  const folder = path.join(await tempDir('hc-cli-'), 'dataset')
  const { manifest, records } = await readSample()
  await writeShardedDataset(folder, manifest, records)
  const c = capture()
  expect(await main(['init', folder, '--git', '--author', 'Alice Li <alice@example.org>'], c.io)).toBe(0)
  return { folder, records, out: c.out }
}

const IDENTITY = ['-c', 'user.name=T', '-c', 'user.email=t@example.org']
const git = (folder: string, ...args: string[]) =>
  execFileSync('git', ['-C', folder, ...IDENTITY, ...args], { encoding: 'utf8' })

describe('heritage-curator init --git', { timeout: 180_000 }, () => {
  it('starts the history, names the merge driver in .gitattributes and registers it', async () => {
    const { folder, out } = await gitDataset()
    expect(out.join('\n')).toMatch(
      /Started the history .*commit [0-9a-f]{7}, \d+ records.*merge driver registered/,
    )
    expect(await readFile(path.join(folder, '.gitattributes'), 'utf8')).toContain(
      'sites/*.json merge=heritage-curator',
    )
    expect(await readFile(path.join(folder, '.git/config'), 'utf8')).toContain(
      'driver = heritage-curator merge-driver %O %A %B %P',
    )
    const repo = await Repository.open(folder)
    expect((await repo.flatTree(await repo.treeOf(await repo.head()))).has('.gitattributes')).toBe(true)
    if (HAS_GIT) expect(git(folder, 'status', '--porcelain')).toBe('')
  })
})

describe.skipIf(!HAS_GIT)('the merge driver under command-line git', { timeout: 180_000 }, () => {
  async function branches() {
    const { folder, records } = await gitDataset()
    // The driver as installed here: this checkout's bin, run by this Node.
    git(
      folder,
      'config',
      'merge.heritage-curator.driver',
      `"${process.execPath}" "${BIN}" merge-driver %O %A %B %P`,
    )
    git(folder, 'checkout', '-q', '-b', 'theirs')
    return { folder, records }
  }

  it('merges two branches that changed adjacent lines of one record, where a line merge conflicts', async () => {
    const { folder, records } = await branches()
    const site = records.site.find((s) => s.unescoId)!
    // `transboundary` and `unescoId` are adjacent lines of the record: git's own merge conflicts there.
    await putRecord(folder, 'site', site.id, { ...site, transboundary: !site.transboundary })
    git(folder, 'commit', '-qam', 'theirs')
    git(folder, 'checkout', '-q', 'main')
    await putRecord(folder, 'site', site.id, { ...site, unescoId: 99999 })
    git(folder, 'commit', '-qam', 'main')
    const control = path.join(path.dirname(folder), 'control')
    await cp(folder, control, { recursive: true })
    await writeFile(path.join(control, '.git/info/attributes'), '*.json merge=text\n')
    expect(spawnSync('git', ['-C', control, ...IDENTITY, 'merge', '--no-edit', 'theirs']).status).not.toBe(0)
    const merged = spawnSync('git', ['-C', folder, ...IDENTITY, 'merge', '--no-edit', 'theirs'], {
      encoding: 'utf8',
    })
    expect(merged.status, merged.stderr).toBe(0)
    const data = await readShardedDataset(folder)
    expect(data.site.find((s) => s.id === site.id)).toMatchObject({
      transboundary: !site.transboundary,
      unescoId: 99999,
    })
    expect(git(folder, 'status', '--porcelain')).toBe('')
    fsck(path.join(folder, '.git'))
  })

  it('leaves ours, lists the conflict and writes no markers when both changed one field', async () => {
    const { folder, records } = await branches()
    const site = records.site[0]!
    await putRecord(folder, 'site', site.id, { ...site, name: { ...site.name, en: 'Theirs' } })
    git(folder, 'commit', '-qam', 'theirs')
    git(folder, 'checkout', '-q', 'main')
    await putRecord(folder, 'site', site.id, { ...site, name: { ...site.name, en: 'Ours' } })
    git(folder, 'commit', '-qam', 'main')
    const merged = spawnSync('git', ['-C', folder, ...IDENTITY, 'merge', '--no-edit', 'theirs'], {
      encoding: 'utf8',
    })
    expect(merged.status).not.toBe(0)
    expect(merged.stderr).toContain(`site ${site.id} /name/en: both-changed`)
    const data = await readShardedDataset(folder)
    expect(data.site.find((s) => s.id === site.id)?.name.en).toBe('Ours')
    const conflicted = git(folder, 'diff', '--name-only', '--diff-filter=U').trim()
    expect(await readFile(path.join(folder, conflicted), 'utf8')).not.toContain('<<<<<<<')
  })
})

describe('heritage-curator sync', { timeout: 180_000 }, () => {
  it('commits, pushes to a new shared folder, and reports conflicts with exit status 1', async () => {
    const { folder: alice, records } = await gitDataset()
    const root = path.dirname(alice)
    const shared = path.join(root, 'shared.git')
    const site = records.site[0]!
    await putRecord(alice, 'site', site.id, { ...site, reviewNote: 'scripted' })
    let c = capture()
    // Commits name their author, given explicitly: never this machine's account.
    expect(await main(['sync', alice, '--message', 'Review note'], c.io)).toBe(2)
    expect(c.err.join('\n')).toMatch(/sync records who made its changes: give --author "Name <e-mail>"/)
    c = capture()
    expect(await main(['sync', alice, '--author', 'Alice Li'], c.io)).toBe(2)
    expect(c.err.join('\n')).toMatch(/git commits, which need an e-mail too/)
    c = capture()
    expect(await main(['sync', alice, '--author', 'A <a@x.org>'], c.io)).toBe(2)
    expect(c.err.join('\n')).toMatch(/files changed since the last commit: give --message/)
    c = capture()
    expect(
      await main(
        ['sync', alice, '--remote', shared, '--message', 'Review note', '--author', 'A <a@x.org>'],
        c.io,
      ),
    ).toBe(0)
    expect(c.out.join('\n')).toMatch(/Committed 1 records .*\n.*pushed [0-9a-f]{7}/s)
    fsck(shared)
    // Bob's copy, then the same field changed on both sides.
    const bob = path.join(root, 'bob')
    const { cloneDataset } = await import('../../src/main/team/clone')
    const { validators } = await import('./support/team')
    await cloneDataset(bob, shared, { validators })
    await putRecord(alice, 'site', site.id, { ...site, reviewNote: 'alice' })
    expect(await main(['sync', alice, '-m', 'alice', '--author', 'A <a@x.org>'], capture().io)).toBe(0)
    await putRecord(bob, 'site', site.id, { ...site, reviewNote: 'bob' })
    c = capture()
    expect(await main(['sync', bob, '-m', 'bob', '--author', 'B <b@x.org>'], c.io)).toBe(1)
    expect(c.err.join('\n')).toContain(
      `site ${site.id} /reviewNote: both-changed; base "scripted", ours "bob", theirs "alice"`,
    )
    expect(await main(['sync', bob, '--abort', '--author', 'B <b@x.org>'], capture().io)).toBe(0)
    expect((await readShardedDataset(bob)).site.find((s) => s.id === site.id)?.reviewNote).toBe('bob')
  })

  it('refuses a remote URL that carries a token, without echoing it', async () => {
    const { folder } = await gitDataset()
    const c = capture()
    expect(
      await main(
        [
          'sync',
          folder,
          '--remote',
          'https://user:s3cret@example.org/team.git',
          '-m',
          'x',
          '--author',
          'A <a@x.org>',
        ],
        c.io,
      ),
    ).toBe(2)
    expect(c.err.join('\n')).toMatch(/holds a user name or token/)
    expect(c.err.join('\n')).not.toContain('s3cret')
  })
})
