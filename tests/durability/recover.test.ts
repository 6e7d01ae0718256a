import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupInfo, DatasetInfo, Site } from '../../src/shared/domain'
import { copySample, sampleServices, snapshotFolder } from '../support/temp-dataset'
import { shardOfId } from '../support/dataset-files'

/** The shard of Mogao Caves, damaged below. */
const MOGAO = shardOfId('site', 'whc-440')

/** A copy of the sample with a backup generation, then a damaged shard. */
async function damagedWithBackups() {
  const app = await sampleServices()
  const site = await app.call<Site>('getRecord', 'site', 'whc-440')
  await app.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Before the damage' } })
  await app.services.flush()
  await app.services.close()
  const file = path.join(app.datasetPath, MOGAO)
  const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
  ;(data.records.find((s) => s.id === 'whc-440') as Site).criteria = ['i', 'ix']
  await writeFile(file, JSON.stringify(data))
  return app.datasetPath
}

describe('a dataset that no longer opens', () => {
  it('opens read-only on request, naming its first problem, and writes nothing', async () => {
    const damaged = await damagedWithBackups()
    const before = await snapshotFolder(damaged)
    const { call, dispatch, dialogs } = await sampleServices()
    dialogs.folders.push(damaged)
    const refused = await dispatch('openDataset', [])
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', path: damaged } })
    const folderToken = !refused.ok && refused.error.folderToken
    const info = await call<DatasetInfo>('openDataset', folderToken, { readOnly: true })
    expect(info.readOnly).toBe(true)
    expect(info.readOnlyReason).toMatch(/^Opened read-only, with 1 problem in the files: /)
    expect(info.readOnlyReason).toContain(`${MOGAO}, record “whc-440”`)
    expect(await snapshotFolder(damaged)).toEqual(before)
  })

  it('is restored from a backup, its damaged files kept aside, and opens for editing', async () => {
    const damaged = await damagedWithBackups()
    const damagedText = await readFile(path.join(damaged, MOGAO), 'utf8')
    const { call, services } = await sampleServices()
    const folder = services.folderToken(damaged)
    const backups = await call<BackupInfo[]>('listFolderBackups', folder)
    expect(backups.length).toBeGreaterThan(0)
    const info = await call<DatasetInfo>('restoreFolderBackup', folder, backups[0]?.name)
    expect(info).toMatchObject({ path: damaged, readOnly: false })
    const aside = (await readdir(path.join(damaged, '.curator'))).find((n) =>
      n.startsWith('damaged-'),
    ) as string
    expect(await readFile(path.join(damaged, '.curator', aside, MOGAO), 'utf8')).toBe(damagedText)
    const restored = await call<Site>('getRecord', 'site', 'whc-440')
    expect(restored.name.en).toBe('Mogao Caves')
  })

  it('refuses a backup name that is not there', async () => {
    const { dispatch, services } = await sampleServices()
    const folder = services.folderToken(await copySample())
    expect(await dispatch('restoreFolderBackup', [folder, '2026-01-01T00-00-00.000Z'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
