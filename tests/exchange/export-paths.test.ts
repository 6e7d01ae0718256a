import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'
import { clock, closeStores, CSV_EXPORT_FILES, openStore, validators } from './support'

afterEach(closeStores)

async function sampleInput() {
  const folder = await copySample()
  const store = await openStore(folder)
  return { manifest: store.manifest, records: store.snapshot(), validators, clock, datasetFolder: folder }
}

const withoutCurator = (snapshot: Map<string, unknown>) =>
  new Map([...snapshot].filter(([name]) => !name.startsWith('.curator')))

describe('export paths', () => {
  it('a symlink to the dataset (or a folder inside it through one) is refused; the dataset is untouched', async () => {
    const input = await sampleInput()
    const links = await tempDir()
    const link = path.join(links, 'looks-like-an-export')
    await symlink(input.datasetFolder, link)
    const before = withoutCurator(await snapshotFolder(input.datasetFolder))
    for (const folder of [link, path.join(link, 'sub')])
      await expect(exportDataset(input, { format: 'csv', folder })).rejects.toThrow(/dataset folder/)
    expect(withoutCurator(await snapshotFolder(input.datasetFolder))).toEqual(before)
  })

  it('a non-empty folder that is not a previous export is refused, its files untouched', async () => {
    const input = await sampleInput()
    const out = await tempDir()
    await writeFile(path.join(out, 'thesis.docx'), 'my own file')
    await expect(exportDataset(input, { format: 'json', folder: out })).rejects.toThrow(/is not empty/)
    expect(await readdir(out)).toEqual(['thesis.docx'])
    expect(await readFile(path.join(out, 'thesis.docx'), 'utf8')).toBe('my own file')
  })

  it('a previous export of ours is replaced whole: no file of the older export stays beside the new manifest', async () => {
    const input = await sampleInput()
    const out = path.join(await tempDir(), 'export')
    await exportDataset(input, { format: 'json', folder: out, perKind: true })
    expect(await readdir(out)).toContain('sites.json')
    await exportDataset(input, { format: 'csv', folder: out })
    expect((await readdir(out)).sort()).toEqual(CSV_EXPORT_FILES)
    expect((await readdir(path.dirname(out))).sort()).toEqual(['export'])
  })

  it('an export under /proc fails clearly instead of hanging', async () => {
    const input = await sampleInput()
    await expect(
      exportDataset(input, { format: 'csv', folder: '/proc/heritage-curator-export/out' }),
    ).rejects.toThrow(/cannot be made \(ENOENT\)/)
  }, 30_000)

  it('a cancelled export leaves no staging folder and no file', async () => {
    const input = await sampleInput()
    const parent = await tempDir()
    const out = path.join(parent, 'cancelled')
    const controller = new AbortController()
    const run = exportDataset(
      input,
      { format: 'csv', folder: out },
      { signal: controller.signal, onProgress: (done, total) => done > total / 2 && controller.abort() },
    )
    await expect(run).rejects.toThrow(/Cancelled/)
    expect(await readdir(parent)).toEqual([])
  })

  it('an empty folder chosen in the dialog is written into', async () => {
    const input = await sampleInput()
    const out = path.join(await tempDir(), 'empty')
    await mkdir(out)
    await exportDataset(input, { format: 'json', folder: out })
    expect((await readdir(out)).sort()).toEqual(['dataset.export.json', 'manifest.json', 'report.json'])
  })
})
