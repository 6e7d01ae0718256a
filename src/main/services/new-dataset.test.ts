import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleServices, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'

describe('File › New Dataset (newDataset)', () => {
  it('writes an empty dataset named after its folder and works on it from then on', async () => {
    const { call, dialogs } = await sampleServices()
    const folder = path.join(await tempDir(), 'tang-tombs')
    dialogs.folders.push(folder)
    const info = await call<{ path: string; counts: Record<string, number>; manifest: { name: string } }>(
      'newDataset',
    )
    expect(info).toMatchObject({
      path: folder,
      manifest: { name: 'tang-tombs' },
      counts: { site: 0, source: 0, statement: 0 },
    })
    const manifest = JSON.parse(await readFile(path.join(folder, 'dataset.json'), 'utf8'))
    expect(manifest).toMatchObject({ name: 'tang-tombs', schemaVersion: 1, languages: ['en', 'zh'] })
    expect((await call<{ path: string }>('getDatasetInfo')).path).toBe(folder)
  })

  it('refuses a folder that has files in it, leaving it as it was and the open dataset open', async () => {
    const { dispatch, call, datasetPath, dialogs } = await sampleServices()
    const folder = await tempDir()
    await writeFile(path.join(folder, 'notes.txt'), 'keep me\n')
    const before = await snapshotFolder(folder)
    dialogs.folders.push(folder)
    expect(await dispatch('newDataset', [])).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await snapshotFolder(folder)).toEqual(before)
    expect((await call<{ path: string }>('getDatasetInfo')).path).toBe(datasetPath)
  })

  it('asks for the folder when none is given, and does nothing when the dialog is cancelled', async () => {
    const asked: string[] = []
    const { call } = await sampleServices({
      pickFolder: async (purpose) => {
        asked.push(purpose)
        return null
      },
    })
    expect(await call('newDataset')).toBeNull()
    expect(asked).toEqual(['new'])
  })

  it('refuses a folder named by the caller: main’s dialog chooses', async () => {
    const { dispatch } = await sampleServices()
    expect(await dispatch('newDataset', ['relative/folder'])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
  })
})
