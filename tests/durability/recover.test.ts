import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupInfo, DatasetInfo, Site } from '@shared/domain'
import { eventJson, journalLine } from '../support/journal-lines'
import { copySample, sampleServices, snapshotFolder } from '../support/temp-dataset'
import { shardOfId } from '../support/dataset-files'

/** The shard of Mogao Caves, damaged below. */
const MOGAO = shardOfId('site', 'whc-440')

/** A copy of the sample with a backup generation, closed. */
async function editedWithBackups(): Promise<string> {
  const app = await sampleServices()
  const site = await app.call<Site>('getRecord', 'site', 'whc-440')
  await app.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Before the damage' } })
  await app.services.flush()
  await app.services.close()
  return app.datasetPath
}

/** A copy of the sample with backup generations, then a damaged shard. */
async function damagedWithBackups() {
  const folder = await editedWithBackups()
  const file = path.join(folder, MOGAO)
  const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
  ;(data.records.find((s) => s.id === 'whc-440') as Site).criteria = ['i', 'ix']
  await writeFile(file, JSON.stringify(data))
  return folder
}

/** Restores the newest backup through the API; it opens for editing. Answers where the damaged files went. */
async function restoreNewestBackup(
  call: <T>(method: string, ...args: unknown[]) => Promise<T>,
  folderToken: string,
  folder: string,
) {
  const backups = await call<BackupInfo[]>('listFolderBackups', folderToken)
  expect(backups.length).toBeGreaterThan(0)
  const info = await call<DatasetInfo>('restoreFolderBackup', folderToken, backups[0]?.name)
  expect(info).toMatchObject({ path: folder, readOnly: false })
  const aside = (await readdir(path.join(folder, '.curator'))).find((n) => n.startsWith('damaged-'))
  return path.join(folder, '.curator', aside as string)
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
    const aside = await restoreNewestBackup(call, services.folderToken(damaged), damaged)
    expect(await readFile(path.join(aside, MOGAO), 'utf8')).toBe(damagedText)
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

/** A copy of the sample with backups, whose journal then gains a line of the wrong shape. */
async function badJournalWithBackups() {
  const folder = await editedWithBackups()
  const journal = path.join(folder, '.curator', 'journal.jsonl')
  await appendFile(
    journal,
    journalLine(eventJson(99, [{ kind: '__proto__', id: 'x', before: null, after: null }])),
  )
  return { folder, journal }
}

describe('a dataset whose journal cannot be replayed', () => {
  it('is refused with the way back offered, opens read-only, and is restored with its journal kept aside', async () => {
    const { folder, journal } = await badJournalWithBackups()
    const badJournal = await readFile(journal, 'utf8')
    const { call, dispatch, services } = await sampleServices()
    const folderToken = services.folderToken(folder)
    expect(await dispatch('openDataset', [folderToken])).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        path: folder,
        issues: [{ file: '.curator/journal.jsonl', rule: 'journal.shape' }],
      },
    })
    const readOnly = await call<DatasetInfo>('openDataset', folderToken, { readOnly: true })
    expect(readOnly.readOnlyReason).toMatch(
      /\.curator\/journal\.jsonl, line 2: change 1 is of an unknown kind “__proto__”/,
    )
    const aside = await restoreNewestBackup(call, folderToken, folder)
    expect(await readFile(path.join(aside, 'journal.jsonl'), 'utf8')).toBe(badJournal)
  })
})
