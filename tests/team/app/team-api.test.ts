/**
 * The team views' API over the real DatasetStore and real repositories: two curators (each with
 * main's services over their own copy) and a bare repository in a shared folder. Edits are made
 * through saveRecord, as the forms make them; git sees them only through the DatasetPort adapter.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RecordOf } from '@shared/domain'
import type { TeamChange, TeamHistoryEntry, TeamMerge, TeamState } from '@shared/team-api'
import { createMainServices } from '../../../src/main/services/main-services'
import { FIXED_NOW, sampleServices, tempDir } from '../../support/temp-dataset'
import { fsck } from '../support/team'

type Services = Awaited<ReturnType<typeof sampleServices>>

async function curatorNamed(services: Services, name: string, email: string) {
  await services.call('savePreferences', { curatorName: name, curatorEmail: email })
  return services
}

async function rename(services: Services, id: string, lang: 'en' | 'zh', value: string) {
  const site = await services.call<RecordOf['site']>('getRecord', 'site', id)
  await services.call('saveRecord', 'site', { ...site, name: { ...site.name, [lang]: value } })
}

type Rename = [curator: Services, lang: 'en' | 'zh', name: string]

/**
 * Both curators rename the Mogao Caves (whc-440) and commit: the first pushes, the second has not
 * pulled yet, so their histories have parted.
 */
async function renameOnBothSides(first: Rename, second: Rename) {
  const commitRename = async ([curator, lang, name]: Rename) => {
    await rename(curator, 'whc-440', lang, name)
    await curator.call('commitTeamChanges', `Mogao's ${lang} name: ${name}`)
  }
  await commitRename(first)
  expect(await first[0].call('syncTeam', 'push')).toMatchObject({ state: 'pushed' })
  await commitRename(second)
}

/** Alice starts the history and pushes to a shared folder; Bob copies it. */
async function team() {
  const root = await tempDir('hc-team-app-')
  const remote = path.join(root, 'shared', 'heritage.git')
  const alice = await curatorNamed(
    await sampleServices({ userDataDir: path.join(root, 'alice-data') }),
    'Alice Li',
    'alice@example.org',
  )
  await alice.call('initTeamRepository')
  alice.dialogs.folders.push(remote)
  expect(await alice.call('setTeamRemote', { folder: 'choose' })).toEqual({
    url: remote,
    transport: 'folder',
  })
  expect(await alice.call('syncTeam', 'push')).toMatchObject({ state: 'pushed' })

  const bobData = path.join(root, 'bob-data')
  const bob = await curatorNamed(
    await sampleServices({ userDataDir: bobData }),
    'Bob Wang',
    'bob@example.org',
  )
  const bobFolder = path.join(root, 'bob')
  bob.dialogs.folders.push(remote, bobFolder)
  expect(await bob.call('cloneTeamDataset', { folder: 'choose' })).toMatchObject({ path: bobFolder })
  return { root, remote, alice, bob, bobFolder, bobData }
}

