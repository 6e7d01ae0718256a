import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import type { ImportOutcome, ImportPreview } from '@shared/exchange'
import { sampleServices, tempDir } from '../support/temp-dataset'
import { UNESCO_CSV } from './support'

describe('what a committed import says it did', () => {
  it('counts every row of the file once: added, changed, unchanged, refused, left out', async () => {
    const { call, dialogs } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-1001')
    await call('saveRecord', 'site', { ...site, yearInscribed: 1999 })
    dialogs.files.push(UNESCO_CSV)
    const preview = await call<ImportPreview>('previewImport', null)
    expect(preview.counts).toMatchObject({ new: 1164, changed: 1, unchanged: 58 })
    // The curator leaves one new row out.
    const chosen = preview.rows.filter((row) => row.status === 'new' || row.status === 'changed').slice(1)
    const outcome = await call<ImportOutcome>(
      'commitImport',
      preview.previewId,
      chosen.map((row) => row.rowId),
    )
    expect(outcome.tally).toEqual({ added: 1163, changed: 1, unchanged: 58, refused: 0, leftOut: 1 })
  })

  it('counts an invalid row as refused, and says so when nothing was written', async () => {
    const { call, dialogs } = await sampleServices()
    const file = path.join(await tempDir(), 'two-sites.csv')
    const rows = ['A place,1.5,-3.5,cultural,(i)(ii),fr', 'Another place,1.6,-3.4,volcanic,(i),fr']
    await writeFile(file, `Site,Lat,Lon,Kind,Crit,Land\r\n${rows.join('\r\n')}\r\n`)
    const mapping = ['name:en', 'latitude', 'longitude', 'category', 'criteria', 'statesParties']
    dialogs.files.push(file)
    const preview = await call<ImportPreview>('previewImport', null, { mapping })
    expect(preview.counts).toMatchObject({ new: 1, invalid: 1 })
    const outcome = await call<ImportOutcome>('commitImport', preview.previewId, [])
    expect(outcome.command).toBeNull()
    expect(outcome.tally).toEqual({ added: 0, changed: 0, unchanged: 0, refused: 1, leftOut: 1 })
  })
})
