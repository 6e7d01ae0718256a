import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../tests/support/temp-dataset'
import { datasetFolderFromArgs } from './command-line'

async function datasetFolder(): Promise<string> {
  const root = await tempDir('hc-args-')
  const folder = path.join(root, 'My dataset')
  await mkdir(folder)
  await writeFile(path.join(folder, 'dataset.json'), '{}')
  return folder
}

describe('the dataset named on a command line', () => {
  it('is a folder holding dataset.json, or that dataset.json itself', async () => {
    const folder = await datasetFolder()
    expect(datasetFolderFromArgs(['/app/heritage-curator', folder], '/')).toBe(folder)
    expect(datasetFolderFromArgs(['/app/heritage-curator', path.join(folder, 'dataset.json')], '/')).toBe(
      folder,
    )
  })

  it('resolves a relative path against the launching shell’s folder', async () => {
    const folder = await datasetFolder()
    expect(datasetFolderFromArgs(['exe', 'My dataset'], path.dirname(folder))).toBe(folder)
  })

  it('skips the executable, switches, the app folder in development, and what is not a dataset', async () => {
    const folder = await datasetFolder()
    const other = path.join(path.dirname(folder), 'notes.json')
    await writeFile(other, '{}')
    expect(datasetFolderFromArgs([folder], '/')).toBeNull()
    expect(datasetFolderFromArgs(['electron', '.', '--no-sandbox', other, '/nowhere'], '/')).toBeNull()
    expect(datasetFolderFromArgs(['electron', '.', folder, '--inspect=0'], process.cwd())).toBe(folder)
  })
})
