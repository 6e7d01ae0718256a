/**
 * TeamService at the seams the views use: Changes (records and field diffs since the last
 * commit), commit, History, status, and a merge in progress that outlives the service.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Source } from '@shared/domain'
import { TeamService } from '../../src/main/team/team-service'
import { removeTempDirs } from '../support/temp-dir'
import { putRecord, readShardedDataset, writeShardedDataset } from '../support/sharded-dataset'
import { makeTeam, validators } from './support/team'

afterEach(removeTempDirs)

describe('TeamService', { timeout: 180_000 }, () => {
  it('lists the records changed since the last commit, field by field, and commits them', async () => {
    const { alice, records } = await makeTeam()
    const site = records.site[0]!
    const statement = records.statement[0]!
    const source: Source = { ...records.source[0]!, id: 'new-source', title: 'A new source' }
    await putRecord(alice.folder, 'site', site.id, {
      ...site,
      name: { ...site.name, en: 'Renamed' },
      updatedAt: '2030-01-01T00:00:00.000Z',
    })
    await putRecord(alice.folder, 'source', source.id, source)
    await putRecord(alice.folder, 'statement', statement.id, null)
    const changes = await alice.service.changes()
    expect(changes.map((c) => [c.kind, c.id, c.change])).toEqual([
      ['site', site.id, 'modified'],
      ['source', 'new-source', 'added'],
      ['statement', statement.id, 'deleted'],
    ])
    // updatedAt is left out, as the History view leaves it out.
    expect(changes[0]?.fields).toEqual([{ path: '/name/en', before: site.name.en, after: 'Renamed' }])
    expect(changes[1]?.fields).toContainEqual({ path: '/title', after: 'A new source' })
    expect(await alice.service.status()).toMatchObject({ changedFiles: 3, ahead: 0 })
    const commit = await alice.service.commit('Three changes', alice.person)
    expect(commit.records).toHaveLength(3)
    expect(await alice.service.changes()).toEqual([])
    expect(await alice.service.status()).toMatchObject({ changedFiles: 0, ahead: 1, behind: 0 })
    const [top] = await alice.service.history({ limit: 1 })
    expect(top).toMatchObject({ message: 'Three changes', author: alice.person, recordCount: 3 })
  })

  it('refuses a commit without a message, without an author, or with nothing to commit', async () => {
    const { alice, records } = await makeTeam()
    await expect(alice.service.commit('Nothing', alice.person)).rejects.toThrow(/Nothing to commit/)
    await putRecord(alice.folder, 'site', records.site[0]!.id, { ...records.site[0]!, reviewNote: 'n' })
    await expect(alice.service.commit('  ', alice.person)).rejects.toThrow(/needs a message/)
    await expect(alice.service.commit('m', { name: 'Eve <evil>', email: 'e@x' })).rejects.toThrow(
      /needs an author/,
    )
    expect((await alice.service.status()).changedFiles).toBe(1)
  })

  it('names the records of a large commit by count, and finds a record in it when asked', async () => {
    const { alice, records } = await makeTeam()
    const data = await readShardedDataset(alice.folder)
    // More records than a commit message lists (100).
    const added = data.site.map((s) => ({ ...s, id: `copy-${s.id}` }))
    data.site = [...data.site.map((s) => ({ ...s, reviewNote: 'bulk' })), ...added]
    const manifest = JSON.parse(
      await import('node:fs/promises').then((fs) => fs.readFile(`${alice.folder}/dataset.json`, 'utf8')),
    )
    await writeShardedDataset(alice.folder, manifest, data)
    await alice.service.commit('Bulk review', alice.person)
    await alice.edit('site', records.site[3]!.id, (s) => ({ ...s, inDanger: !s.inDanger }))
    const [latest, bulk] = await alice.service.history({ limit: 2 })
    expect(latest?.recordCount).toBe(1)
    expect(bulk).toMatchObject({ message: 'Bulk review', recordCount: records.site.length * 2, records: [] })
    const site = { kind: 'site' as const, id: records.site[10]!.id }
    const touching = await alice.service.history({ record: site })
    expect(touching.map((c) => c.message)).toEqual(['Bulk review', 'Start the dataset’s history'])
  })

  it('keeps a merge in progress across a restart, and folds edits in and reloads around a pull', async () => {
    const calls: string[] = []
    const dataset = {
      flush: async () => void calls.push('flush'),
      reload: async () => void calls.push('reload'),
    }
    const { alice, bob, records } = await makeTeam()
    const id = records.site[0]!.id
    await alice.edit('site', id, (s) => ({ ...s, name: { ...s.name, en: 'A' } }))
    await alice.service.sync()
    await bob.edit('site', id, (s) => ({ ...s, name: { ...s.name, en: 'B' } }))
    expect((await bob.service.pull()).state).toBe('conflicts')
    // The app restarts: a new service over the same folder finds the merge as it was left.
    const again = await TeamService.open(bob.folder, { validators, dataset })
    expect(await again.status()).toMatchObject({ mergeInProgress: true })
    const merge = await again.merge()
    expect(merge?.records.map((r) => r.id)).toEqual([id])
    await again.resolve(`site/${id}`, '/name/en', { take: 'ours' })
    expect((await TeamService.open(bob.folder, { validators }).then((s) => s.merge()))?.resolutions).toEqual({
      [`site/${id}`]: { '/name/en': { take: 'ours' } },
    })
    await expect(again.resolve('site/unknown', '/x', { take: 'ours' })).rejects.toThrow(/no conflict about/)
    calls.length = 0
    expect((await again.finishMerge()).state).toBe('done')
    expect(calls).toEqual(['reload'])
    calls.length = 0
    await again.sync()
    expect(calls[0]).toBe('flush')
  })
})
