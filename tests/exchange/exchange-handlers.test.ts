import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '@shared/domain'
import type { ExportResult, ImportOutcome, ImportPreview } from '@shared/exchange'
import { sampleServices, tempDir } from '../support/temp-dataset'
import { UNESCO_CSV } from './support'

describe('exchange API (through dispatch)', () => {
  it('exports, reporting progress for a job', async () => {
    const events: DatasetEvent[] = []
    const { call, dialogs } = await sampleServices({ onEvent: (e) => events.push(e) })
    const out = await tempDir()
    dialogs.folders.push(out)
    const result = await call<ExportResult>('exportDataset', { format: 'datapackage', jobId: 'job-1' })
    expect(result.manifest.counts.site).toBe(59)
    expect((await readdir(out)).sort()).toContain('datapackage.json')
    const progress = events.filter((e) => e.type === 'progress')
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toMatchObject({ jobId: 'job-1' })
  })

  it('refuses paths and unknown options at the edge', async () => {
    const { dispatch } = await sampleServices()
    const relative = await dispatch('exportDataset', [{ format: 'csv', folder: 'out' }])
    expect(relative).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const unknown = await dispatch('exportDataset', [{ format: 'csv', sneaky: true }])
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const file = await dispatch('previewImport', ['whc.csv'])
    expect(file).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('without a folder or file and no dialog, answers null', async () => {
    const { call } = await sampleServices()
    expect(await call('exportDataset', { format: 'json' })).toBeNull()
    expect(await call('previewImport', null)).toBeNull()
  })

  it('previews the UNESCO list, commits it as one step, and undo takes it all back', async () => {
    const { call, dialogs } = await sampleServices()
    dialogs.files.push(UNESCO_CSV)
    const preview = await call<ImportPreview>('previewImport', null)
    expect(preview.counts).toMatchObject({ new: 1164, unchanged: 59 })
    const outcome = await call<ImportOutcome>('commitImport', preview.previewId)
    expect(outcome.applied).toBe(1164)
    expect((await call<{ counts: { site: number } }>('getDatasetInfo')).counts.site).toBe(1223)
    expect(await call('getUndoState')).toMatchObject({ undo: { label: 'Import whc-sites-2024.csv' } })
    await call('undo')
    expect((await call<{ counts: { site: number } }>('getDatasetInfo')).counts.site).toBe(59)
    const stale = await (await sampleServices()).dispatch('commitImport', [preview.previewId])
    expect(stale).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('asks for a CSV mapping once, then remembers it for the same header layout', async () => {
    const { call, datasetPath, dialogs } = await sampleServices()
    const file = path.join(await tempDir(), 'my-sites.csv')
    await writeFile(file, 'Site,Lat,Lon,Kind,Crit,Land\r\nNew Site,1.5,-3.5,cultural,(i)(ii),fr\r\n')
    dialogs.files.push(file)
    const first = await call<ImportPreview>('previewImport', null)
    expect(first.needsMapping?.headers).toEqual(['Site', 'Lat', 'Lon', 'Kind', 'Crit', 'Land'])
    expect(first.needsMapping?.suggested).toEqual(['name:en', 'latitude', 'longitude', null, null, null])
    expect(first.rows).toEqual([])
    const mapping = ['name:en', 'latitude', 'longitude', 'category', 'criteria', 'statesParties']
    const second = await call<ImportPreview>('previewImport', first.fileToken, { mapping })
    expect(second.counts.new).toBe(1)
    dialogs.files.push(file)
    const again = await call<ImportPreview>('previewImport', null)
    expect(again.mapping).toMatchObject({ targets: mapping, remembered: true })
    await call('commitImport', again.previewId)
    const page = await call<{ rows: { name: { en: string }; statesParties: string[] }[] }>(
      'queryRecords',
      'site',
      {
        search: 'New Site',
      },
    )
    expect(page.rows[0]).toMatchObject({ name: { en: 'New Site' }, statesParties: ['FR'] })
    expect(await readFile(path.join(datasetPath, '.curator', 'import-mappings.json'), 'utf8')).toContain(
      '"Lat"',
    )
  })

  it('cancelJob answers false when nothing runs', async () => {
    const { call } = await sampleServices()
    expect(await call('cancelJob', 'nothing')).toBe(false)
  })
})