describe('the team API over the real dataset store', { timeout: 180_000 }, () => {
  it('lists an edit as a changed record with its field diff, commits it as the curator, and shows it in history', async () => {
    const { alice } = await team()
    await rename(alice, 'whc-440', 'en', 'Mogao Grottoes')
    const changes = await alice.call<TeamChange[]>('listTeamChanges')
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'site',
        id: 'whc-440',
        change: 'modified',
        label: 'Mogao Grottoes',
        labelZh: '莫高窟',
        fields: [{ path: '/name/en', before: 'Mogao Caves', after: 'Mogao Grottoes' }],
      }),
    ])
    expect(await alice.call<TeamState>('getTeamStatus')).toMatchObject({ uncommittedRecords: 1, ahead: 0 })
    await alice.call('commitTeamChanges', 'Mogao: the name UNESCO uses', 'As on whc.unesco.org/en/list/440')
    expect(await alice.call('listTeamChanges')).toEqual([])
    expect(await alice.call<TeamState>('getTeamStatus')).toMatchObject({ uncommittedRecords: 0, ahead: 1 })
    const [newest] = await alice.call<TeamHistoryEntry[]>('getTeamHistory')
    expect(newest).toMatchObject({
      author: { name: 'Alice Li', email: 'alice@example.org' },
      at: FIXED_NOW.toISOString(),
      records: [{ kind: 'site', id: 'whc-440', label: 'Mogao Grottoes' }],
    })
    expect(newest?.message).toMatch(/^Mogao: the name UNESCO uses\n\nAs on whc.unesco.org/)
  })

  it('merges edits of different fields silently and shows the merged record in the open dataset', async () => {
    const { alice, bob } = await team()
    await renameOnBothSides([alice, 'en', 'Mogao Grottoes'], [bob, 'zh', '敦煌莫高窟'])
    expect(await bob.call('syncTeam', 'sync')).toMatchObject({
      state: 'pushed',
      pulled: { state: 'replayed' },
    })
    const merged = await bob.call<RecordOf['site']>('getRecord', 'site', 'whc-440')
    expect(merged.name).toEqual({ en: 'Mogao Grottoes', zh: '敦煌莫高窟' })
    expect(await alice.call('syncTeam', 'pull')).toMatchObject({ state: 'fast-forward' })
    expect((await alice.call<RecordOf['site']>('getRecord', 'site', 'whc-440')).name.zh).toBe('敦煌莫高窟')
  })

  it('stops a pull on the same field, holds edits, keeps the merge across a restart, and finishes with the curator’s choice', async () => {
    const { alice, bob, bobFolder, bobData, remote } = await team()
    await renameOnBothSides([alice, 'en', 'Mogao Grottoes'], [bob, 'en', 'Caves of the Thousand Buddhas'])

    expect(await bob.call('syncTeam', 'pull')).toMatchObject({ state: 'conflicts' })
    // Nothing written to the dataset until the curator finishes: Bob still sees his own name.
    expect((await bob.call<RecordOf['site']>('getRecord', 'site', 'whc-440')).name.en).toBe(
      'Caves of the Thousand Buddhas',
    )
    const held = await bob.dispatch('saveRecord', [
      'site',
      { ...(await bob.call<RecordOf['site']>('getRecord', 'site', 'whc-1001')), inDanger: true },
    ])
    expect(held).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    // A restart: new services on Bob's folder find the merge where it was.
    await bob.services.close()
    const again = await createMainServices({
      datasetPath: bobFolder,
      userDataDir: bobData,
      clock: () => FIXED_NOW,
    })
    const call = async <T>(method: string, ...args: unknown[]) => {
      const result = await again.dispatch(method, args)
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
      return result.value as T
    }
    try {
      const merge = await call<TeamMerge>('getTeamMerge')
      expect(merge).toMatchObject({ resolved: 0, total: 1 })
      expect(merge.records[0]).toMatchObject({
        key: 'site/whc-440',
        rows: [
          {
            path: '/name/en',
            reason: 'both-changed',
            base: 'Mogao Caves',
            ours: 'Caves of the Thousand Buddhas',
            theirs: 'Mogao Grottoes',
          },
        ],
      })
      const chosen = await call<TeamMerge>('resolveTeamField', 'site/whc-440', '/name/en', {
        set: 'Mogao Grottoes (Caves of the Thousand Buddhas)',
      })
      expect(chosen).toMatchObject({ resolved: 1, total: 1 })
      expect(await call('finishTeamMerge')).toMatchObject({ state: 'done' })
      expect((await call<RecordOf['site']>('getRecord', 'site', 'whc-440')).name.en).toBe(
        'Mogao Grottoes (Caves of the Thousand Buddhas)',
      )
      expect(await call('getTeamMerge')).toBeNull()
      expect(await call('syncTeam', 'push')).toMatchObject({ state: 'pushed' })
      expect(fsck(remote)).not.toMatch(/error/i)
    } finally {
      await again.close()
    }
    expect(await alice.call('syncTeam', 'pull')).toMatchObject({ state: 'fast-forward' })
    expect((await alice.call<RecordOf['site']>('getRecord', 'site', 'whc-440')).name.en).toBe(
      'Mogao Grottoes (Caves of the Thousand Buddhas)',
    )
  })

  it('aborts a merge on the copy that started the history: the dataset, its history and the curator’s commit stay as before the pull', async () => {
    // Alice made the repository and never pulled before: her .git has no curator folder yet.
    const { alice, bob } = await team()
    await renameOnBothSides([bob, 'en', 'Mogao Grottoes'], [alice, 'en', 'Caves of the Thousand Buddhas'])
    const before = await alice.call<TeamHistoryEntry[]>('getTeamHistory')
    expect(await alice.call('syncTeam', 'sync')).toMatchObject({ state: 'conflicts' })
    expect(await alice.call<TeamMerge>('getTeamMerge')).toMatchObject({ total: 1, resolved: 0 })
    await alice.call('abortTeamMerge')
    expect(await alice.call('getTeamMerge')).toBeNull()
    expect(await alice.call<TeamHistoryEntry[]>('getTeamHistory')).toEqual(before)
    expect((await alice.call<RecordOf['site']>('getRecord', 'site', 'whc-440')).name.en).toBe(
      'Caves of the Thousand Buddhas',
    )
    // Edits are taken again once the merge is gone.
    await rename(alice, 'whc-440', 'zh', '莫高窟（千佛洞）')
  })

  it('refuses a remote that is not https or a folder, and a commit without an e-mail, changing nothing', async () => {
    const { alice } = await team()
    for (const url of [
      'ssh://git@example.org/t.git',
      'file:///tmp/x.git',
      'https://alice:secret@example.org/t.git',
    ])
      expect(await alice.dispatch('setTeamRemote', [{ url }])).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    await alice.call('savePreferences', { curatorEmail: '' })
    await rename(alice, 'whc-440', 'en', 'Mogao Grottoes')
    expect(await alice.dispatch('commitTeamChanges', ['No e-mail'])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    expect(await alice.call<TeamChange[]>('listTeamChanges')).toHaveLength(1)
  })
})
