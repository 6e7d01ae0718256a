import { appendFile, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupInfo, DatasetInfo, Site } from '../../src/shared/domain'
import { eventJson, journalLine } from '../support/journal-lines'
import { sampleServices } from '../support/temp-dataset'

/** A copy of the sample with backups, whose journal then gains a line of the wrong shape. */
async function badJournalWithBackups() {
  const app = await sampleServices()
  const site = await app.call<Site>('getRecord', 'site', 'whc-440')
  await app.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Before the damage' } })
  await app.services.flush()
  await app.services.close()
  const journal = path.join(app.datasetPath, '.curator', 'journal.jsonl')
  await appendFile(
    journal,
    journalLine(eventJson(99, [{ kind: '__proto__', id: 'x', before: null, after: null }])),
  )
  return { folder: app.datasetPath, journal }
}

describe('a dataset whose journal cannot be replayed', () => {
  it('is refused with the way back offered, opens read-only, and is restored with its journal kept aside', async () => {
    const { folder, journal } = await badJournalWithBackups()
    const badJournal = await readFile(journal, 'utf8')
    const { call, dispatch } = await sampleServices()
    expect(await dispatch('openDataset', [folder])).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        path: folder,
        issues: [{ file: '.curator/journal.jsonl', rule: 'journal.shape' }],
      },
    })
    const readOnly = await call<DatasetInfo>('openDataset', folder, { readOnly: true })
    expect(readOnly.readOnlyReason).toMatch(
      /\.curator\/journal\.jsonl, line 2: change 1 is of an unknown kind “__proto__”/,
    )
    const backups = await call<BackupInfo[]>('listFolderBackups', folder)
    const info = await call<DatasetInfo>('restoreFolderBackup', folder, backups[0]?.name)
    expect(info).toMatchObject({ path: folder, readOnly: false })
    const aside = (await readdir(path.join(folder, '.curator'))).find((n) =>
      n.startsWith('damaged-'),
    ) as string
    expect(await readFile(path.join(folder, '.curator', aside, 'journal.jsonl'), 'utf8')).toBe(badJournal)
  })
})
