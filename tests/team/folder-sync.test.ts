/**
 * Two curators and a bare repository in a shared folder (the folder transport): the sync
 * scenarios of the design study §6, layer 2. After each, system git checks every repository.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Site, Source, Statement } from '@shared/domain'
import { PushRejectedError } from '../../src/main/team/remotes/transport'
import { removeTempDirs } from '../support/temp-dir'
import { fsck, makeTeam, mergeCommits, sitePairs } from './support/team'

let checks: string[] = []
afterEach(async () => {
  try {
    for (const gitdir of checks.splice(0)) fsck(gitdir)
  } finally {
    await removeTempDirs()
  }
})

async function team() {
  const t = await makeTeam()
  checks = [t.origin, `${t.alice.folder}/.git`, `${t.bob.folder}/.git`]
  return t
}

const note = (text: string) => (s: Site) => ({ ...s, reviewNote: text })

describe('folder remote: two curators', { timeout: 180_000 }, () => {
  it('fast-forwards a pull when only the other curator committed', async () => {
    const { alice, bob, records } = await team()
    const id = records.site[0]!.id
    await alice.edit('site', id, note('checked on site'))
    expect((await alice.service.sync()).state).toBe('pushed')
    const pulled = await bob.service.pull()
    expect(pulled).toMatchObject({ state: 'fast-forward', records: [{ kind: 'site', id }] })
    expect((await bob.get('site', id))?.reviewNote).toBe('checked on site')
    expect(await bob.service.status()).toMatchObject({ ahead: 0, behind: 0, changedFiles: 0 })
  })

  it.each(['differentShards', 'sameShard'] as const)('merges edits of two records in %s', async (where) => {
    const { alice, bob, records } = await team()
    const [a, b] = sitePairs(records.site)[where]
    await alice.edit('site', a, note('alice'))
    await alice.service.sync()
    await bob.edit('site', b, note('bob'))
    expect((await bob.service.sync()).state).toBe('pushed')
    await alice.service.pull()
    for (const who of [alice, bob]) {
      expect((await who.get('site', a))?.reviewNote).toBe('alice')
      expect((await who.get('site', b))?.reviewNote).toBe('bob')
    }
    expect(await mergeCommits(bob.folder)).toEqual([])
  })

  it('merges two fields of the same record silently', async () => {
    const { alice, bob, records } = await team()
    const id = records.site[0]!.id
    await alice.edit('site', id, (s) => ({ ...s, name: { ...s.name, en: 'Renamed by Alice' } }))
    await alice.service.sync()
    await bob.edit('site', id, (s) => ({ ...s, inDanger: !s.inDanger }))
    const outcome = await bob.service.sync()
    expect(outcome).toMatchObject({ state: 'pushed', pulled: { state: 'replayed', commits: 1 } })
    const merged = await bob.get('site', id)
    expect(merged?.name.en).toBe('Renamed by Alice')
    expect(merged?.inDanger).toBe(!records.site[0]!.inDanger)
    // Bob's commit keeps his name and message on top of Alice's.
    const [top, below] = await bob.service.history({ limit: 2 })
    expect(top).toMatchObject({
      author: { name: 'Bob Wang' },
      message: `Edit site ${id}`,
      records: [{ kind: 'site', id }],
    })
    expect(below?.author.name).toBe('Alice Li')
  })

  it('stops at the same field changed differently; the choice is then committed and pushed', async () => {
    const { alice, bob, records } = await team()
    const id = records.site[0]!.id
    const named = (en: string) => (s: Site) => ({ ...s, name: { ...s.name, en } })
    await alice.edit('site', id, named('alice says'))
    await alice.service.sync()
    await bob.edit('site', id, named('bob says'))
    const bobHead = await bob.service.repo.head()
    const before = await bob.get('site', id)
    const outcome = await bob.service.sync()
    expect(outcome.state).toBe('conflicts')
    const merge = await bob.service.merge()
    expect(merge?.records).toHaveLength(1)
    expect(merge?.records[0]).toMatchObject({
      kind: 'site',
      id,
      conflicts: [{ path: '/name/en', reason: 'both-changed', ours: 'bob says', theirs: 'alice says' }],
    })
    // Nothing changed in Bob's files or branch while the merge waits.
    expect(await bob.get('site', id)).toEqual(before)
    expect(await bob.service.repo.head()).toBe(bobHead)
    await expect(bob.service.pull()).rejects.toThrow(/merge is in progress/)
    await bob.service.resolve(`site/${id}`, '/name/en', { set: 'both agree' })
    expect(await bob.service.finishMerge()).toMatchObject({ state: 'done' })
    expect((await bob.get('site', id))?.name.en).toBe('both agree')
    expect(await bob.service.merge()).toBeUndefined()
    expect((await bob.service.sync()).state).toBe('pushed')
    await alice.service.pull()
    expect((await alice.get('site', id))?.name.en).toBe('both agree')
    expect(await mergeCommits(alice.folder)).toEqual([])
  })

  it('aborting a merge leaves the dataset as it was before the pull', async () => {
    const { alice, bob, records } = await team()
    const id = records.site[1]!.id
    await alice.edit('site', id, note('a'))
    await alice.service.sync()
    await bob.edit('site', id, note('b'))
    const head = await bob.service.repo.head()
    expect((await bob.service.pull()).state).toBe('conflicts')
    await bob.service.abortMerge()
    expect(await bob.service.merge()).toBeUndefined()
    expect(await bob.service.repo.head()).toBe(head)
    expect((await bob.get('site', id))?.reviewNote).toBe('b')
    expect((await bob.service.status()).changedFiles).toBe(0)
  })

  it('reports an edit against a delete, and keeps the edit when the curator chooses it', async () => {
    const { alice, bob, records } = await team()
    const site = records.site.find(
      (s) => !records.statement.some((st) => st.subject.kind === 'site' && st.subject.id === s.id),
    )!
    await alice.edit('site', site.id, () => null, 'Delete a duplicate')
    await alice.service.sync()
    await bob.edit('site', site.id, note('still here'))
    await bob.service.pull()
    const merge = await bob.service.merge()
    const conflicts = merge?.records[0]?.conflicts ?? []
    expect(conflicts.map((c) => [c.path, c.reason, 'theirs' in c])).toEqual([['', 'edit-delete', false]])
    await bob.service.resolve(`site/${site.id}`, '', { take: 'ours' })
    expect((await bob.service.finishMerge()).state).toBe('done')
    expect((await bob.get('site', site.id))?.reviewNote).toBe('still here')
  })

  it('takes two new records, and reports the same id added twice with different content', async () => {
    const { alice, bob, records } = await team()
    const template = records.site[0]!
    await alice.put('site', { ...template, id: 'new-site-alice', name: { en: 'A' } })
    await alice.put('site', { ...template, id: 'same-new-id', name: { en: 'From Alice' } })
    await alice.service.sync()
    await bob.put('site', { ...template, id: 'new-site-bob', name: { en: 'B' } })
    await bob.put('site', { ...template, id: 'same-new-id', name: { en: 'From Bob' } })
    expect((await bob.service.sync()).state).toBe('conflicts')
    const merge = await bob.service.merge()
    expect(merge?.records.map((r) => [r.id, r.conflicts.map((c) => [c.path, c.reason])])).toEqual([
      ['same-new-id', [['/name/en', 'both-added']]],
    ])
    await bob.service.resolve('site/same-new-id', '/name/en', { take: 'theirs' })
    expect((await bob.service.finishMerge()).state).toBe('done')
    for (const id of ['new-site-alice', 'new-site-bob']) expect(await bob.get('site', id)).toBeDefined()
    expect((await bob.get('site', 'same-new-id'))?.name.en).toBe('From Alice')
  })

  it('shows a clean merge that makes an invalid record as a conflict, and commits once it is fixed', async () => {
    const { alice, bob, records } = await team()
    const site = records.site.find((s) => s.category === 'cultural')!
    // Alice re-classifies the site as natural with natural criteria; Bob adds a cultural criterion.
    await alice.edit('site', site.id, (s) => ({ ...s, category: 'natural', criteria: ['vii'] }))
    await alice.service.sync()
    await bob.edit('site', site.id, (s) => ({
      ...s,
      criteria: [...s.criteria, s.criteria.includes('vi') ? 'v' : 'vi'],
    }))
    expect((await bob.service.pull()).state).toBe('conflicts')
    const [record] = (await bob.service.merge())!.records
    expect(record).toMatchObject({ kind: 'site', id: site.id, conflicts: [] })
    expect(record?.issues.length).toBeGreaterThan(0)
    // Finishing without a fix is refused, and writes nothing.
    expect((await bob.service.finishMerge()).state).toBe('conflicts')
    await bob.service.resolve(`site/${site.id}`, '/criteria', { set: ['vii'] })
    expect((await bob.service.finishMerge()).state).toBe('done')
    expect(await bob.get('site', site.id)).toMatchObject({ category: 'natural', criteria: ['vii'] })
  })

  it('refuses a clean merge that cites a source the other curator deleted', async () => {
    const { alice, bob, records } = await team()
    const statement = records.statement[0]!
    const extra: Source = { ...records.source[0]!, id: 'source-to-delete', title: 'Spare' }
    await alice.put('source', extra)
    await alice.service.sync()
    await bob.service.pull()
    await alice.edit('source', extra.id, () => null)
    await alice.service.sync()
    await bob.edit('statement', statement.id, (s: Statement) => ({
      ...s,
      references: [...s.references, { source: extra.id }],
    }))
    expect((await bob.service.pull()).state).toBe('conflicts')
    const [record] = (await bob.service.merge())!.records
    expect(record?.issues.map((i) => i.rule)).toEqual(['integrity.source-exists'])
  })

  it('a push race: Alice pushes first, Bob’s push is refused, Bob pulls, replays and pushes', async () => {
    const { alice, bob, records } = await team()
    await alice.edit('site', records.site[0]!.id, note('alice'))
    await bob.edit('site', records.site[1]!.id, note('bob'))
    await bob.service.fetch()
    expect(await alice.service.push()).toBe('pushed')
    await expect(bob.service.push()).rejects.toBeInstanceOf(PushRejectedError)
    expect(await bob.service.sync()).toMatchObject({ state: 'pushed', pulled: { state: 'replayed' } })
    await alice.service.pull()
    expect((await alice.get('site', records.site[1]!.id))?.reviewNote).toBe('bob')
  })

  it('keeps history linear through criss-crossed commits on both sides', async () => {
    const { alice, bob, records } = await team()
    for (let round = 0; round < 3; round += 1) {
      await alice.edit('site', records.site[round]!.id, note(`alice ${round}`))
      await bob.edit('site', records.site[round + 10]!.id, note(`bob ${round}`))
      await alice.edit('site', records.site[round + 20]!.id, note(`alice again ${round}`))
      await bob.service.sync()
      await alice.service.sync()
    }
    await bob.service.pull()
    expect(await mergeCommits(bob.folder)).toEqual([])
    expect(await alice.service.repo.head()).toBe(await bob.service.repo.head())
    const history = await bob.service.history({ limit: 50 })
    expect(history.every((c) => c.parents.length <= 1)).toBe(true)
    expect(history.filter((c) => c.author.name === 'Bob Wang')).toHaveLength(3)
  })
})
