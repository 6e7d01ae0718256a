import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DatasetInfo } from '@shared/domain'
import type { ImportPreview } from '@shared/exchange'
import { UNESCO_CSV } from '../exchange/support'
import { copySample, sampleServices, snapshotFolder, tempDir } from '../support/temp-dataset'

/**
 * Issue 17, finding 7: a compromised renderer must not name a file or folder of its choosing.
 * Main's dialogs choose; the renderer holds only opaque tokens main handed it.
 */
describe('main owns paths', () => {
  it('refuses an absolute path where a token is expected, reading and writing nothing', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const other = await copySample()
    const before = await snapshotFolder(datasetPath)
    const otherBefore = await snapshotFolder(other)
    const target = path.join(await tempDir(), 'written-by-the-renderer')
    const calls: [string, unknown[]][] = [
      ['openDataset', [other]],
      ['openDataset', [other, { readOnly: true }]],
      ['listFolderBackups', [other]],
      ['restoreFolderBackup', [other, '2026-01-01T00-00-00.000Z']],
      ['saveDatasetAs', [target]],
      ['newDataset', [target]],
      ['exportDataset', [{ format: 'csv', folder: target }]],
      ['previewImport', [UNESCO_CSV]],
      ['previewImport', ['/etc/passwd', { format: 'csv', mapping: ['name:en'] }]],
    ]
    for (const [method, args] of calls) {
      const result = await dispatch(method, args)
      expect(result, `${method} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    }
    expect(existsSync(target)).toBe(false)
    const info = await dispatch('getDatasetInfo', [])
    expect(info).toMatchObject({ ok: true, value: { path: datasetPath } })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
    expect(await snapshotFolder(other)).toEqual(otherBefore)
  })

  it('refuses a token main never issued, and a token issued for another purpose', async () => {
    const { dispatch, call, services } = await sampleServices({ pickFile: async () => UNESCO_CSV })
    const forged = `tok-${'0'.repeat(32)}`
    expect(await dispatch('openDataset', [forged])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await dispatch('previewImport', [forged])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    // The import file's token names a file to read, never a dataset folder to open or restore.
    const preview = await call<ImportPreview>('previewImport', null)
    expect(preview.fileToken).toMatch(/^tok-/)
    expect(await dispatch('listFolderBackups', [preview.fileToken])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    // A folder token main issued (the menu's Open Recent, the OS) opens that folder.
    const other = await copySample()
    const opened = await call<DatasetInfo>('openDataset', services.folderToken(other))
    expect(opened.path).toBe(other)
  })

  it('answers the folder dialogs on main’s side: save-as, new and export go where the dialog chose', async () => {
    const root = await tempDir()
    const answers = [path.join(root, 'copy'), path.join(root, 'new'), path.join(root, 'export')]
    await mkdir(answers[2] as string)
    const { call } = await sampleServices({
      pickFolder: async () => answers.shift() ?? null,
      pickExportFolder: async () => answers.shift() ?? null,
    })
    expect(await call<DatasetInfo>('saveDatasetAs')).toMatchObject({ path: path.join(root, 'copy') })
    expect(await call<DatasetInfo>('newDataset')).toMatchObject({ path: path.join(root, 'new') })
    expect(await call('exportDataset', { format: 'json' })).toMatchObject({
      folder: path.join(root, 'export'),
    })
    expect(await call('saveDatasetAs')).toBeNull()
  })
})
